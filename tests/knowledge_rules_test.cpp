// The gap rules about knowledge (spec section 6): contact without what another agency
// knew, a share that left the abuse out, critical information kept, risk graded apart.
// For each rule a case it must flag and one it must not.
#include "gap_rules_fixture.hpp"

namespace {
using namespace gap_test;

// ---- unshared-knowledge -------------------------------------------------------------

TEST(UnsharedKnowledge, ContactWithoutWhatAnotherAgencyKnewIsFlagged) {
    const auto findings =
        gaps({file("hospital.yaml", "Testbury Hospital", k_hospital_assault),
              file("gp.yaml", "Elm Surgery",
                   entry("10 March 2019", "[M]", "Low mood.", {"type: contact"}))},
             {"unshared-knowledge"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(
        said(f),
        (Said{"Testbury Hospital", "Elm Surgery", "M", "domestic-abuse",
              "Elm Surgery had contact with M on 10 March 2019 without knowing of domestic abuse "
              "and physical assault, which Testbury Hospital knew from 1 March 2019."}));
    ASSERT_EQ(f.evidence.size(), 2u);
    EXPECT_EQ(f.evidence[0].file, "gp.yaml");
    EXPECT_EQ(f.evidence[1].file, "hospital.yaml");
}

TEST(UnsharedKnowledge, ContactAfterTheInformationWasSharedIsNotFlagged) {
    const auto findings =
        gaps({file("hospital.yaml", "Testbury Hospital",
                   k_hospital_assault + entry("2 March 2019", "[M]", "Letter to the GP.",
                                              {"shared_with: [Elm Surgery]"})),
              file("gp.yaml", "Elm Surgery",
                   entry("4 March 2019", "[M]", "Letter received.",
                         {"type: information-share", "received_from: [Testbury Hospital]"}) +
                       entry("10 March 2019", "[M]", "Low mood."))},
             {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, ContactBeforeTheOtherAgencyKnewIsNotFlagged) {
    const auto findings =
        gaps({file("hospital.yaml", "Testbury Hospital", k_hospital_assault),
              file("gp.yaml", "Elm Surgery", entry("1 March 2019", "[M]", "Low mood."))},
             {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, ManyContactsWithoutTheSameKnowledgeGiveOneFinding) {
    std::string contacts;
    for (int day = 10; day <= 28; day += 2) {
        contacts +=
            "  - {date: " + std::to_string(day) + " March 2019, parties: [M], summary: Review.}\n";
    }
    const auto findings = gaps({file("hospital.yaml", "Testbury Hospital", k_hospital_assault),
                                file("gp.yaml", "Elm Surgery", contacts)},
                               {"unshared-knowledge"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(UnsharedKnowledge, KnowledgeTravelsThroughAnIntermediaryToTheAdvocate) {
    // Police -> MARAC -> advocate, no `about` on either share: the advocate knew.
    const auto findings = gaps(
        {file("police.yaml", "Testshire Police",
              entry("1 March 2019", "[M, J]", "Assault; referral to MARAC.",
                    {"indicators: [domestic-abuse, physical-assault]", "shared_with: [MARAC]"})),
         file("marac.yaml", "Testshire MARAC",
              entry("2 March 2019", "[M]",
                    "Police referral received and passed to the advocacy service.",
                    {"received_from: [Testshire Police]", "shared_with: [Advocacy Service]"})),
         file("idva.yaml", "Advocacy Service",
              entry("2 March 2019", "[M]", "Referral received.", {"received_from: [MARAC]"}) +
                  entry("5 March 2019", "[M]", "First call."))},
        {"unshared-knowledge", "unreceived-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, AboutNarrowsWhatTheShareCarried) {
    const auto findings =
        gaps({file("hospital.yaml", "Testbury Hospital",
                   k_hospital_assault +
                       entry("2 March 2019", "[M]", "Letter to the GP about the wound.",
                             {"shared_with: [{agency: Elm Surgery, about: [injury]}]"})),
              file("gp.yaml", "Elm Surgery", entry("10 March 2019", "[M]", "Sutures removed."))},
             {"unshared-knowledge"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testbury Hospital");
}

TEST(UnsharedKnowledge, BystandersAreNotFollowed) {
    const auto findings = gaps(
        {file("police.yaml", "Testshire Police",
              entry("1 March 2019", "[neighbour]", "The neighbour reported an assault next door.",
                    {"indicators: [domestic-abuse]"})),
         file("gp.yaml", "Elm Surgery",
              entry("10 March 2019", "[neighbour]", "The neighbour's own appointment."))},
        {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

// ---- partial-share ------------------------------------------------------------------

TEST(PartialShare, LetterThatLeavesTheAbuseOutIsFlagged) {
    const auto findings = gaps(
        {file("hospital.yaml", "Testbury Hospital",
              k_hospital_assault +
                  entry("2 March 2019", "[M]", "Discharge letter to the GP.",
                        {"shared_with: [{agency: Elm Surgery, about: [injury], how: letter}]"})),
         file("gp.yaml", "Elm Surgery", k_gp_contact)},
        {"partial-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(said(f),
              (Said{"Testbury Hospital", "Elm Surgery", "M", "domestic-abuse",
                    "Testbury Hospital recorded telling Elm Surgery about an injury concerning M "
                    "on 2 March 2019; it left out domestic abuse and physical assault, which "
                    "Testbury Hospital knew and Elm Surgery did not."}));
    EXPECT_EQ(f.evidence.front().line,
              8);  // the letter, then the record that shows the hospital knew
    EXPECT_EQ(f.evidence.back().line, 4);
}

TEST(PartialShare, LetterThatNamesTheAbuseIsNotFlagged) {
    const auto findings = gaps(
        {file("hospital.yaml", "Testbury Hospital",
              k_hospital_assault +
                  entry("2 March 2019", "[M]", "Discharge letter to the GP.",
                        {"shared_with: [{agency: Elm Surgery, about: [injury, domestic-abuse]}]"}) +
                  entry("3 March 2019", "[M]", "A second letter with everything the hospital knew.",
                        {"shared_with: [Elm Surgery]"})),
         file("gp.yaml", "Elm Surgery", k_gp_contact)},
        {"partial-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(PartialShare, LeavingOutACriticalIndicatorIsFlaggedEvenWhenTheAbuseIsNamed) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("1 March 2019", "[M, J]", "Assault with strangulation.",
                         {"indicators: [domestic-abuse, strangulation]",
                          "shared_with: [{agency: Testbury Hospital, about: [domestic-abuse]}]"})),
              file("hospital.yaml", "Testbury Hospital",
                   entry("1 March 2019", "[M]", "Police notification.",
                         {"received_from: [Testshire Police]"}))},
             {"partial-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].indicator, "strangulation");
    EXPECT_EQ(findings[0].severity, FindingSeverity::medium);
}

// ---- critical-not-shared ------------------------------------------------------------

TEST(CriticalNotShared, ThreatsToKillTheAdvocateKeptAreFlaggedHigh) {
    const auto findings =
        gaps({file("idva.yaml", "Advocacy Service", k_threats)}, {"critical-not-shared"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(said(f),
              (Said{"Advocacy Service", std::nullopt, "M", "threat-to-kill",
                    "Advocacy Service recorded threats to kill concerning M on 24 June 2019 and "
                    "its chronology shows it shared this with no agency within 1 day."}));
    EXPECT_EQ(f.severity, FindingSeverity::high);
}

TEST(CriticalNotShared, SharingWithinTheWindowIsNotFlagged) {
    const auto findings = gaps({file("idva.yaml", "Advocacy Service",
                                     k_threats + entry("25 June 2019", "[M]", "Called the police.",
                                                       {"shared_with: [{agency: Testshire Police, "
                                                        "about: [threat-to-kill], how: phone}]"}))},
                               {"critical-not-shared"});
    EXPECT_TRUE(findings.empty());
}

TEST(CriticalNotShared, SharingTwoDaysLaterWithAOneDayWindowIsFlagged) {
    const auto findings = gaps({file("idva.yaml", "Advocacy Service",
                                     k_threats + entry("26 June 2019", "[M]", "Called the police.",
                                                       {"shared_with: [{agency: Testshire Police, "
                                                        "about: [threat-to-kill], how: phone}]"}))},
                               {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(CriticalNotShared, AShareThatLeftTheIndicatorOutDoesNotCount) {
    const auto findings = gaps(
        {file("idva.yaml", "Advocacy Service",
              k_threats +
                  entry("24 June 2019", "[M]", "Letter to housing.",
                        {"shared_with: [{agency: Testbury Hospital, about: [domestic-abuse]}]"}))},
        {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(CriticalNotShared, HistoryBeforeTheReviewPeriodAndMeetingsAreNotFlagged) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("\"2009\"", "[J]",
                         "J breached a non-molestation order protecting a previous partner.",
                         {"indicators: [breach-of-order]"}) +
                       entry("5 June 2019", "[M, J]",
                             "The MARAC discussed the strangulation reported in May.",
                             {"type: meeting", "indicators: [strangulation]"}))},
             {"critical-not-shared"});
    EXPECT_TRUE(findings.empty());
}

TEST(CriticalNotShared, RepeatingAnUnsharedIndicatorOpensNoNewEpisode) {
    const auto findings =
        gaps({file("idva.yaml", "Advocacy Service",
                   k_threats + entry("26 June 2019", "[M]", "The threats again.",
                                     {"type: disclosure", "indicators: [threat-to-kill]"}))},
             {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

// ---- risk-divergence ----------------------------------------------------------------

const std::string k_police_high = entry("13 May 2019", "[M, J]", "Assault; DASH high.",
                                        {"risk: {tool: DASH, level: high, score: 17, subject: M}"});

TEST(RiskDivergence, HighAndMediumCurrentTogetherAreFlaggedWithTheHigherAsAgency) {
    const auto findings = gaps({file("police.yaml", "Testshire Police", k_police_high),
                                file("probation.yaml", "Probation Service",
                                     entry("2 June 2019", "[J, M]", "Pre-sentence report.",
                                           {"risk: {tool: OASys, level: medium, subject: M}"}))},
                               {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(said(f), (Said{"Testshire Police", "Probation Service", "M", std::nullopt,
                             "Testshire Police assessed the risk to M as high (DASH, 13 May 2019) "
                             "while Probation Service assessed it as medium (OASys, 2 June 2019); "
                             "both were current on 2 June 2019."}));
    EXPECT_EQ(f.severity, FindingSeverity::medium);
}

TEST(RiskDivergence, AnAssessmentNoLongerCurrentIsNotCompared) {
    const auto findings = gaps({file("police.yaml", "Testshire Police", k_police_high),
                                file("probation.yaml", "Probation Service",
                                     entry("12 August 2019", "[J, M]", "Review 91 days later.",
                                           {"risk: {tool: OASys, level: medium, subject: M}"}))},
                               {"risk-divergence"});
    EXPECT_TRUE(findings.empty());
}

TEST(RiskDivergence, AnAgencysReassessmentReplacesItsEarlierOne) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   k_police_high + entry("18 June 2019", "[M]", "New incident; DASH medium.",
                                         {"risk: {tool: DASH, level: medium, subject: M}"}))},
             {"risk-divergence"});
    EXPECT_TRUE(findings.empty());
}

TEST(RiskDivergence, TwoGradingsOnTheSameDayByOneAgencyAreFlagged) {
    const auto findings = gaps(
        {file(
            "police.yaml", "Testshire Police",
            entry("8 March 2019", "[M]", "DASH entered on the system as medium.",
                  {"time: \"01:20\"", "risk: {tool: DASH, level: medium, subject: M}"}) +
                entry("8 March 2019", "[M]", "The officer's booklet says high.",
                      {"time: \"03:00\"", "risk: {tool: DASH booklet, level: high, subject: M}"}))},
        {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");
    EXPECT_EQ(findings[0].other_agency, "Testshire Police");
}

TEST(RiskDivergence, RepeatedLowerAssessmentsDuringOneHighAreOneEpisode) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police", k_police_high),
              file("probation.yaml", "Probation Service",
                   entry("2 June 2019", "[J]", "Pre-sentence report.",
                         {"risk: {tool: OASys, level: medium, subject: M}"}) +
                       entry("16 June 2019", "[J]", "First supervision.",
                             {"risk: {tool: OASys, level: medium, subject: M}"}))},
             {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].evidence.size(), 3u);
}

}  // namespace
