// The gap rules about knowledge (spec section 6): contact without what another agency
// knew, a share that left the abuse out, critical information kept, risk graded apart.
// For each rule a case it must flag and one it must not.
#include "gap_rules_fixture.hpp"

namespace {
using namespace gap_test;

// ---- unshared-knowledge -------------------------------------------------------------

TEST(UnsharedKnowledge, ContactWithoutWhatAnotherAgencyKnewIsFlagged) {
    const auto findings =
        gaps({{"hospital.yaml", chronology("Testbury Hospital", k_hospital_assault)},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 10 March 2019
    type: contact
    parties: [M]
    summary: Low mood.
)")}},
             {"unshared-knowledge"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Testbury Hospital");
    EXPECT_EQ(f.other_agency, "Elm Surgery");
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.indicator, "domestic-abuse");
    EXPECT_EQ(f.message,
              "Elm Surgery had contact with M on 10 March 2019 without knowing of domestic abuse "
              "and physical "
              "assault, which Testbury Hospital knew from 1 March 2019.");
    ASSERT_EQ(f.evidence.size(), 2u);
    EXPECT_EQ(f.evidence[0].file, "gp.yaml");
    EXPECT_EQ(f.evidence[1].file, "hospital.yaml");
}

TEST(UnsharedKnowledge, ContactAfterTheInformationWasSharedIsNotFlagged) {
    const auto findings =
        gaps({{"hospital.yaml",
               chronology("Testbury Hospital", k_hospital_assault + R"(  - date: 2 March 2019
    parties: [M]
    summary: Letter to the GP.
    shared_with: [Elm Surgery]
)")},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 4 March 2019
    type: information-share
    parties: [M]
    summary: Letter received.
    received_from: [Testbury Hospital]
  - date: 10 March 2019
    parties: [M]
    summary: Low mood.
)")}},
             {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, ContactBeforeTheOtherAgencyKnewIsNotFlagged) {
    const auto findings =
        gaps({{"hospital.yaml", chronology("Testbury Hospital", k_hospital_assault)},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 1 March 2019
    parties: [M]
    summary: Low mood.
)")}},
             {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, ManyContactsWithoutTheSameKnowledgeGiveOneFinding) {
    std::string contacts;
    for (int day = 10; day <= 28; day += 2) {
        contacts +=
            "  - {date: " + std::to_string(day) + " March 2019, parties: [M], summary: Review.}\n";
    }
    const auto findings =
        gaps({{"hospital.yaml", chronology("Testbury Hospital", k_hospital_assault)},
              {"gp.yaml", chronology("Elm Surgery", contacts)}},
             {"unshared-knowledge"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(UnsharedKnowledge, KnowledgeTravelsThroughAnIntermediaryToTheAdvocate) {
    // Police -> MARAC -> advocate, no `about` on either share: the advocate knew.
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 1 March 2019
    parties: [M, J]
    summary: Assault; referral to MARAC.
    indicators: [domestic-abuse, physical-assault]
    shared_with: [MARAC]
)")},
              {"marac.yaml", chronology("Testshire MARAC", R"(  - date: 2 March 2019
    parties: [M]
    summary: Police referral received and passed to the advocacy service.
    received_from: [Testshire Police]
    shared_with: [Advocacy Service]
)")},
              {"idva.yaml", chronology("Advocacy Service", R"(  - date: 2 March 2019
    parties: [M]
    summary: Referral received.
    received_from: [MARAC]
  - date: 5 March 2019
    parties: [M]
    summary: First call.
)")}},
             {"unshared-knowledge", "unreceived-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(UnsharedKnowledge, AboutNarrowsWhatTheShareCarried) {
    const auto findings =
        gaps({{"hospital.yaml",
               chronology("Testbury Hospital", k_hospital_assault + R"(  - date: 2 March 2019
    parties: [M]
    summary: Letter to the GP about the wound.
    shared_with: [{agency: Elm Surgery, about: [injury]}]
)")},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 10 March 2019
    parties: [M]
    summary: Sutures removed.
)")}},
             {"unshared-knowledge"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testbury Hospital");
}

TEST(UnsharedKnowledge, BystandersAreNotFollowed) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 1 March 2019
    parties: [neighbour]
    summary: The neighbour reported an assault next door.
    indicators: [domestic-abuse]
)")},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 10 March 2019
    parties: [neighbour]
    summary: The neighbour's own appointment.
)")}},
             {"unshared-knowledge"});
    EXPECT_TRUE(findings.empty());
}

// ---- partial-share ------------------------------------------------------------------

TEST(PartialShare, LetterThatLeavesTheAbuseOutIsFlagged) {
    const auto findings =
        gaps({{"hospital.yaml",
               chronology("Testbury Hospital", k_hospital_assault + R"(  - date: 2 March 2019
    parties: [M]
    summary: Discharge letter to the GP.
    shared_with: [{agency: Elm Surgery, about: [injury], how: letter}]
)")},
              {"gp.yaml", chronology("Elm Surgery", k_gp_contact)}},
             {"partial-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Testbury Hospital");
    EXPECT_EQ(f.other_agency, "Elm Surgery");
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.indicator, "domestic-abuse");
    EXPECT_EQ(f.message,
              "Testbury Hospital recorded telling Elm Surgery about an injury concerning M on 2 "
              "March 2019; it left "
              "out domestic abuse and physical assault, which Testbury Hospital knew and Elm "
              "Surgery did not.");
    EXPECT_EQ(f.evidence.front().line,
              8);  // the letter, then the record that shows the hospital knew
    EXPECT_EQ(f.evidence.back().line, 4);
}

TEST(PartialShare, LetterThatNamesTheAbuseIsNotFlagged) {
    const auto findings =
        gaps({{"hospital.yaml",
               chronology("Testbury Hospital", k_hospital_assault + R"(  - date: 2 March 2019
    parties: [M]
    summary: Discharge letter to the GP.
    shared_with: [{agency: Elm Surgery, about: [injury, domestic-abuse]}]
  - date: 3 March 2019
    parties: [M]
    summary: A second letter with everything the hospital knew.
    shared_with: [Elm Surgery]
)")},
              {"gp.yaml", chronology("Elm Surgery", k_gp_contact)}},
             {"partial-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(PartialShare, LeavingOutACriticalIndicatorIsFlaggedEvenWhenTheAbuseIsNamed) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 1 March 2019
    parties: [M, J]
    summary: Assault with strangulation.
    indicators: [domestic-abuse, strangulation]
    shared_with: [{agency: Testbury Hospital, about: [domestic-abuse]}]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 1 March 2019
    parties: [M]
    summary: Police notification.
    received_from: [Testshire Police]
)")}},
             {"partial-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].indicator, "strangulation");
    EXPECT_EQ(findings[0].severity, FindingSeverity::medium);
}

// ---- critical-not-shared ------------------------------------------------------------

TEST(CriticalNotShared, ThreatsToKillTheAdvocateKeptAreFlaggedHigh) {
    const auto findings =
        gaps({{"idva.yaml", chronology("Advocacy Service", k_threats)}}, {"critical-not-shared"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Advocacy Service");
    EXPECT_EQ(f.other_agency, std::nullopt);
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.indicator, "threat-to-kill");
    EXPECT_EQ(f.severity, FindingSeverity::high);
    EXPECT_EQ(f.message,
              "Advocacy Service recorded threats to kill concerning M on 24 June 2019 and its "
              "chronology shows it "
              "shared this with no agency within 1 day.");
}

TEST(CriticalNotShared, SharingWithinTheWindowIsNotFlagged) {
    const auto findings =
        gaps({{"idva.yaml", chronology("Advocacy Service", k_threats + R"(  - date: 25 June 2019
    parties: [M]
    summary: Called the police.
    shared_with: [{agency: Testshire Police, about: [threat-to-kill], how: phone}]
)")}},
             {"critical-not-shared"});
    EXPECT_TRUE(findings.empty());
}

TEST(CriticalNotShared, SharingTwoDaysLaterWithAOneDayWindowIsFlagged) {
    const auto findings =
        gaps({{"idva.yaml", chronology("Advocacy Service", k_threats + R"(  - date: 26 June 2019
    parties: [M]
    summary: Called the police.
    shared_with: [{agency: Testshire Police, about: [threat-to-kill], how: phone}]
)")}},
             {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(CriticalNotShared, AShareThatLeftTheIndicatorOutDoesNotCount) {
    const auto findings =
        gaps({{"idva.yaml", chronology("Advocacy Service", k_threats + R"(  - date: 24 June 2019
    parties: [M]
    summary: Letter to housing.
    shared_with: [{agency: Testbury Hospital, about: [domestic-abuse]}]
)")}},
             {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

TEST(CriticalNotShared, HistoryBeforeTheReviewPeriodAndMeetingsAreNotFlagged) {
    const auto findings = gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: "2009"
    parties: [J]
    summary: J breached a non-molestation order protecting a previous partner.
    indicators: [breach-of-order]
  - date: 5 June 2019
    type: meeting
    parties: [M, J]
    summary: The MARAC discussed the strangulation reported in May.
    indicators: [strangulation]
)")}},
                               {"critical-not-shared"});
    EXPECT_TRUE(findings.empty());
}

TEST(CriticalNotShared, RepeatingAnUnsharedIndicatorOpensNoNewEpisode) {
    const auto findings =
        gaps({{"idva.yaml", chronology("Advocacy Service", k_threats + R"(  - date: 26 June 2019
    type: disclosure
    parties: [M]
    summary: The threats again.
    indicators: [threat-to-kill]
)")}},
             {"critical-not-shared"});
    EXPECT_EQ(findings.size(), 1u);
}

// ---- risk-divergence ----------------------------------------------------------------

const std::string k_police_high = R"(  - date: 13 May 2019
    parties: [M, J]
    summary: Assault; DASH high.
    risk: {tool: DASH, level: high, score: 17, subject: M}
)";

TEST(RiskDivergence, HighAndMediumCurrentTogetherAreFlaggedWithTheHigherAsAgency) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", k_police_high)},
              {"probation.yaml", chronology("Probation Service", R"(  - date: 2 June 2019
    parties: [J, M]
    summary: Pre-sentence report.
    risk: {tool: OASys, level: medium, subject: M}
)")}},
             {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Testshire Police");
    EXPECT_EQ(f.other_agency, "Probation Service");
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.indicator, std::nullopt);
    EXPECT_EQ(f.message,
              "Testshire Police assessed the risk to M as high (DASH, 13 May 2019) while Probation "
              "Service assessed "
              "it as medium (OASys, 2 June 2019); both were current on 2 June 2019.");
    EXPECT_EQ(f.severity, FindingSeverity::medium);
}

TEST(RiskDivergence, AnAssessmentNoLongerCurrentIsNotCompared) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", k_police_high)},
              {"probation.yaml", chronology("Probation Service", R"(  - date: 12 August 2019
    parties: [J, M]
    summary: Review 91 days later.
    risk: {tool: OASys, level: medium, subject: M}
)")}},
             {"risk-divergence"});
    EXPECT_TRUE(findings.empty());
}

TEST(RiskDivergence, AnAgencysReassessmentReplacesItsEarlierOne) {
    const auto findings = gaps(
        {{"police.yaml", chronology("Testshire Police", k_police_high + R"(  - date: 18 June 2019
    parties: [M]
    summary: New incident; DASH medium.
    risk: {tool: DASH, level: medium, subject: M}
)")}},
        {"risk-divergence"});
    EXPECT_TRUE(findings.empty());
}

TEST(RiskDivergence, TwoGradingsOnTheSameDayByOneAgencyAreFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 8 March 2019
    time: "01:20"
    parties: [M]
    summary: DASH entered on the system as medium.
    risk: {tool: DASH, level: medium, subject: M}
  - date: 8 March 2019
    time: "03:00"
    parties: [M]
    summary: The officer's booklet says high.
    risk: {tool: DASH booklet, level: high, subject: M}
)")}},
             {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");
    EXPECT_EQ(findings[0].other_agency, "Testshire Police");
}

TEST(RiskDivergence, RepeatedLowerAssessmentsDuringOneHighAreOneEpisode) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", k_police_high)},
              {"probation.yaml", chronology("Probation Service", R"(  - date: 2 June 2019
    parties: [J]
    summary: Pre-sentence report.
    risk: {tool: OASys, level: medium, subject: M}
  - date: 16 June 2019
    parties: [J]
    summary: First supervision.
    risk: {tool: OASys, level: medium, subject: M}
)")}},
             {"risk-divergence"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].evidence.size(), 3u);
}

}  // namespace
