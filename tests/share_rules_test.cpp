// The gap rules about shares themselves (spec section 6): a send nobody received, a
// receipt nobody sent, a share too late, an agency with no chronology, one event with two
// dates; and the analysis as a whole. For each rule a case it must flag and one it must not.
#include "gap_rules_fixture.hpp"

namespace {
using namespace gap_test;

// ---- unreceived-share ---------------------------------------------------------------

// The police write to the hospital on 2 March 2019; the hospital records the letter on
// `received`.
std::vector<File> letter_received_on(const std::string& received) {
    return {file("police.yaml", "Testshire Police",
                 entry("2 March 2019", "[M]", "Letter to the hospital.",
                       {"shared_with: [Testbury Hospital]"})),
            file("hospital.yaml", "Testbury Hospital",
                 entry(received, "[M]", "Letter from the police received.",
                       {"received_from: [Testshire Police]"}))};
}

TEST(UnreceivedShare, SendWithNoReceiptIsFlaggedCitingTheSend) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("2 March 2019", "[M, J]", "Call to the hospital about the assault.",
                         {"indicators: [physical-assault]",
                          "shared_with: [{agency: Testbury Hospital, about: "
                          "[physical-assault], how: phone}]"})),
              file("hospital.yaml", "Testbury Hospital", k_gp_contact)},
             {"unreceived-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(said(f),
              (Said{"Testshire Police", "Testbury Hospital", "M", "physical-assault",
                    "Testshire Police recorded telling Testbury Hospital about physical assault "
                    "concerning M and J by phone on 2 March 2019; Testbury Hospital's chronology "
                    "records no receipt from Testshire Police within 7 days."}));
    ASSERT_EQ(f.evidence.size(), 1u);
    EXPECT_EQ(f.evidence[0].file, "police.yaml");
    EXPECT_EQ(f.evidence[0].line, 4);
    EXPECT_EQ(f.evidence[0].agency, "Testshire Police");
}

TEST(UnreceivedShare, ReceiptWithinTheWindowIsNotFlagged) {
    const auto findings = gaps(letter_received_on("9 March 2019"));
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
    EXPECT_TRUE(of_rule(findings, "unrecorded-send").empty());
}

TEST(UnreceivedShare, ReceiptEightDaysLaterWithASevenDayWindowIsFlagged) {
    const auto findings = gaps(letter_received_on("10 March 2019"));
    EXPECT_EQ(of_rule(findings, "unreceived-share").size(), 1u);
    // The receipt matches no send either: the two chronologies disagree both ways.
    EXPECT_EQ(of_rule(findings, "unrecorded-send").size(), 1u);
}

TEST(UnreceivedShare, ARegisterWindowChangesWhatMatches) {
    std::string reg = k_register;
    reg += "rules:\n  receipt_window_days: 10\n";
    const auto findings =
        gaps(letter_received_on("10 March 2019"), {"unreceived-share"}, reg.c_str());
    EXPECT_TRUE(findings.empty());
}

TEST(UnreceivedShare, RecipientWithoutAChronologyIsMissingChronologyNotUnreceived) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("2 March 2019", "[J]", "File to the CPS.", {"shared_with: [CPS]"}))});
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
    EXPECT_EQ(of_rule(findings, "missing-chronology").size(), 1u);
}

TEST(UnreceivedShare, RecipientWhoseChronologyDoesNotCoverTheDateIsNotFlagged) {
    const auto findings = gaps(
        {file("police.yaml", "Testshire Police",
              entry("2 March 2019", "[M]", "Referral to the advocacy service.",
                    {"shared_with: [Advocacy Service]"})),
         {"idva.yaml",
          "format: imr-chronology/1\nagency: Advocacy Service\ncovers: {from: 1 June 2019, to: 31 "
          "December 2019}\nentries:\n" +
              k_gp_contact}},
        {"unreceived-share"});
    EXPECT_TRUE(findings.empty());
}

// ---- unrecorded-send ----------------------------------------------------------------

TEST(UnrecordedSend, ReceiptTheSenderNeverRecordedIsFlaggedWithTheSenderAsAgency) {
    const auto findings = gaps(
        {file(
             "gp.yaml", "Elm Surgery",
             entry("5 April 2019", "[M]", "Discharge letter from the hospital received.",
                   {"received_from: [{agency: Testbury Hospital, about: [injury], how: letter}]"})),
         file("hospital.yaml", "Testbury Hospital", k_gp_contact)},
        {"unrecorded-send"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testbury Hospital");
    EXPECT_EQ(findings[0].other_agency, "Elm Surgery");
    EXPECT_EQ(findings[0].evidence[0].file, "gp.yaml");
    EXPECT_EQ(findings[0].severity, FindingSeverity::low);
}

TEST(UnrecordedSend, ReceiptWithAMatchingSendIsNotFlagged) {
    const auto findings =
        gaps({file("gp.yaml", "Elm Surgery",
                   entry("5 April 2019", "[M]", "Discharge letter from the hospital received.",
                         {"received_from: [Testbury Hospital]"})),
              file("hospital.yaml", "Testbury Hospital",
                   entry("3 April 2019", "[M]", "Discharge letter to the GP.",
                         {"shared_with: [Elm Surgery]"}))},
             {"unrecorded-send"});
    EXPECT_TRUE(findings.empty());
}

// ---- late-share ---------------------------------------------------------------------

TEST(LateShare, MinutesSentTwelveDaysAfterTheMeetingAreFlaggedOncePerMeeting) {
    const auto findings =
        gaps({file("marac.yaml", "Testshire MARAC", R"(  - date: 21 May 2019
    type: meeting
    parties: [M, J]
    summary: MARAC meeting.
    indicators: [domestic-abuse, strangulation]
    shared_with:
      - {agency: Testshire Police, date: 2 June 2019, how: email}
      - {agency: Advocacy Service, date: 2 June 2019, how: email}
)"),
              file("police.yaml", "Testshire Police",
                   entry("3 June 2019", "[M]", "Minutes received.", {"received_from: [MARAC]"})),
              file("idva.yaml", "Advocacy Service",
                   entry("3 June 2019", "[M]", "Minutes received.", {"received_from: [MARAC]"}))},
             {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    // No other agency: the minutes went to two.
    EXPECT_EQ(said(f),
              (Said{"Testshire MARAC", std::nullopt, "M", "strangulation",
                    "Testshire MARAC passed on information from the meeting of 21 May 2019 to "
                    "Testshire Police and Advocacy Service only on 2 June 2019, 12 days later "
                    "(received by 3 June 2019, 13 days later); the review allows 3 days."}));
    EXPECT_EQ(f.evidence.size(), 3u);  // the meeting and both receipts
    EXPECT_EQ(f.severity, FindingSeverity::medium);
}

TEST(LateShare, ShareWithinTheLimitIsNotFlagged) {
    const auto findings =
        gaps({file("marac.yaml", "Testshire MARAC",
                   entry("21 May 2019", "[M]", "MARAC meeting.",
                         {"type: meeting",
                          "shared_with: [{agency: Testshire Police, date: 24 May 2019}]"})),
              file("police.yaml", "Testshire Police",
                   entry("24 May 2019", "[M]", "Minutes received.", {"received_from: [MARAC]"}))},
             {"late-share"});
    EXPECT_TRUE(findings.empty());
}

TEST(LateShare, AReceiptFourDaysAfterTheSendersEntryIsLate) {
    const auto findings = gaps({file("hospital.yaml", "Testbury Hospital",
                                     entry("1 March 2019", "[M]", "Discharge letter to the GP.",
                                           {"shared_with: [Elm Surgery]"})),
                                file("gp.yaml", "Elm Surgery",
                                     entry("5 March 2019", "[M]", "Discharge letter received.",
                                           {"received_from: [Testbury Hospital]"}))},
                               {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].other_agency, "Elm Surgery");
}

TEST(LateShare, ARecipientRecordingTheEventAndALateReceiptIsFlaggedWithTheSenderAsAgency) {
    const auto findings =
        gaps({file("probation.yaml", "Probation Service",
                   entry("3 June 2019", "[J]",
                         "Sentenced; case file from the court team arrived three weeks later.",
                         {"type: court",
                          "received_from: [{agency: Testshire Police, date: 24 June 2019, how: "
                          "system}]"})),
              file("police.yaml", "Testshire Police", k_gp_contact)},
             {"late-share"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");
    EXPECT_EQ(findings[0].other_agency, "Probation Service");
    EXPECT_NE(findings[0].message.find("21 days later"), std::string::npos);
}

// ---- missing-chronology -------------------------------------------------------------

TEST(MissingChronology, AgencyNamedBySharesButWithoutAChronologyIsFlaggedOnce) {
    const auto findings = gaps(
        {file("police.yaml", "Testshire Police",
              entry("2 March 2019", "[J]", "File to the CPS.", {"shared_with: [CPS]"}) +
                  entry("20 March 2019", "[J]", "CPS advice received.", {"received_from: [CPS]"}))},
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
        gaps({file("police.yaml", "Testshire Police",
                   entry("2 March 2019", "[J]", "File to the CPS.", {"shared_with: [CPS]"})),
              file("cps.yaml", "CPS", "")},
             {"missing-chronology"});
    EXPECT_TRUE(findings.empty());
}

// ---- date-conflict ------------------------------------------------------------------

TEST(DateConflict, OneReferenceDatedOnDaysThatDoNotOverlapIsFlagged) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("2 August 2019", "[M]", "Assault.", {"ref: INC-0987"})),
              file("hospital.yaml", "Testbury Hospital",
                   entry("5 August 2019", "[M]", "Treated after the assault.", {"ref: inc 0987"}))},
             {"date-conflict"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].agency, "Testshire Police");  // the earlier date
    EXPECT_EQ(findings[0].other_agency, "Testbury Hospital");
    EXPECT_EQ(findings[0].evidence.size(), 2u);
}

TEST(DateConflict, OneReferenceOnOverlappingDatesIsNotFlagged) {
    const auto findings =
        gaps({file("police.yaml", "Testshire Police",
                   entry("2 August 2019", "[M]", "Assault.", {"ref: INC-0987"})),
              file("hospital.yaml", "Testbury Hospital",
                   entry("August 2019", "[M]", "Treated after the assault.", {"ref: INC-0987"}))},
             {"date-conflict"});
    EXPECT_TRUE(findings.empty());
}

TEST(DateConflict, APhoneCallLoggedOnDifferentDaysIsFlaggedButALetterIsNot) {
    const std::string police = chronology(
        "Testshire Police", entry("2 March 2019", "[M]", "Called the hospital.",
                                  {"shared_with: [{agency: Testbury Hospital, how: phone}]"}) +
                                entry("2 March 2019", "[M]", "Wrote to the hospital.",
                                      {"shared_with: [{agency: Testbury Hospital, how: letter}]"}));
    const std::string hospital =
        chronology("Testbury Hospital",
                   entry("4 March 2019", "[M]", "Call from the police.",
                         {"received_from: [{agency: Testshire Police, how: phone}]"}) +
                       entry("5 March 2019", "[M]", "Letter from the police.",
                             {"received_from: [{agency: Testshire Police, how: letter}]"}));
    const auto findings =
        gaps({{"police.yaml", police}, {"hospital.yaml", hospital}}, {"date-conflict"});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("phone call"), std::string::npos);
}

// ---- the analysis as a whole --------------------------------------------------------

TEST(GapAnalysis, EveryFindingCitesEvidenceAndTheOrderIsSeverityThenDate) {
    const auto findings =
        gaps({file("hospital.yaml", "Testbury Hospital", k_hospital_assault),
              file("idva.yaml", "Advocacy Service", k_threats),
              file("gp.yaml", "Elm Surgery",
                   entry("10 March 2019", "[M]", "Low mood.", {"shared_with: [CPS]"}))});
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
