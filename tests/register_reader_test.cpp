// The review register reader (spec section 4): parties, agencies, indicator aliases and
// gap-rule thresholds, with a diagnostic at the value for every problem, and no name
// allowed to mean two people or two agencies.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "model/diagnostic.hpp"
#include "model/review_register.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/reader_results.hpp"

namespace {

using imr::load::read_json;
using imr::load::read_register;
using imr::model::Diagnostics;
using imr::model::GapThresholds;
using imr::model::ReviewRegister;
using imr::model::SourceLoc;
using imr::test::shown;

using Read = imr::test::ReadResult<ReviewRegister>;

// Reads a YAML register named review.yaml; the text must be valid YAML.
Read read(std::string_view yaml) { return imr::test::read_register_yaml(yaml, "review.yaml"); }

// Each row: a register with a mistake, and exactly the diagnostics it gives.
using ErrorCase = imr::test::DiagnosticCase<Read>;
class RegisterReaderError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(RegisterReaderError, IsReportedAtTheValue) { imr::test::expect_row(GetParam(), read); }

constexpr std::string_view k_register = R"(format: imr-review/1
review: East Herts DHR 2014
period: {from: 1 May 2013, to: 3 July 2014}
parties:
  - id: M
    role: Victim
    aliases: [Ms M, the victim]
    private: [Mary Example]
  - id: J
    role: perpetrator
    aliases: [ex-partner, AP]
agencies:
  - id: Police
    name: Hertfordshire Constabulary
    aliases: [Herts Police, HRU]
  - id: CPS
indicators:
  threat-to-kill: [threats to kill, TTK]
  financial-abuse: money withheld
)";

// --- parties -------------------------------------------------------------------------------

TEST(RegisterReader, PartiesKeepTheirIdRoleAliasesAndPrivateNames) {
    const Read r = read(k_register);
    EXPECT_EQ(shown(r.diagnostics), std::vector<std::string>{});
    EXPECT_EQ(r.value.path, "review.yaml");
    EXPECT_EQ(r.value.review, "East Herts DHR 2014");
    ASSERT_EQ(r.value.parties.size(), 2u);
    const auto& m = r.value.parties[0];
    EXPECT_EQ(m.id, "M");
    EXPECT_EQ(m.role, "victim");  // roles are a vocabulary: lower case
    EXPECT_EQ(m.aliases, (std::vector<std::string>{"Ms M", "the victim"}));
    EXPECT_EQ(m.private_names, std::vector<std::string>{"Mary Example"});
    EXPECT_EQ(m.loc, (SourceLoc{"review.yaml", 5, 5}));
    const auto& j = r.value.parties[1];
    EXPECT_EQ(j.id, "J");
    EXPECT_EQ(j.role, "perpetrator");
    EXPECT_EQ(j.aliases, (std::vector<std::string>{"ex-partner", "AP"}));
    EXPECT_TRUE(j.private_names.empty());
}

TEST(RegisterReader, ThePeriodIsReadAsDates) {
    const Read r = read(k_register);
    ASSERT_TRUE(r.value.period.has_value());
    EXPECT_EQ(imr::model::iso_date(r.value.period->from.start), "2013-05-01");
    EXPECT_EQ(imr::model::iso_date(r.value.period->to.end), "2014-07-03");
    EXPECT_EQ(r.value.period->from.text, "1 May 2013");
}

const std::vector<ErrorCase> k_register_parties = {
    {"APartyWithoutAnIdIsAMissingFieldAndIsNotKept",
     "format: imr-review/1\nparties:\n  - role: child\n",
     {"error missing-field review.yaml:3:5: 'id' is required but missing "
      "[give the party a pseudonym, e.g. 'id: M']"},
     [](const Read& r) { EXPECT_TRUE(r.value.parties.empty()); }},
    {"AnUnknownRoleIsAWarningWithTheNearestRoleSuggested",
     "format: imr-review/1\nparties:\n  - id: M\n    role: victm\n",
     {"warning unknown-role review.yaml:4:11: unknown role 'victm' [did you "
      "mean 'victim'?]"},
     [](const Read& r) {
         ASSERT_EQ(r.value.parties.size(), 1u);
         EXPECT_EQ(r.value.parties[0].role, "victm");  // kept as written, in lower case
     }},
    {"AnUnknownRoleFarFromAnyListsTheKnownRoles",
     "format: imr-review/1\nparties:\n  - id: L\n    role: landlord\n",
     {"warning unknown-role review.yaml:4:11: unknown role 'landlord' "
      "[known roles: victim, perpetrator, child, family, friend, partner, "
      "other]"}},
    {"AnAliasClaimedByTwoPartiesIsAnAmbiguousName",
     // Names match ignoring case, punctuation and spaces: "ms. m" is "Ms M".
     "format: imr-review/1\nparties:\n  - id: M\n    aliases: [Ms M]\n  - id: J\n"
     "    aliases: [AP, ms. m]\n",
     {"error ambiguous-name review.yaml:6:19: 'ms. m' names both party 'M' "
      "and 'J' [give each name to one party only]"}},
    {"APrivateNameClaimedByAnotherPartyIsAnAmbiguousName",
     "format: imr-review/1\nparties:\n  - id: M\n    private: [Mary Example]\n  - id: K\n"
     "    private: [MARY EXAMPLE]\n",
     {"error ambiguous-name review.yaml:6:15: 'MARY EXAMPLE' names both "
      "party 'M' and 'K' [give each name to one party only]"}},
    {"AnAliasThatIsAnotherPartysIdIsAnAmbiguousName",
     "format: imr-review/1\nparties:\n  - id: M\n  - id: J\n    aliases: [m]\n",
     {"error ambiguous-name review.yaml:5:15: 'm' names both party 'M' and "
      "'J' [give each name to one party only]"}},
    {"PartiesThatAreNotAListAreAWrongType",
     "format: imr-review/1\nparties: {M: victim}\n",
     {"error wrong-type review.yaml:2:10: 'parties' must be a list, not a "
      "mapping of keys to values [start each item with '- id: ...']"}},
    {"APartyThatIsNotAMappingIsAWrongType",
     "format: imr-review/1\nparties: [M]\n",
     {"error wrong-type review.yaml:2:11: an item of 'parties' must be a "
      "mapping of keys to values, not a single value [write it as 'key: "
      "value' lines indented under it]"}},
    {"AMisspeltPartyKeyIsAWarning",
     "format: imr-review/1\nparties:\n  - id: M\n    privat: [Mary]\n",
     {"warning unknown-key review.yaml:4:5: unknown key 'privat' in a party "
      "[did you mean 'private'?]"}},
    {"AnUnknownPartyKeyTooFarForASuggestionListsTheKnownKeys",
     // "alias" is two edits from "aliases": more than a third of its five letters.
     "format: imr-review/1\nparties:\n  - id: M\n    alias: [Ms M]\n",
     {"warning unknown-key review.yaml:4:5: unknown key 'alias' in a party "
      "[known keys here: id, role, aliases, private]"}},
};
INSTANTIATE_TEST_SUITE_P(Parties, RegisterReaderError, ::testing::ValuesIn(k_register_parties),
                         imr::test::DiagnosticCaseName{});

TEST(RegisterReader, TwoPartiesWithOneIdAreAnAmbiguousName) {
    const Read r = read("format: imr-review/1\nparties:\n  - id: M\n    role: victim\n  - id: m\n");
    EXPECT_EQ(shown(r.diagnostics),
              std::vector<std::string>{
                  "error ambiguous-name review.yaml:5:9: 'm' is the id of two parties "
                  "(the first on line 3) [give each party its own id]"});
    // The same id written the same way twice.
    const Read same = read("format: imr-review/1\nparties:\n  - id: M\n  - id: M\n");
    EXPECT_EQ(shown(same.diagnostics),
              std::vector<std::string>{
                  "error ambiguous-name review.yaml:4:9: 'M' is the id of two parties "
                  "(the first on line 3) [give each party its own id]"});
    EXPECT_EQ(same.value.parties.size(), 1u);
}

TEST(RegisterReader, APartyMayRepeatItsOwnNames) {
    const Read r =
        read("format: imr-review/1\nparties:\n  - id: M\n    aliases: [M, Ms M, ms-m]\n");
    EXPECT_TRUE(r.diagnostics.empty());
}

// --- agencies ------------------------------------------------------------------------------

TEST(RegisterReader, AgenciesKeepTheirIdNameAndAliases) {
    const Read r = read(k_register);
    ASSERT_EQ(r.value.agencies.size(), 2u);
    const auto& police = r.value.agencies[0];
    EXPECT_EQ(police.id, "Police");
    EXPECT_EQ(police.name, "Hertfordshire Constabulary");
    EXPECT_EQ(police.aliases, (std::vector<std::string>{"Herts Police", "HRU"}));
    EXPECT_EQ(police.loc, (SourceLoc{"review.yaml", 13, 5}));
}

TEST(RegisterReader, AnAgencysNameDefaultsToItsId) {
    const Read r = read(k_register);
    ASSERT_EQ(r.value.agencies.size(), 2u);
    EXPECT_EQ(r.value.agencies[1].id, "CPS");
    EXPECT_EQ(r.value.agencies[1].name, "CPS");
    EXPECT_TRUE(r.value.agencies[1].aliases.empty());
}

const std::vector<ErrorCase> k_register_agencies = {
    {"AnAgencyWithoutAnIdIsAMissingField",
     "format: imr-review/1\nagencies:\n  - name: Crown Prosecution Service\n",
     {"error missing-field review.yaml:3:5: 'id' is required but missing "
      "[give the agency a short id, e.g. 'id: Police']"},
     [](const Read& r) { EXPECT_TRUE(r.value.agencies.empty()); }},
    {"AnAliasClaimedByTwoAgenciesIsAnAmbiguousName",
     "format: imr-review/1\nagencies:\n  - id: Police\n    aliases: [Herts Police]\n"
     "  - id: Constabulary\n    aliases: [herts-police]\n",
     {"error ambiguous-name review.yaml:6:15: 'herts-police' names both "
      "agency 'Police' and 'Constabulary' [give each name to one agency "
      "only]"}},
    {"TwoAgenciesWithOneIdAreAnAmbiguousName",
     "format: imr-review/1\nagencies:\n  - id: CPS\n  - id: CPS\n",
     {"error ambiguous-name review.yaml:4:9: 'CPS' is the id of two "
      "agencies (the first on line 3) [give each agency its own id]"}},
};
INSTANTIATE_TEST_SUITE_P(Agencies, RegisterReaderError, ::testing::ValuesIn(k_register_agencies),
                         imr::test::DiagnosticCaseName{});

TEST(RegisterReader, PartyAndAgencyNamesAreSeparate) {
    // "Police" may be a party's alias and an agency's id: they are looked up apart.
    const Read r = read(
        "format: imr-review/1\nparties:\n  - id: P\n    aliases: [police]\nagencies:\n"
        "  - id: Police\n");
    EXPECT_TRUE(r.diagnostics.empty());
}

// --- indicators ------------------------------------------------------------------------------

TEST(RegisterReader, IndicatorsMapToTheirExtraAliases) {
    const Read r = read(k_register);
    ASSERT_EQ(r.value.indicators.size(), 2u);
    EXPECT_EQ(r.value.indicators.at("threat-to-kill"),
              (std::vector<std::string>{"threats to kill", "TTK"}));
    // A single alias may be written without brackets.
    EXPECT_EQ(r.value.indicators.at("financial-abuse"), std::vector<std::string>{"money withheld"});
}

const std::vector<ErrorCase> k_register_indicators = {
    {"IndicatorsThatAreNotAMappingAreAWrongType",
     "format: imr-review/1\nindicators: [weapon]\n",
     {"error wrong-type review.yaml:2:13: 'indicators' must be a mapping of "
      "keys to values, not a list [write it as 'key: value' lines indented "
      "under it]"}},
};
INSTANTIATE_TEST_SUITE_P(Indicators, RegisterReaderError,
                         ::testing::ValuesIn(k_register_indicators),
                         imr::test::DiagnosticCaseName{});

// --- rules ----------------------------------------------------------------------------------

TEST(RegisterReader, RulesHaveTheSpecsDefaults) {
    const Read r = read(k_register);
    const GapThresholds& rules = r.value.rules;
    EXPECT_EQ(rules.receipt_window_days, 7);
    EXPECT_EQ(rules.late_share_days, 3);
    EXPECT_EQ(rules.critical_share_days, 1);
    EXPECT_EQ(rules.risk_current_days, 90);
    EXPECT_EQ(rules.critical, (std::vector<std::string>{"threat-to-kill", "strangulation", "weapon",
                                                        "breach-of-order"}));
}

TEST(RegisterReader, RulesWrittenOverrideTheDefaultsOneByOne) {
    const Read r = read(
        "format: imr-review/1\nrules:\n  late_share_days: 10\n  risk_current_days: 0\n"
        "  critical: [weapon, stalking]\n");
    EXPECT_TRUE(r.diagnostics.empty());
    const GapThresholds& rules = r.value.rules;
    EXPECT_EQ(rules.receipt_window_days, 7);
    EXPECT_EQ(rules.late_share_days, 10);
    EXPECT_EQ(rules.critical_share_days, 1);
    EXPECT_EQ(rules.risk_current_days, 0);
    EXPECT_EQ(rules.critical, (std::vector<std::string>{"weapon", "stalking"}));
}

TEST(RegisterReader, AnEmptyCriticalListMeansNoIndicatorIsCritical) {
    const Read r = read("format: imr-review/1\nrules:\n  critical: []\n");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_TRUE(r.value.rules.critical.empty());
}

const std::vector<ErrorCase> k_register_rules = {
    {"OutOfRangeOrNonNumericDaysAreAWrongTypeAndKeepTheDefault",
     "format: imr-review/1\nrules:\n  receipt_window_days: -1\n  late_share_days: 3661\n"
     "  critical_share_days: seven\n  risk_current_days: 3660\n",
     {"error wrong-type review.yaml:3:24: 'receipt_window_days' must be a whole "
      "number from 0 to 3660, not '-1' []",
      "error wrong-type review.yaml:4:20: 'late_share_days' must be a whole number "
      "from 0 to 3660, not '3661' []",
      "error wrong-type review.yaml:5:24: 'critical_share_days' must be a whole "
      "number from 0 to 3660, not 'seven' []"},
     [](const Read& r) {
         EXPECT_EQ(r.value.rules.receipt_window_days, 7);
         EXPECT_EQ(r.value.rules.late_share_days, 3);
         EXPECT_EQ(r.value.rules.critical_share_days, 1);
         EXPECT_EQ(r.value.rules.risk_current_days, 3660);
     }},
    {"AnUnknownRuleIsAWarning",
     "format: imr-review/1\nrules:\n  late_share_day: 4\n",
     {"warning unknown-key review.yaml:3:3: unknown key 'late_share_day' in "
      "'rules' [did you mean 'late_share_days'?]"},
     [](const Read& r) { EXPECT_EQ(r.value.rules.late_share_days, 3); }},
};
INSTANTIATE_TEST_SUITE_P(Rules, RegisterReaderError, ::testing::ValuesIn(k_register_rules),
                         imr::test::DiagnosticCaseName{});

TEST(RegisterReader, AHugeNumberIsAWrongTypeNotACrash) {
    const Read r = read("format: imr-review/1\nrules:\n  late_share_days: 99999999999999999999\n");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "wrong-type");
    EXPECT_EQ(r.value.rules.late_share_days, 3);
}

// --- the file ---------------------------------------------------------------------------------

const std::vector<ErrorCase> k_register_the_file = {
    {"AChronologyFormatIsABadFormat",
     "format: imr-chronology/1\n",
     {"error bad-format review.yaml:1:9: a review register's format must be "
      "'imr-review/1', not 'imr-chronology/1' [write 'format: "
      "imr-review/1']"}},
    {"AMissingFormatIsAMissingField",
     "review: East Herts DHR 2014\n",
     {"error missing-field review.yaml:1:1: 'format' is required but "
      "missing [add 'format: imr-review/1']"},
     [](const Read& r) { EXPECT_EQ(r.value.review, "East Herts DHR 2014"); }},
};
INSTANTIATE_TEST_SUITE_P(TheFile, RegisterReaderError, ::testing::ValuesIn(k_register_the_file),
                         imr::test::DiagnosticCaseName{});

TEST(RegisterReader, AnEmptyRegisterIsAnError) {
    const Read r = read("");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "missing-field");
    EXPECT_EQ(r.diagnostics[0].message, "the review register is empty");
    EXPECT_EQ(r.diagnostics[0].hint, "start it with 'format: imr-review/1'");
}

TEST(RegisterReader, JsonRegistersReadTheSame) {
    Diagnostics diagnostics;
    const auto root = read_json(
        R"({"format": "imr-review/1", "parties": [{"id": "M", "aliases": ["Ms M"]}],
            "agencies": [{"id": "CPS"}], "rules": {"late_share_days": 5}})",
        "review.json", diagnostics);
    ASSERT_TRUE(root.has_value());
    const ReviewRegister reg = read_register(*root, "review.json", diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_EQ(reg.parties.size(), 1u);
    EXPECT_EQ(reg.parties[0].aliases, std::vector<std::string>{"Ms M"});
    ASSERT_EQ(reg.agencies.size(), 1u);
    EXPECT_EQ(reg.agencies[0].name, "CPS");
    EXPECT_EQ(reg.rules.late_share_days, 5);
}

}  // namespace
