// Gap analysis for every kind of review (issue 14; spec sections 4 and 6, 1.1): the kind
// of review sets the concerns the knowledge rules weigh, the register's own words win over
// the built-in vocabulary, a contact is with every followed party the entry names, a send
// and its receipt dated apart under one ref are one date-conflict, and a finding carries
// every indicator and every agency it speaks of.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "analyse/concerns.hpp"
#include "analyse/finding_explanation.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "gap_rules_fixture.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "normalise/name_resolver.hpp"
#include "render/findings_renderer.hpp"
#include "render/knowledge_renderer.hpp"
#include "support/indicator_checks.hpp"
#include "support/reader_results.hpp"

namespace {
using gap_test::chronology;
using gap_test::entry;
using gap_test::file;
using gap_test::gaps;
using gap_test::of_rule;
using imr::analyse::Finding;

// The fixture's register as a review of `kind`, with `extra` appended (indicators, rules).
std::string review_of(const std::string& kind, const std::string& extra = "") {
    std::string text = gap_test::k_register;
    text.insert(text.find("period:"), "kind: " + kind + "\n");
    return text + extra;
}

// A register's text read as review.yaml.
imr::test::ReadResult<imr::model::ReviewRegister> read_register(const std::string& yaml) {
    return imr::test::read_register_yaml(yaml, "review.yaml");
}

// The GP refers M to mental health naming only her mental health, while it had recorded
// her drinking: the dual-diagnosis gap.
const std::string k_gp_referral = chronology(
    "GP",
    entry("3 March 2019", "[patient]", "Low mood; drinking a bottle of vodka a day.",
          {"type: contact", "indicators: [mental-health, alcohol]"}) +
        entry("4 March 2019", "[patient]", "Referred to the mental health team.",
              {"type: referral", "shared_with: [{agency: Hospital, about: [mental health]}]"}));
const std::string k_hospital_receipt = chronology(
    "Hospital", entry("5 March 2019", "[M]", "Referral received from the GP for low mood.",
                      {"type: referral", "received_from: [{agency: GP, about: [mental health]}]"}));

TEST(ReviewKind, RegisterReadsTheKindAndRefusesAnUnknownOne) {
    const auto sar = read_register(review_of("SAR"));
    EXPECT_EQ(sar.value.kind, "sar");
    EXPECT_TRUE(sar.diagnostics.empty());
    const auto bad = read_register(review_of("sarr"));
    ASSERT_EQ(bad.diagnostics.size(), 1u);
    EXPECT_EQ(bad.diagnostics[0].code, "bad-kind");
    EXPECT_EQ(bad.diagnostics[0].loc.line, 3);
    EXPECT_NE(bad.diagnostics[0].hint.find("'sar'"), std::string::npos);
    EXPECT_EQ(bad.value.kind, "dhr");
}

TEST(ReviewKind, EachKindHasItsDefaultConcerns) {
    const auto& dhr = imr::analyse::default_concerns("dhr");
    const auto& sar = imr::analyse::default_concerns("sar");
    const auto& cspr = imr::analyse::default_concerns("cspr");
    const auto has = [](const std::vector<std::string>& list, const char* x) {
        return std::find(list.begin(), list.end(), x) != list.end();
    };
    EXPECT_TRUE(has(dhr, "coercive-control"));
    EXPECT_FALSE(has(dhr, "alcohol"));
    for (const char* x : {"self-neglect", "neglect", "financial-abuse", "psychological-abuse",
                          "modern-slavery", "discriminatory-abuse", "organisational-abuse",
                          "alcohol", "drugs", "mental-health", "fire-risk", "hoarding"})
        EXPECT_TRUE(has(sar, x)) << x;
    for (const char* x : {"physical-assault", "emotional-abuse", "sexual-abuse", "neglect",
                          "exploitation", "domestic-abuse", "alcohol", "drugs", "mental-health"})
        EXPECT_TRUE(has(cspr, x)) << x;
}

TEST(ReviewKind, RulesConcernsReplaceTheDefaultAndNewAndCriticalIndicatorsAlwaysCount) {
    imr::model::GapThresholds rules;
    rules.concerns = std::vector<std::string>{"alcohol"};
    const auto concerns = imr::analyse::review_concerns(rules, "dhr", {"breach-of-bail"});
    EXPECT_EQ(concerns.front(), "alcohol");
    EXPECT_TRUE(std::find(concerns.begin(), concerns.end(), "breach-of-bail") != concerns.end());
    EXPECT_TRUE(std::find(concerns.begin(), concerns.end(), "weapon") != concerns.end());
    EXPECT_TRUE(std::find(concerns.begin(), concerns.end(), "domestic-abuse") == concerns.end());
}

TEST(ReviewKind, ASarReportsTheDrinkingLeftOutOfAMentalHealthReferral) {
    const auto sar =
        of_rule(gaps({{"gp.yaml", k_gp_referral}, {"hospital.yaml", k_hospital_receipt}}, {},
                     review_of("sar").c_str()),
                "partial-share");
    ASSERT_EQ(sar.size(), 1u);
    EXPECT_EQ(sar[0].indicator, "alcohol");
    EXPECT_EQ(sar[0].agency, "Elm Surgery");
    ASSERT_EQ(sar[0].known_by.size(), 1u);
    EXPECT_EQ(sar[0].known_by[0].agency, "Elm Surgery");
    EXPECT_EQ(sar[0].known_by[0].line, 4);
}

TEST(ReviewKind, ADhrStillLeavesTheDrinkingToTheReview) {
    const auto dhr = gaps({{"gp.yaml", k_gp_referral}, {"hospital.yaml", k_hospital_receipt}}, {},
                          review_of("dhr").c_str());
    EXPECT_TRUE(of_rule(dhr, "partial-share").empty());
    EXPECT_TRUE(of_rule(dhr, "unshared-knowledge").empty());
}

TEST(ReviewKind, RulesConcernsWrittenAsAliasesCount) {
    const auto found =
        of_rule(gaps({{"gp.yaml", k_gp_referral}, {"hospital.yaml", k_hospital_receipt}}, {},
                     review_of("dhr", "rules:\n  concerns: [drink]\n").c_str()),
                "partial-share");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].indicator, "alcohol");
}

TEST(ReviewKind, NewBuiltInIndicatorsResolveTheirCommonAliases) {
    const imr::normalise::NameResolver names(nullptr);
    imr::test::expect_indicators(names, {{"squalor", "self-neglect"},
                                         {"Self neglect", "self-neglect"},
                                         {"money taken", "financial-abuse"},
                                         {"financial exploitation", "financial-abuse"},
                                         {"cuckooing", "exploitation"},
                                         {"did not attend", "non-engagement"},
                                         {"no fixed abode", "homelessness"},
                                         {"fire hazard", "fire-risk"}});
    EXPECT_FALSE(names.indicator("DNA").has_value());  // also DNACPR, and a molecule
}

const std::string k_bail_register_tail = "indicators:\n  breach-of-bail: [breach of bail]\n";

TEST(RegisterWords, TheRegistersAliasWinsOverTheBuiltInOneWithAWarningNamingBoth) {
    const auto read = read_register(review_of("dhr", k_bail_register_tail));
    const auto& diagnostics = read.diagnostics;
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "indicator-collision");
    EXPECT_EQ(diagnostics[0].severity, imr::model::Severity::warning);
    EXPECT_NE(diagnostics[0].message.find("'breach-of-order'"), std::string::npos);
    EXPECT_NE(diagnostics[0].message.find("'breach-of-bail'"), std::string::npos);
    EXPECT_EQ(read.value.new_indicators, std::vector<std::string>{"breach-of-bail"});
    const imr::normalise::NameResolver names(&read.value);
    EXPECT_EQ(names.indicator("breach of bail"), "breach-of-bail");
    EXPECT_EQ(names.indicator("breach of restraining order"), "breach-of-order");
}

TEST(RegisterWords, BailConditionsTheReviewKeepsApartAreNotACriticalFinding) {
    const std::string police = chronology(
        "Police", entry("2 May 2019", "[J]", "J seen in the street named in his bail conditions.",
                        {"type: incident", "indicators: [breach of bail]"}));
    const auto findings =
        gaps({{"police.yaml", police}}, {}, review_of("dhr", k_bail_register_tail).c_str());
    EXPECT_TRUE(of_rule(findings, "critical-not-shared").empty());
}

TEST(RegisterWords, AnAliasThatAddsToABuiltInIndicatorIsNoCollision) {
    EXPECT_TRUE(read_register(
                    review_of("dhr", "indicators:\n  threat-to-kill: [TTK, threatened to kill]\n"))
                    .diagnostics.empty());
}

// The advocate sees M and J together; the police knew of J's knife.
const std::string k_police_knife =
    chronology("Police", entry("1 April 2019", "[offender]", "J stopped carrying a knife.",
                               {"type: incident", "indicators: [weapon]", "shared_with: [CPS]"}));

TEST(Contacts, AContactIsWithEveryFollowedPartyTheEntryNames) {
    const std::string idva =
        chronology("IDVA", entry("20 April 2019", "[client, J]",
                                 "Joint appointment; J attended with M.", {"type: meeting"}));
    const auto found =
        of_rule(gaps({{"police.yaml", k_police_knife}, {"idva.yaml", idva}}), "unshared-knowledge");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].party, "J");
    EXPECT_EQ(found[0].indicator, "weapon");
    EXPECT_EQ(found[0].other_agency, "Advocacy Service");
}

TEST(Contacts, OneFindingPerContactNamesWhatItLackedAboutEachParty) {
    const std::string police = chronology(
        "Police",
        entry("1 April 2019", "[M]", "M reports J pushed her.",
              {"type: incident", "indicators: [physical-assault]", "shared_with: [CPS]"}) +
            entry("2 April 2019", "[J]", "J arrested with a knife.",
                  {"type: incident", "indicators: [weapon]", "shared_with: [CPS]"}));
    const std::string gp = chronology(
        "GP", entry("20 April 2019", "[patient, J]", "M attends with J.", {"type: contact"}));
    const auto found =
        of_rule(gaps({{"police.yaml", police}, {"gp.yaml", gp}}), "unshared-knowledge");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].party, "M");
    EXPECT_NE(found[0].message.find("about J"), std::string::npos) << found[0].message;
    EXPECT_EQ(found[0].indicators, (std::vector<std::string>{"physical-assault", "weapon"}));
    // The police and the CPS they told, each for both indicators.
    EXPECT_EQ(found[0].known_by.size(), 4u);
}

// The advocate phones the police (ref DV/77) on 2 May; the police log the same call under
// the same ref on 2 June: one event, two dates.
const std::string k_idva_call =
    chronology("IDVA", entry("2 May 2019", "[client]", "Phoned the police about M's disclosure.",
                             {"ref: DV/77", "type: information-share",
                              "shared_with: [{agency: Police, how: phone}]"}));
const std::string k_police_call =
    chronology("Police", entry("2 June 2019", "[M]", "Call from the advocate about M.",
                               {"ref: DV-77", "type: information-share",
                                "received_from: [{agency: IDVA, how: phone}]"}));

TEST(DateConflict, ASendAndItsReceiptUnderOneRefDatedApartAreOneConflict) {
    const auto findings = gaps({{"idva.yaml", k_idva_call}, {"police.yaml", k_police_call}});
    const auto conflicts = of_rule(findings, "date-conflict");
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].agency, "Advocacy Service");
    EXPECT_EQ(conflicts[0].other_agency, "Testshire Police");
    EXPECT_EQ(conflicts[0].evidence.size(), 2u);
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
    EXPECT_TRUE(of_rule(findings, "unrecorded-send").empty());
}

TEST(DateConflict, ASendThatIsTheEventsOnlyRecordAgainstTheOthersRecordIsAConflict) {
    // The police record the incident once, with its notification to the hospital; the
    // hospital records the same incident (same ref) a month later and no receipt.
    const std::string police =
        chronology("Police", entry("2 May 2019", "[M]", "Assault; hospital told.",
                                   {"ref: INC-9", "type: incident", "shared_with: [Hospital]"}));
    const std::string hospital = chronology("Hospital", R"(  - date: 2 June 2019
    ref: INC 9
    type: incident
    parties: [patient]
    summary: Police incident INC-9 noted on M's record.
  - {date: 20 December 2019, parties: [M], summary: Routine review.}
)");
    const auto findings = gaps({{"police.yaml", police}, {"hospital.yaml", hospital}});
    ASSERT_EQ(of_rule(findings, "date-conflict").size(), 1u);
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
}

TEST(DateConflict, AnEmailReadTheNextDayUnderTheIncidentsRefIsNoConflict) {
    const std::string police = chronology(
        "Police",
        entry("10 March 2019", "[M]", "Domestic abuse; social care emailed.",
              {"ref: NP-1", "type: incident", "shared_with: [{agency: MARAC, how: email}]"}));
    const std::string marac =
        chronology("MARAC", entry("11 March 2019", "[M]", "Police email read.",
                                  {"ref: NP-1", "type: information-share",
                                   "received_from: [{agency: Police, how: email}]"}));
    const auto findings = gaps({{"police.yaml", police}, {"marac.yaml", marac}});
    EXPECT_TRUE(of_rule(findings, "date-conflict").empty());
}

TEST(DateConflict, ANotificationDatedWhenPassedOnIsNoConflict) {
    // The police incident of 1 May and its notification to the advocate on 3 May, received
    // on 3 May: the advocate's receipt is not the incident's own record.
    const std::string police = chronology(
        "Police", entry("1 May 2019", "[M]", "Assault reported.",
                        {"ref: INC-1", "type: incident", "indicators: [physical-assault]"}) +
                      entry("3 May 2019", "[M]", "Notification to the advocate.",
                            {"ref: INC-1", "type: information-share", "shared_with: [IDVA]"}));
    const std::string idva = chronology(
        "IDVA", entry("3 May 2019", "[client]", "Police notification received.",
                      {"ref: INC-1", "type: information-share", "received_from: [Police]"}));
    const auto findings = gaps({{"police.yaml", police}, {"idva.yaml", idva}});
    EXPECT_TRUE(of_rule(findings, "date-conflict").empty());
    EXPECT_TRUE(of_rule(findings, "unreceived-share").empty());
}

TEST(FindingsJson, CarriesIndicatorsAndKnownBy) {
    const std::string idva =
        chronology("IDVA", entry("20 April 2019", "[J]", "J attended.", {"type: meeting"}));
    const auto findings = gaps({{"police.yaml", k_police_knife}, {"idva.yaml", idva}});
    std::ostringstream out;
    imr::render::render_findings(findings, {}, {}, imr::render::FindingsFormat::json, out);
    const std::string json = out.str();
    EXPECT_NE(json.find("\"indicators\": [\n        \"weapon\"\n      ]"), std::string::npos)
        << json;
    EXPECT_NE(json.find("\"known_by\": [\n        {\n          \"agency\": \"Testshire Police\""),
              std::string::npos);
    EXPECT_NE(json.find("\"since\": \"2019-04-01\""), std::string::npos);
    std::ostringstream csv;
    imr::render::render_findings(findings, {}, {}, imr::render::FindingsFormat::csv, csv);
    EXPECT_NE(csv.str().find(",indicators,known_by"), std::string::npos);
    EXPECT_NE(csv.str().find("Testshire Police (weapon since 2019-04-01, police.yaml:4)"),
              std::string::npos)
        << csv.str();
}

TEST(KnowledgeDates, CircaIsNeverPrintedAsAFirstOfJanuary) {
    imr::model::ReviewInput input;
    imr::load::load_text(gap_test::k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(chronology("Police", entry("circa 2002", "[J]",
                                                    "Conviction for assault on a former partner.",
                                                    {"indicators: [physical-assault]"})),
                         "police.yaml", "police.yaml", input);
    const auto merged = imr::merge::merge_review(input);
    const auto context = imr::analyse::make_gap_context(input, merged);
    const auto matrix = imr::analyse::knowledge_matrix(merged, context, std::string("J"));
    for (auto format : {imr::render::KnowledgeFormat::md, imr::render::KnowledgeFormat::csv,
                        imr::render::KnowledgeFormat::json}) {
        std::ostringstream out;
        imr::render::render_knowledge(matrix, {}, format, out);
        EXPECT_NE(out.str().find("circa 2002"), std::string::npos) << out.str();
        // The first day appears only as the start of the interval, never as the day.
        if (format == imr::render::KnowledgeFormat::md) {
            EXPECT_NE(out.str().find("circa 2002 (2002-01-01 to 2002-12-31)"), std::string::npos);
        }
        if (format == imr::render::KnowledgeFormat::json) {
            EXPECT_NE(out.str().find("\"first_known\": \"2002~\""), std::string::npos);
        }
        if (format == imr::render::KnowledgeFormat::csv) {
            EXPECT_NE(out.str().find(",2002~,recorded,"), std::string::npos) << out.str();
        }
    }
}

TEST(Explain, ShowsWhoRecordedWhatTheSharesAndWhyTheRuleFired) {
    imr::model::ReviewInput input;
    imr::load::load_text(gap_test::k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(k_police_knife, "police.yaml", "police.yaml", input);
    imr::load::load_text(
        chronology("IDVA", entry("20 April 2019", "[J]", "J attended.", {"type: meeting"})),
        "idva.yaml", "idva.yaml", input);
    const auto merged = imr::merge::merge_review(input);
    const auto context = imr::analyse::make_gap_context(input, merged);
    const auto findings = imr::analyse::analyse_gaps(merged, context);
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.rule == "unshared-knowledge"; });
    ASSERT_NE(it, findings.end());
    const auto x = imr::analyse::explain_finding(merged, context, *it, 1);
    ASSERT_EQ(x.recorded.size(), 2u);  // the police record, and the CPS told by it
    EXPECT_EQ(x.recorded[0].file, "police.yaml");
    EXPECT_EQ(x.recorded[0].line, 4);
    ASSERT_EQ(x.shares.size(), 1u);
    EXPECT_NE(x.shares[0].text.find("to Crown Prosecution Service"), std::string::npos);
    ASSERT_EQ(x.lacked.size(), 1u);
    EXPECT_NE(x.lacked[0].find("Advocacy Service never knew weapon about J"), std::string::npos);
    std::ostringstream text;
    imr::render::render_explanation(x, imr::render::FindingsFormat::text, text);
    EXPECT_NE(text.str().find("Why the rule fired:"), std::string::npos);
    EXPECT_NE(text.str().find("police.yaml:4"), std::string::npos);
}

}  // namespace
