// The gap rules of spec section 6, one behaviour at a time: for each rule a case it must
// flag and a case it must not, built from inline chronologies through the real loader and
// merger, as a review folder would be.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"

namespace {
using imr::analyse::Finding;
using imr::analyse::FindingSeverity;

const char* const k_register = R"(format: imr-review/1
review: Rules DHR
period: {from: 1 January 2019, to: 31 December 2019}
parties:
  - id: M
    role: victim
    aliases: [the victim, client, patient]
  - id: J
    role: perpetrator
    aliases: [ex-partner, offender]
  - id: N
    role: other
    aliases: [neighbour]
agencies:
  - id: Police
    name: Testshire Police
  - id: Hospital
    name: Testbury Hospital
  - id: GP
    name: Elm Surgery
  - id: IDVA
    name: Advocacy Service
  - id: MARAC
    name: Testshire MARAC
  - id: Probation
    name: Probation Service
  - id: CPS
    name: Crown Prosecution Service
)";

std::string chronology(const std::string& agency, const std::string& entries) {
    return "format: imr-chronology/1\nagency: " + agency + "\nentries:\n" + entries;
}

// Loads the register and the chronologies, merges them and runs `rules` (all when empty).
std::vector<Finding> gaps(const std::vector<std::pair<std::string, std::string>>& files,
                          const std::vector<std::string>& rules = {},
                          const char* reg = k_register) {
    imr::model::ReviewInput input;
    imr::load::load_text(reg, "review.yaml", "review.yaml", input);
    for (const auto& [name, text] : files) imr::load::load_text(text, name, name, input);
    EXPECT_FALSE(imr::model::has_errors(input.diagnostics));
    const auto merged = imr::merge::merge_review(input);
    const auto context = imr::analyse::make_gap_context(input, merged);
    return imr::analyse::analyse_gaps(merged, context, rules);
}

std::vector<Finding> of_rule(const std::vector<Finding>& findings, const std::string& rule) {
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

// An entry the agency wrote that says nothing of sharing: proof its chronology exists
// and covers the period.
const std::string k_gp_contact =
    "  - {date: 20 December 2019, parties: [M], summary: Routine review.}\n";

// ---- unreceived-share ---------------------------------------------------------------

TEST(UnreceivedShare, SendWithNoReceiptIsFlaggedCitingTheSend) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M, J]
    summary: Call to the hospital about the assault.
    indicators: [physical-assault]
    shared_with: [{agency: Testbury Hospital, about: [physical-assault], how: phone}]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", k_gp_contact)}},
             {"unreceived-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Testshire Police");
    EXPECT_EQ(f.other_agency, "Testbury Hospital");
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.indicator, "physical-assault");
    EXPECT_EQ(f.message,
              "Testshire Police recorded telling Testbury Hospital about physical assault "
              "concerning M and J by "
              "phone on 2 March 2019; Testbury Hospital's chronology records no receipt from "
              "Testshire Police "
              "within 7 days.");
    ASSERT_EQ(f.evidence.size(), 1u);
    EXPECT_EQ(f.evidence[0].file, "police.yaml");
    EXPECT_EQ(f.evidence[0].line, 4);
    EXPECT_EQ(f.evidence[0].agency, "Testshire Police");
}

TEST(UnreceivedShare, ReceiptWithinTheWindowIsNotFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M]
    summary: Letter to the hospital.
    shared_with: [Testbury Hospital]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 9 March 2019
    parties: [M]
    summary: Letter from the police received.
    received_from: [Testshire Police]
)")}});
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
    EXPECT_TRUE(of_rule(findings, "unrecorded-send").empty());
}

TEST(UnreceivedShare, ReceiptEightDaysLaterWithASevenDayWindowIsFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M]
    summary: Letter to the hospital.
    shared_with: [Testbury Hospital]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 10 March 2019
    parties: [M]
    summary: Letter from the police received.
    received_from: [Testshire Police]
)")}});
    EXPECT_EQ(of_rule(findings, "unreceived-share").size(), 1u);
    // The receipt matches no send either: the two chronologies disagree both ways.
    EXPECT_EQ(of_rule(findings, "unrecorded-send").size(), 1u);
}

TEST(UnreceivedShare, ARegisterWindowChangesWhatMatches) {
    std::string reg = k_register;
    reg += "rules:\n  receipt_window_days: 10\n";
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M]
    summary: Letter to the hospital.
    shared_with: [Testbury Hospital]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 10 March 2019
    parties: [M]
    summary: Letter from the police received.
    received_from: [Testshire Police]
)")}},
             {"unreceived-share"}, reg.c_str());
    EXPECT_TRUE(findings.empty());
}

TEST(UnreceivedShare, RecipientWithoutAChronologyIsMissingChronologyNotUnreceived) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [J]
    summary: File to the CPS.
    shared_with: [CPS]
)")}});
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
    EXPECT_EQ(of_rule(findings, "missing-chronology").size(), 1u);
}

TEST(UnreceivedShare, RecipientWhoseChronologyDoesNotCoverTheDateIsNotFlagged) {
    const auto findings = gaps(
        {{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M]
    summary: Referral to the advocacy service.
    shared_with: [Advocacy Service]
)")},
         {"idva.yaml",
          "format: imr-chronology/1\nagency: Advocacy Service\ncovers: {from: 1 June 2019, to: 31 "
          "December 2019}\nentries:\n" +
              k_gp_contact}},
        {"unreceived-share"});
    EXPECT_TRUE(findings.empty());
}

// ---- unrecorded-send ----------------------------------------------------------------

TEST(UnrecordedSend, ReceiptTheSenderNeverRecordedIsFlaggedWithTheSenderAsAgency) {
    const auto findings = gaps({{"gp.yaml", chronology("Elm Surgery", R"(  - date: 5 April 2019
    parties: [M]
    summary: Discharge letter from the hospital received.
    received_from: [{agency: Testbury Hospital, about: [injury], how: letter}]
)")},
                                {"hospital.yaml", chronology("Testbury Hospital", k_gp_contact)}},
                               {"unrecorded-send"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testbury Hospital");
    EXPECT_EQ(findings[0].other_agency, "Elm Surgery");
    EXPECT_EQ(findings[0].evidence[0].file, "gp.yaml");
    EXPECT_EQ(findings[0].severity, FindingSeverity::low);
}

TEST(UnrecordedSend, ReceiptWithAMatchingSendIsNotFlagged) {
    const auto findings =
        gaps({{"gp.yaml", chronology("Elm Surgery", R"(  - date: 5 April 2019
    parties: [M]
    summary: Discharge letter from the hospital received.
    received_from: [Testbury Hospital]
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 3 April 2019
    parties: [M]
    summary: Discharge letter to the GP.
    shared_with: [Elm Surgery]
)")}},
             {"unrecorded-send"});
    EXPECT_TRUE(findings.empty());
}

// ---- late-share ---------------------------------------------------------------------

TEST(LateShare, MinutesSentTwelveDaysAfterTheMeetingAreFlaggedOncePerMeeting) {
    const auto findings =
        gaps({{"marac.yaml", chronology("Testshire MARAC", R"(  - date: 21 May 2019
    type: meeting
    parties: [M, J]
    summary: MARAC meeting.
    indicators: [domestic-abuse, strangulation]
    shared_with:
      - {agency: Testshire Police, date: 2 June 2019, how: email}
      - {agency: Advocacy Service, date: 2 June 2019, how: email}
)")},
              {"police.yaml", chronology("Testshire Police", R"(  - date: 3 June 2019
    parties: [M]
    summary: Minutes received.
    received_from: [MARAC]
)")},
              {"idva.yaml", chronology("Advocacy Service", R"(  - date: 3 June 2019
    parties: [M]
    summary: Minutes received.
    received_from: [MARAC]
)")}},
             {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(f.agency, "Testshire MARAC");
    EXPECT_EQ(f.other_agency, std::nullopt);  // two recipients
    EXPECT_EQ(f.party, "M");
    EXPECT_EQ(f.message,
              "Testshire MARAC passed on information from the meeting of 21 May 2019 to Testshire "
              "Police and "
              "Advocacy Service only on 2 June 2019, 12 days later (received by 3 June 2019, 13 "
              "days later); the "
              "review allows 3 days.");
    EXPECT_EQ(f.evidence.size(), 3u);  // the meeting and both receipts
    EXPECT_EQ(f.severity, FindingSeverity::medium);
}

TEST(LateShare, ShareWithinTheLimitIsNotFlagged) {
    const auto findings =
        gaps({{"marac.yaml", chronology("Testshire MARAC", R"(  - date: 21 May 2019
    type: meeting
    parties: [M]
    summary: MARAC meeting.
    shared_with: [{agency: Testshire Police, date: 24 May 2019}]
)")},
              {"police.yaml", chronology("Testshire Police", R"(  - date: 24 May 2019
    parties: [M]
    summary: Minutes received.
    received_from: [MARAC]
)")}},
             {"late-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(LateShare, AReceiptFourDaysAfterTheSendersEntryIsLate) {
    const auto findings =
        gaps({{"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 1 March 2019
    parties: [M]
    summary: Discharge letter to the GP.
    shared_with: [Elm Surgery]
)")},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 5 March 2019
    parties: [M]
    summary: Discharge letter received.
    received_from: [Testbury Hospital]
)")}},
             {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].other_agency, "Elm Surgery");
}

TEST(LateShare, ARecipientRecordingTheEventAndALateReceiptIsFlaggedWithTheSenderAsAgency) {
    const auto findings =
        gaps({{"probation.yaml", chronology("Probation Service", R"(  - date: 3 June 2019
    type: court
    parties: [J]
    summary: Sentenced; case file from the court team arrived three weeks later.
    received_from: [{agency: Testshire Police, date: 24 June 2019, how: system}]
)")},
              {"police.yaml", chronology("Testshire Police", k_gp_contact)}},
             {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");
    EXPECT_EQ(findings[0].other_agency, "Probation Service");
    EXPECT_NE(findings[0].message.find("21 days later"), std::string::npos);
}

// ---- unshared-knowledge -------------------------------------------------------------

const std::string k_hospital_assault = R"(  - date: 1 March 2019
    parties: [patient, J]
    summary: Treated for injuries; said her ex-partner hit her.
    indicators: [domestic-abuse, physical-assault, injury]
)";

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

const std::string k_threats = R"(  - date: 24 June 2019
    type: disclosure
    parties: [client, J]
    summary: Client said J threatened to kill her.
    indicators: [threats to kill]
)";

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

// ---- missing-chronology -------------------------------------------------------------

TEST(MissingChronology, AgencyNamedBySharesButWithoutAChronologyIsFlaggedOnce) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [J]
    summary: File to the CPS.
    shared_with: [CPS]
  - date: 20 March 2019
    parties: [J]
    summary: CPS advice received.
    received_from: [CPS]
)")}},
             {"missing-chronology"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Crown Prosecution Service");
    EXPECT_EQ(findings[0].other_agency, "Testshire Police");
    EXPECT_EQ(findings[0].party, std::nullopt);
    EXPECT_EQ(findings[0].evidence.size(), 2u);
    EXPECT_EQ(findings[0].severity, FindingSeverity::low);
}

TEST(MissingChronology, AgencyWithAChronologyIsNotFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [J]
    summary: File to the CPS.
    shared_with: [CPS]
)")},
              {"cps.yaml", chronology("CPS", "")}},
             {"missing-chronology"});
    EXPECT_TRUE(findings.empty());
}

// ---- date-conflict ------------------------------------------------------------------

TEST(DateConflict, OneReferenceDatedOnDaysThatDoNotOverlapIsFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 August 2019
    ref: INC-0987
    parties: [M]
    summary: Assault.
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: 5 August 2019
    ref: inc 0987
    parties: [M]
    summary: Treated after the assault.
)")}},
             {"date-conflict"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");  // the earlier date
    EXPECT_EQ(findings[0].other_agency, "Testbury Hospital");
    EXPECT_EQ(findings[0].evidence.size(), 2u);
}

TEST(DateConflict, OneReferenceOnOverlappingDatesIsNotFlagged) {
    const auto findings =
        gaps({{"police.yaml", chronology("Testshire Police", R"(  - date: 2 August 2019
    ref: INC-0987
    parties: [M]
    summary: Assault.
)")},
              {"hospital.yaml", chronology("Testbury Hospital", R"(  - date: August 2019
    ref: INC-0987
    parties: [M]
    summary: Treated after the assault.
)")}},
             {"date-conflict"});
    EXPECT_TRUE(findings.empty());
}

TEST(DateConflict, APhoneCallLoggedOnDifferentDaysIsFlaggedButALetterIsNot) {
    const std::string police = chronology("Testshire Police", R"(  - date: 2 March 2019
    parties: [M]
    summary: Called the hospital.
    shared_with: [{agency: Testbury Hospital, how: phone}]
  - date: 2 March 2019
    parties: [M]
    summary: Wrote to the hospital.
    shared_with: [{agency: Testbury Hospital, how: letter}]
)");
    const std::string hospital = chronology("Testbury Hospital", R"(  - date: 4 March 2019
    parties: [M]
    summary: Call from the police.
    received_from: [{agency: Testshire Police, how: phone}]
  - date: 5 March 2019
    parties: [M]
    summary: Letter from the police.
    received_from: [{agency: Testshire Police, how: letter}]
)");
    const auto findings =
        gaps({{"police.yaml", police}, {"hospital.yaml", hospital}}, {"date-conflict"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("phone call"), std::string::npos);
}

// ---- the analysis as a whole --------------------------------------------------------

TEST(GapAnalysis, EveryFindingCitesEvidenceAndTheOrderIsSeverityThenDate) {
    const auto findings =
        gaps({{"hospital.yaml", chronology("Testbury Hospital", k_hospital_assault)},
              {"idva.yaml", chronology("Advocacy Service", k_threats)},
              {"gp.yaml", chronology("Elm Surgery", R"(  - date: 10 March 2019
    parties: [M]
    summary: Low mood.
    shared_with: [CPS]
)")}});
    ASSERT_GE(findings.size(), 3u);
    for (const auto& f : findings) EXPECT_FALSE(f.evidence.empty()) << f.rule;
    for (std::size_t i = 1; i < findings.size(); ++i) {
        const auto& a = findings[i - 1];
        const auto& b = findings[i];
        EXPECT_TRUE(static_cast<int>(a.severity) < static_cast<int>(b.severity) ||
                    (a.severity == b.severity && a.date <= b.date))
            << i;
    }
}

TEST(GapAnalysis, TheResultDoesNotDependOnTheOrderOfTheFiles) {
    const std::string hospital = chronology("Testbury Hospital", k_hospital_assault);
    const std::string gp =
        chronology("Elm Surgery", "  - {date: 10 March 2019, parties: [M], summary: Review.}\n");
    EXPECT_EQ(gaps({{"hospital.yaml", hospital}, {"gp.yaml", gp}}),
              gaps({{"gp.yaml", gp}, {"hospital.yaml", hospital}}));
}

TEST(GapAnalysis, UnknownRuleIdsAreRecognisedWithASuggestion) {
    EXPECT_TRUE(imr::analyse::is_gap_rule("late-share"));
    EXPECT_FALSE(imr::analyse::is_gap_rule("late-shares"));
    EXPECT_EQ(imr::analyse::nearest_gap_rule("late-shares"), "late-share");
    EXPECT_EQ(imr::analyse::gap_rule_ids().size(), 9u);
}

}  // namespace
