// The chronology reader (spec section 2): every problem it finds is a diagnostic with
// its code, the line and column of the value at fault, and a message a reviewer can act
// on; a good entry keeps everything the agency wrote, exactly as written.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/chronology_reader.hpp"
#include "load/document_reader.hpp"
#include "model/chronology.hpp"
#include "model/diagnostic.hpp"
#include "model/entry.hpp"
#include "support/chronology_checks.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/reader_results.hpp"

namespace {

using imr::load::read_chronology;
using imr::load::read_json;
using imr::load::read_yaml;
using imr::model::Chronology;
using imr::model::Diagnostic;
using imr::model::Diagnostics;
using imr::model::Entry;
using imr::model::iso_date;
using imr::model::Precision;
using imr::model::RiskLevel;
using imr::model::Share;
using imr::model::SourceLoc;
using imr::test::shown;

using Read = imr::test::ReadResult<Chronology>;

// Reads a YAML chronology named police.yaml; the text must be valid YAML.
Read read(std::string_view yaml) { return imr::test::read_chronology_yaml(yaml, "police.yaml"); }

// Each row: a chronology with a mistake, and exactly the diagnostics it gives.
using ErrorCase = imr::test::DiagnosticCase<Read>;
class ChronologyReaderError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ChronologyReaderError, IsReportedAtTheValue) { imr::test::expect_row(GetParam(), read); }

// The header of every test file; entries begin on line 4.
std::string with_entries(std::string_view entries) {
    return "format: imr-chronology/1\nagency: Police\nentries:\n" + std::string(entries);
}

// --- missing fields --------------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_missing_fields = {
    {"AMissingFormatIsAnErrorAtTheTopOfTheFile",
     "agency: Police\nentries: []\n",
     {"error missing-field police.yaml:1:1: 'format' is required but missing "
      "[add 'format: imr-chronology/1' as the first line]"}},
    {"AMissingAgencyIsAnError",
     "format: imr-chronology/1\nentries: []\n",
     {"error missing-field police.yaml:1:1: 'agency' is required but missing [name "
      "the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
      "Constabulary']"}},
    {"AnEmptyAgencyIsAnErrorOnItsLine",
     "format: imr-chronology/1\nagency:\nentries: []\n",
     {"error missing-field police.yaml:2:1: 'agency' is required but is empty [name "
      "the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
      "Constabulary']"}},
    {"MissingEntriesAreAnError",
     "format: imr-chronology/1\nagency: Police\n",
     {"error missing-field police.yaml:1:1: 'entries' is required but "
      "missing [add 'entries:' with one item per contact (it may be an "
      "empty list: [])]"}},
    {"AnEntryWithoutADateIsAnErrorAtTheEntryAndIsNotKept",
     with_entries("  - summary: Called the police.\n"),
     {"error missing-field police.yaml:4:5: the entry's 'date' is missing "
      "[every entry needs a date; for an unknown date write the year or "
      "'circa 2002']"},
     [](const Read& r) {
         EXPECT_TRUE(r.value.entries.empty());
         EXPECT_EQ(r.value.entry_count, 1);
     }},
    {"AnEmptyDateIsAnErrorOnItsOwnLine",
     with_entries("  - date:\n    summary: Called the police.\n"),
     {"error missing-field police.yaml:4:5: the entry's 'date' is empty "
      "[every entry needs a date; for an unknown date write the year or "
      "'circa 2002']"},
     [](const Read& r) { EXPECT_TRUE(r.value.entries.empty()); }},
    {"AnEntryWithoutASummaryIsAnErrorAndIsNotKept",
     with_entries("  - date: 2 August 2013\n"),
     {"error missing-field police.yaml:4:5: 'summary' is required but "
      "missing [say in a sentence what happened]"},
     [](const Read& r) {
         EXPECT_TRUE(r.value.entries.empty());
         EXPECT_EQ(r.value.entry_count, 1);
     }},
    {"AnEmptySummaryKeyIsAMissingFieldOnItsOwnLine",
     with_entries("  - date: 2 August 2013\n    summary:\n    ref: 1\n"),
     {"error missing-field police.yaml:5:5: 'summary' is required but is "
      "empty [say in a sentence what happened]"}},
    {"ABlankSummaryIsAnEmptySummaryError",
     with_entries("  - date: 2 August 2013\n    summary: \"  \"\n  - date: 2013\n"
                  "    summary: ''\n"),
     {"error empty-summary police.yaml:5:14: the entry's summary is empty [say in a "
      "sentence what happened]",
      "error empty-summary police.yaml:7:14: the entry's summary is empty [say in a "
      "sentence what happened]"},
     [](const Read& r) {
         EXPECT_TRUE(r.value.entries.empty());
         EXPECT_EQ(r.value.entry_count, 2);
     }},
};
INSTANTIATE_TEST_SUITE_P(MissingFields, ChronologyReaderError,
                         ::testing::ValuesIn(k_chronology_missing_fields),
                         imr::test::DiagnosticCaseName{});

TEST(ChronologyReader, AnEmptyListOfEntriesIsFine) {
    const Read r = read(with_entries("  []\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.value.agency, "Police");
    EXPECT_TRUE(r.value.entries.empty());
    EXPECT_EQ(r.value.entry_count, 0);
}

TEST(ChronologyReader, AnEmptyFileIsAnError) {
    const Read r = read("# nothing yet\n");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "missing-field");
    EXPECT_EQ(r.diagnostics[0].message, "the file is empty");
    EXPECT_EQ(r.diagnostics[0].hint,
              "start it with 'format: imr-chronology/1', 'agency:' and 'entries:'");
}

TEST(ChronologyReader, EntriesWithErrorsDoNotStopTheOthers) {
    const Read r =
        read(with_entries("  - summary: no date\n"
                          "  - date: 2013\n"
                          "    summary: kept\n"
                          "  - date: 31 June 2014\n"
                          "    summary: bad date\n"
                          "  - date: 2014\n"
                          "    summary: also kept\n"));
    ASSERT_EQ(r.value.entries.size(), 2u);
    EXPECT_EQ(r.value.entries[0].summary, "kept");
    EXPECT_EQ(r.value.entries[0].index, 0);
    EXPECT_EQ(r.value.entries[0].loc, (SourceLoc{"police.yaml", 5, 5}));
    EXPECT_EQ(r.value.entries[1].summary, "also kept");
    EXPECT_EQ(r.value.entries[1].index, 1);
    EXPECT_EQ(r.value.entry_count, 4);
    EXPECT_EQ(r.diagnostics.size(), 2u);
}

// --- wrong types -----------------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_wrong_types = {
    {"AFileThatIsNotAMappingIsAWrongType",
     "- date: 2013\n  summary: x\n",
     {"error wrong-type police.yaml:1:1: a chronology file must be a "
      "mapping of keys to values, not a list [write it as 'key: value' "
      "lines indented under it]"}},
    {"AListWhereTextBelongsIsAWrongType",
     "format: imr-chronology/1\nagency: [Police, CPS]\nentries: []\n",
     {"error wrong-type police.yaml:2:9: 'agency' must be a single value, not a list "
      "[name the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
      "Constabulary']"}},
    {"AMappingWhereTextBelongsIsAWrongType",
     with_entries("  - date: 2013\n    summary: {what: x}\n"),
     {"error wrong-type police.yaml:5:14: 'summary' must be a single value, "
      "not a mapping of keys to values [say in a sentence what happened]"}},
    {"EntriesThatAreNotAListAreAWrongType",
     "format: imr-chronology/1\nagency: Police\nentries:\n  date: 2013\n",
     {"error wrong-type police.yaml:4:3: 'entries' must be a list, not a "
      "mapping of keys to values [start each entry with '- date: ...']"}},
    {"AnEntryThatIsNotAMappingIsAWrongType",
     with_entries("  - 2 August 2013\n"),
     {"error wrong-type police.yaml:4:5: an entry must be a mapping of keys "
      "to values, not a single value [write it as 'key: value' lines "
      "indented under it]"},
     [](const Read& r) { EXPECT_EQ(r.value.entry_count, 1); }},
    {"AMappingWhereAListBelongsIsAWrongType",
     with_entries("  - date: 2013\n    summary: x\n    parties: {M: victim}\n"),
     {"error wrong-type police.yaml:6:14: 'parties' must be a list, not a "
      "mapping of keys to values [write it as [a, b] or as '- a' lines]"},
     [](const Read& r) {
         // The entry itself is kept: only its required fields decide that.
         EXPECT_EQ(r.value.entries.size(), 1u);
     }},
    {"AListItemThatIsNotTextIsAWrongType",
     with_entries("  - date: 2013\n    summary: x\n    indicators: [injury, [DA]]\n"),
     {"error wrong-type police.yaml:6:26: an item of 'indicators' must be a "
      "single value, not a list []"},
     [](const Read& r) {
         ASSERT_EQ(r.value.entries.size(), 1u);
         EXPECT_EQ(r.value.entries[0].indicators, std::vector<imr::model::Name>{"injury"});
     }},
    {"RiskMustBeAMapping",
     with_entries("  - date: 2013\n    summary: x\n    risk: high\n"),
     {"error wrong-type police.yaml:6:11: 'risk' must be a mapping of keys "
      "to values, not a single value [write it as 'key: value' lines "
      "indented under it]"},
     [](const Read& r) { EXPECT_FALSE(r.value.entries[0].risk.has_value()); }},
    {"ARiskScoreMustBeANumber",
     with_entries("  - date: 2013\n    summary: x\n    risk: {tool: DASH, score: fourteen}\n"),
     {"error wrong-type police.yaml:6:31: 'score' must be a number, not "
      "'fourteen' [write the number only, e.g. 'score: 14']"},
     [](const Read& r) {
         ASSERT_TRUE(r.value.entries[0].risk.has_value());
         EXPECT_FALSE(r.value.entries[0].risk->score.has_value());
         EXPECT_EQ(r.value.entries[0].risk->tool, "DASH");
     }},
    {"AShareThatIsAListIsAWrongType",
     with_entries("  - date: 2013\n    summary: x\n    shared_with: [[CPS]]\n"),
     {"error wrong-type police.yaml:6:19: an item of 'shared_with' must be "
      "an agency name or {agency: ..., about: [...]}, not a list []"},
     [](const Read& r) { EXPECT_TRUE(r.value.entries[0].shared_with.empty()); }},
    {"AShareMappingWithoutAnAgencyIsAMissingField",
     with_entries("  - date: 2013\n    summary: x\n    received_from:\n      - how: phone\n"),
     {"error missing-field police.yaml:7:9: 'agency' is required but "
      "missing [name the agency, e.g. {agency: CPS}]"},
     [](const Read& r) { EXPECT_TRUE(r.value.entries[0].received_from.empty()); }},
    {"AKeyThatIsNotTextIsAWrongType",
     with_entries("  - date: 2013\n    summary: x\n    [a, b]: c\n"),
     {"error wrong-type police.yaml:6:5: a key in an entry is not a plain "
      "name [keys are single words such as 'summary']"}},
};
INSTANTIATE_TEST_SUITE_P(WrongTypes, ChronologyReaderError,
                         ::testing::ValuesIn(k_chronology_wrong_types),
                         imr::test::DiagnosticCaseName{});

TEST(ChronologyReader, ASingleTextWhereAListBelongsIsAListOfOne) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    parties: M\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.value.entries[0].parties, std::vector<imr::model::Name>{"M"});
}

TEST(ChronologyReader, SignificantMustBeTrueOrFalse) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    significant: yes\n"));
    EXPECT_EQ(
        shown(r.diagnostics),
        std::vector<std::string>{"error wrong-type police.yaml:6:18: 'significant' must be true or "
                                 "false, not 'yes' []"});
    const Read list =
        read(with_entries("  - date: 2013\n    summary: x\n    significant: [true]\n"));
    EXPECT_EQ(shown(list.diagnostics),
              std::vector<std::string>{"error wrong-type police.yaml:6:18: "
                                       "'significant' must be true or false []"});
}

// --- keys --------------------------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_keys = {
    {"AMisspeltKeyIsAWarningWithTheNearestKeySuggested",
     with_entries("  - date: 2013\n    summary: x\n    sumary: y\n"),
     {"warning unknown-key police.yaml:6:5: unknown key 'sumary' in an "
      "entry [did you mean 'summary'?]"},
     [](const Read& r) { EXPECT_EQ(r.value.entries.size(), 1u); }},
    {"AMisspeltSummaryIsAWarningAndTheMissingSummaryAnError",
     with_entries("  - date: 2013\n    sumary: y\n"),
     {"warning unknown-key police.yaml:5:5: unknown key 'sumary' in an entry [did "
      "you mean 'summary'?]",
      "error missing-field police.yaml:4:5: 'summary' is required but missing [say "
      "in a sentence what happened]"}},
    {"AKeyWrittenTwiceIsAnErrorNamingTheFirstLine",
     with_entries("  - date: 2013\n    summary: first\n    ref: A1\n    summary: second\n"),
     {"error duplicate-key police.yaml:7:5: 'summary' is written twice in "
      "an entry, first on line 5 [keep one 'summary'; the tool will not "
      "choose between them]"}},
    {"AKeyWrittenTwiceInTheFileIsAnError",
     "format: imr-chronology/1\nagency: Police\nagency: CPS\nentries: []\n",
     {"error duplicate-key police.yaml:3:1: 'agency' is written twice in "
      "the file, first on line 2 [keep one 'agency'; the tool will not "
      "choose between them]"}},
};
INSTANTIATE_TEST_SUITE_P(Keys, ChronologyReaderError, ::testing::ValuesIn(k_chronology_keys),
                         imr::test::DiagnosticCaseName{});

TEST(ChronologyReader, AnUnknownKeyFarFromAnyKnownOneListsTheKnownKeys) {
    const Read r = read(with_entries("  []\nreviewer: Jane\n"));
    EXPECT_EQ(shown(r.diagnostics),
              std::vector<std::string>{
                  "warning unknown-key police.yaml:5:1: unknown key 'reviewer' in the "
                  "file [did you mean 'review'?]"});
    const Read far = read(with_entries("  []\nmoon: full\n"));
    EXPECT_EQ(
        shown(far.diagnostics),
        std::vector<std::string>{"warning unknown-key police.yaml:5:1: unknown key 'moon' in the "
                                 "file [known keys here: format, agency, author, review, covers, "
                                 "date_order, entries]"});
}

TEST(ChronologyReader, ASchemaKeyIsKnown) {
    const Read r =
        read("$schema: ../schemas/imr-chronology.schema.json\n" + with_entries("  []\n"));
    EXPECT_TRUE(r.diagnostics.empty());
}

// --- format --------------------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_format = {
    {"ALaterFormatVersionIsNotSupported",
     "format: imr-chronology/2\nagency: Police\nentries: []\n",
     {"error bad-format police.yaml:1:9: format 'imr-chronology/2' is not "
      "supported by this version of imr [this version reads "
      "'imr-chronology/1']"}},
    {"ARegisterFormatInAChronologyIsABadFormat",
     "format: imr-review/1\nagency: Police\nentries: []\n",
     {"error bad-format police.yaml:1:9: this is a review register, but "
      "its file name makes it a chronology [name the register "
      "review.yaml]"}},
    {"AnyOtherFormatIsABadFormat",
     "format: \"chronology v1\"\nagency: Police\nentries: []\n",
     {"error bad-format police.yaml:1:9: format must be 'imr-chronology/1', "
      "not 'chronology v1' [write 'format: imr-chronology/1']"}},
};
INSTANTIATE_TEST_SUITE_P(Format, ChronologyReaderError, ::testing::ValuesIn(k_chronology_format),
                         imr::test::DiagnosticCaseName{});

// --- dates and times -----------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_dates_and_times = {
    {"ABadPlainDateIsAnErrorWhoseColumnPointsIntoTheText",
     with_entries("  - date: 2 Augst 2013\n    summary: x\n"),
     {"error bad-date police.yaml:4:13: '2 Augst 2013' is not a date [did "
      "you mean August?]"},
     [](const Read& r) { EXPECT_TRUE(r.value.entries.empty()); }},
    {"ABadQuotedDateIsAnErrorWhoseColumnSkipsTheQuote",
     with_entries("  - date: \"2 Augst 2013\"\n    summary: x\n"),
     {"error bad-date police.yaml:4:14: '2 Augst 2013' is not a date [did "
      "you mean August?]"}},
    {"AnImpossibleDateIsAnErrorAtItsStart",
     with_entries("  - date: 31 June 2014\n    summary: x\n"),
     {"error bad-date police.yaml:4:11: '31 June 2014' is not a date [June "
      "has 30 days]"}},
    {"ADateThatIsAListIsABadDate",
     with_entries("  - date: [2013]\n    summary: x\n"),
     {"error bad-date police.yaml:4:11: a date must be written as text, not "
      "a list [write a date such as 2 August 2013]"}},
    {"AnUnknownDateOrderIsABadValue",
     "format: imr-chronology/1\nagency: Police\ndate_order: ymd\nentries: []\n",
     {"error bad-value police.yaml:3:13: date_order must be dmy or mdy, not "
      "'ymd' [dmy reads 02/08/2013 as 2 August 2013, the UK way; mdy as 8 "
      "February 2013]"}},
    {"ACoversPeriodThatEndsBeforeItStartsIsABadDate",
     "format: imr-chronology/1\nagency: Police\ncovers: {from: 3 July 2014, to: 1 May 2013}\n"
     "entries: []\n",
     {"error bad-date police.yaml:3:33: 'covers' ends before it starts ('1 "
      "May 2013' is before '3 July 2014') [swap 'from' and 'to']"},
     [](const Read& r) { EXPECT_FALSE(r.value.covers.has_value()); }},
};
INSTANTIATE_TEST_SUITE_P(DatesAndTimes, ChronologyReaderError,
                         ::testing::ValuesIn(k_chronology_dates_and_times),
                         imr::test::DiagnosticCaseName{});

TEST(ChronologyReader, NumericDatesAreDayFirstByDefault) {
    const Read r = read(with_entries("  - date: 08/02/2013\n    summary: x\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.value.entries.size(), 1u);
    EXPECT_FALSE(r.value.mdy);
    EXPECT_EQ(iso_date(r.value.entries[0].date.start), "2013-02-08");
}

TEST(ChronologyReader, DateOrderMdyReadsNumericDatesMonthFirst) {
    const Read r = read(
        "format: imr-chronology/1\nagency: Police\ndate_order: mdy\n"
        "covers: {from: 01/05/2013, to: 07/03/2014}\n"
        "entries:\n"
        "  - date: 08/02/2013\n    summary: x\n"
        "    shared_with: [{agency: CPS, date: 08/03/2013}]\n");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_TRUE(r.value.mdy);
    ASSERT_EQ(r.value.entries.size(), 1u);
    const Entry& e = r.value.entries[0];
    EXPECT_EQ(iso_date(e.date.start), "2013-08-02");
    EXPECT_EQ(e.date.text, "08/02/2013");
    ASSERT_TRUE(e.shared_with[0].date.has_value());
    EXPECT_EQ(iso_date(e.shared_with[0].date->start), "2013-08-03");
    ASSERT_TRUE(r.value.covers.has_value());
    EXPECT_EQ(iso_date(r.value.covers->from.start), "2013-01-05");
    EXPECT_EQ(iso_date(r.value.covers->to.start), "2014-07-03");
}

TEST(ChronologyReader, ABadTimeIsAnErrorButTheEntryIsKept) {
    const Read r = read(with_entries("  - date: 2013\n    time: 25:99\n    summary: x\n"));
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const Diagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.severity, imr::model::Severity::error);
    EXPECT_EQ(d.code, "bad-time");
    EXPECT_EQ(d.loc, (SourceLoc{"police.yaml", 5, 11}));
    EXPECT_EQ(d.message, "'25:99' is not a time");
    ASSERT_EQ(r.value.entries.size(), 1u);
    EXPECT_EQ(r.value.entries[0].time_text, "25:99");
    EXPECT_FALSE(r.value.entries[0].time.has_value());
}

// --- vocabularies --------------------------------------------------------------------------

const std::vector<ErrorCase> k_chronology_vocabularies = {
    {"AnUnknownTypeIsAWarningWithTheNearestTypeSuggested",
     with_entries("  - date: 2013\n    type: incidnt\n    summary: x\n"),
     {"warning unknown-type police.yaml:5:11: unknown entry type 'incidnt' "
      "[did you mean 'incident'?]"},
     [](const Read& r) {
         EXPECT_EQ(r.value.entries[0].type, "incidnt");  // kept as written
     }},
    {"AnUnknownTypeFarFromAnyListsTheKnownTypes",
     with_entries("  - date: 2013\n    type: phone call\n    summary: x\n"),
     {"warning unknown-type police.yaml:5:11: unknown entry type 'phone "
      "call' [known types: contact, incident, referral, assessment, "
      "disclosure, meeting, court, information-share, other]"}},
    {"AnUnknownRiskLevelIsABadValue",
     with_entries("  - date: 2013\n    summary: x\n    risk: {tool: DASH, level: severe}\n"),
     {"error bad-value police.yaml:6:31: unknown risk level 'severe' [write "
      "standard, low, medium, high or very high]"},
     [](const Read& r) {
         ASSERT_TRUE(r.value.entries[0].risk.has_value());
         EXPECT_FALSE(r.value.entries[0].risk->level.has_value());
     }},
    {"AnUnknownWayOfSharingIsAWarning",
     with_entries("  - date: 2013\n    summary: x\n    shared_with: [{agency: CPS, how: fax}]\n"),
     {"warning unknown-how police.yaml:6:38: unknown way of sharing 'fax' "
      "[write phone, letter, email, meeting, system or other]"},
     [](const Read& r) {
         ASSERT_EQ(r.value.entries[0].shared_with.size(), 1u);
         EXPECT_EQ(r.value.entries[0].shared_with[0].how, "fax");
     }},
};
INSTANTIATE_TEST_SUITE_P(Vocabularies, ChronologyReaderError,
                         ::testing::ValuesIn(k_chronology_vocabularies),
                         imr::test::DiagnosticCaseName{});

TEST(ChronologyReader, TypesAreCaseInsensitive) {
    const Read r =
        read(with_entries("  - date: 2013\n    type: Information-Share\n    summary: x\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.value.entries[0].type, "Information-Share");
}

TEST(ChronologyReader, RiskLevelsAreReadInAnyCase) {
    const Read r =
        read(with_entries("  - date: 2013\n    summary: a\n    risk: {level: Very High}\n"
                          "  - date: 2013\n    summary: b\n    risk: {level: STANDARD}\n"
                          "  - date: 2013\n    summary: c\n    risk: {level: very-high}\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.value.entries.size(), 3u);
    EXPECT_EQ(r.value.entries[0].risk->level, RiskLevel::very_high);
    EXPECT_EQ(r.value.entries[1].risk->level, RiskLevel::standard);
    EXPECT_EQ(r.value.entries[2].risk->level, RiskLevel::very_high);
}

// --- a good entry --------------------------------------------------------------------------

constexpr std::string_view k_full_yaml = R"(format: imr-chronology/1
agency: Hertfordshire Constabulary
author: IMR author, Public Protection Unit
review: East Herts DHR 2014
covers: {from: 1 May 2013, to: 3 July 2014}
entries:
  - date: 2 August 2013
    time: "23:40"
    ref: Incident 0987
    type: incident
    parties: [M, J, neighbour]
    summary: "Neighbour reported an assault by J on M: \"he hit her\"."
    action: DASH completed; file to CPS.
    comment: The IMR questions the CPS decision.
    indicators: [domestic abuse, injury]
    risk: {tool: DASH, level: medium, score: 9, subject: M}
    shared_with:
      - CPS
      - {agency: Children's Services, about: [child-present], date: 3 August 2013, how: Email}
    received_from: [Spectrum]
    significant: true
  - date: circa 2002
    summary: Earlier report, no further action.
)";

constexpr std::string_view k_full_json = R"({
  "format": "imr-chronology/1",
  "agency": "Hertfordshire Constabulary",
  "author": "IMR author, Public Protection Unit",
  "review": "East Herts DHR 2014",
  "covers": {"from": "1 May 2013", "to": "3 July 2014"},
  "entries": [
    {
      "date": "2 August 2013",
      "time": "23:40",
      "ref": "Incident 0987",
      "type": "incident",
      "parties": ["M", "J", "neighbour"],
      "summary": "Neighbour reported an assault by J on M: \"he hit her\".",
      "action": "DASH completed; file to CPS.",
      "comment": "The IMR questions the CPS decision.",
      "indicators": ["domestic abuse", "injury"],
      "risk": {"tool": "DASH", "level": "medium", "score": 9, "subject": "M"},
      "shared_with": [
        "CPS",
        {"agency": "Children's Services", "about": ["child-present"], "date": "3 August 2013", "how": "Email"}
      ],
      "received_from": ["Spectrum"],
      "significant": true
    },
    {"date": "circa 2002", "summary": "Earlier report, no further action."}
  ]
}
)";

TEST(ChronologyReader, AGoodEntryKeepsEveryFieldExactlyAsWritten) {
    const Read r = read(k_full_yaml);
    EXPECT_EQ(shown(r.diagnostics), std::vector<std::string>{});
    const Chronology& c = r.value;
    EXPECT_EQ(c.path, "police.yaml");
    EXPECT_EQ(c.name, "police.yaml");
    EXPECT_EQ(c.agency, "Hertfordshire Constabulary");
    EXPECT_EQ(c.agency_loc, (SourceLoc{"police.yaml", 2, 9}));
    EXPECT_EQ(c.author, "IMR author, Public Protection Unit");
    EXPECT_EQ(c.review, "East Herts DHR 2014");
    EXPECT_EQ(c.review_loc, (SourceLoc{"police.yaml", 4, 9}));
    ASSERT_TRUE(c.covers.has_value());
    EXPECT_EQ(iso_date(c.covers->from.start), "2013-05-01");
    EXPECT_EQ(iso_date(c.covers->to.end), "2014-07-03");
    EXPECT_EQ(c.entry_count, 2);
    ASSERT_EQ(c.entries.size(), 2u);

    const Entry& e = c.entries[0];
    EXPECT_EQ(e.loc, (SourceLoc{"police.yaml", 7, 5}));
    EXPECT_EQ(e.index, 0);
    EXPECT_EQ(e.date.text, "2 August 2013");
    EXPECT_EQ(iso_date(e.date.start), "2013-08-02");
    EXPECT_EQ(iso_date(e.date.end), "2013-08-02");
    EXPECT_EQ(e.date.precision, Precision::day);
    EXPECT_FALSE(e.date.approximate);
    EXPECT_EQ(e.time_text, "23:40");
    ASSERT_TRUE(e.time.has_value());
    EXPECT_EQ(e.time->minutes, 23 * 60 + 40);
    EXPECT_EQ(e.ref, "Incident 0987");
    EXPECT_EQ(e.type, "incident");
    EXPECT_EQ(e.parties, (std::vector<imr::model::Name>{"M", "J", "neighbour"}));
    EXPECT_EQ(e.summary, "Neighbour reported an assault by J on M: \"he hit her\".");
    EXPECT_EQ(e.action, "DASH completed; file to CPS.");
    EXPECT_EQ(e.comment, "The IMR questions the CPS decision.");
    EXPECT_EQ(e.indicators, (std::vector<imr::model::Name>{"domestic abuse", "injury"}));

    ASSERT_TRUE(e.risk.has_value());
    EXPECT_EQ(e.risk->tool, "DASH");
    EXPECT_EQ(e.risk->level, RiskLevel::medium);
    EXPECT_EQ(e.risk->score, "9");
    EXPECT_EQ(e.risk->subject, "M");
    EXPECT_EQ(e.risk->loc, (SourceLoc{"police.yaml", 16, 11}));

    ASSERT_EQ(e.shared_with.size(), 2u);
    const Share& plain = e.shared_with[0];
    EXPECT_EQ(plain.agency, "CPS");
    EXPECT_EQ(plain.loc, (SourceLoc{"police.yaml", 18, 9}));
    EXPECT_TRUE(plain.about.empty());
    EXPECT_FALSE(plain.date.has_value());  // defaults to the entry's date later
    EXPECT_EQ(plain.how, "");
    const Share& detailed = e.shared_with[1];
    EXPECT_EQ(detailed.agency, "Children's Services");
    EXPECT_EQ(detailed.loc, (SourceLoc{"police.yaml", 19, 9}));
    EXPECT_EQ(detailed.about, std::vector<imr::model::Name>{"child-present"});
    ASSERT_TRUE(detailed.date.has_value());
    EXPECT_EQ(detailed.date->text, "3 August 2013");
    EXPECT_EQ(iso_date(detailed.date->start), "2013-08-03");
    EXPECT_EQ(detailed.how, "email");  // the vocabulary is case-insensitive

    ASSERT_EQ(e.received_from.size(), 1u);
    EXPECT_EQ(e.received_from[0].agency, "Spectrum");
    EXPECT_TRUE(e.significant);

    const Entry& second = c.entries[1];
    EXPECT_EQ(second.index, 1);
    EXPECT_EQ(second.date.text, "circa 2002");
    EXPECT_TRUE(second.date.approximate);
    EXPECT_FALSE(second.time.has_value());
    EXPECT_EQ(second.time_text, "");
    EXPECT_TRUE(second.parties.empty());
    EXPECT_FALSE(second.risk.has_value());
    EXPECT_FALSE(second.significant);
}

TEST(ChronologyReader, PlainTextThatLooksLikeANumberIsKeptAsWritten) {
    const Read r =
        read(with_entries("  - date: 2013\n    ref: 0987\n    summary: 1e3\n"
                          "    risk: {score: 14.50}\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.value.entries[0].ref, "0987");
    EXPECT_EQ(r.value.entries[0].summary, "1e3");
    EXPECT_EQ(r.value.entries[0].risk->score, "14.50");
}

// Clears everything that says where a value was written.
Chronology without_positions(Chronology c) {
    c.path.clear();
    c.name.clear();
    c.agency_loc = {};
    c.review_loc = {};
    for (Entry& e : c.entries) {
        e.loc = {};
        if (e.risk) e.risk->loc = {};
        const auto without_places = [](const imr::model::List<Share>& shares) {
            std::vector<Share> out = shares.to_vector();
            for (Share& s : out) s.loc = {};
            return imr::model::List<Share>(out);
        };
        e.shared_with = without_places(e.shared_with);
        e.received_from = without_places(e.received_from);
    }
    return c;
}

TEST(ChronologyReader, JsonAndYamlVersionsGiveTheSameChronology) {
    Diagnostics diagnostics;
    const auto yaml_root = read_yaml(k_full_yaml, "police.yaml", diagnostics);
    const auto json_root = read_json(k_full_json, "police.json", diagnostics);
    ASSERT_TRUE(yaml_root.has_value());
    ASSERT_TRUE(json_root.has_value());
    const Chronology from_yaml =
        without_positions(read_chronology(*yaml_root, "police.yaml", "police.yaml", diagnostics));
    const Chronology from_json =
        without_positions(read_chronology(*json_root, "police.json", "police.json", diagnostics));
    EXPECT_TRUE(diagnostics.empty());
    imr::test::expect_same_chronology(from_json, from_yaml);
}

TEST(ChronologyReader, JsonDiagnosticsHaveTheSameCodesAtTheirOwnPositions) {
    Diagnostics diagnostics;
    const auto root = read_json(
        "{\"format\": \"imr-chronology/1\", \"agency\": \"Police\",\n"
        " \"entries\": [{\"date\": \"2 Augst 2013\", \"sumary\": \"x\"}]}",
        "police.json", diagnostics);
    ASSERT_TRUE(root.has_value());
    read_chronology(*root, "police.json", "police.json", diagnostics);
    EXPECT_EQ(shown(diagnostics),
              (std::vector<std::string>{
                  "warning unknown-key police.json:2:39: unknown key 'sumary' in an entry [did "
                  "you mean 'summary'?]",
                  "error bad-date police.json:2:26: '2 Augst 2013' is not a date [did you mean "
                  "August?]",
                  "error missing-field police.json:2:14: 'summary' is required but missing [say "
                  "in a sentence what happened]"}));
}

// --- (1.1) a date written with its time ------------------------------------------------------

TEST(ChronologyReader, ADateWrittenWithItsTimeGivesTheEntryItsTime) {
    const Read r = read(with_entries("  - date: 02/12/2013 14:05\n    summary: Call.\n"));
    EXPECT_TRUE(r.diagnostics.empty()) << shown(r.diagnostics).front();
    ASSERT_EQ(r.value.entries.size(), 1u);
    const Entry& e = r.value.entries[0];
    ASSERT_TRUE(e.time.has_value());
    EXPECT_EQ(imr::model::to_string(*e.time), "14:05");
    EXPECT_EQ(e.time_text, "14:05");
    EXPECT_EQ(iso_date(e.date.start), "2013-12-02");
}

TEST(ChronologyReader, ATimeThatAgreesWithTheDatesTimeIsFine) {
    const Read r =
        read(with_entries("  - date: 2013-12-02T14:05\n    time: 1405hrs\n    summary: Call.\n"));
    EXPECT_TRUE(r.diagnostics.empty()) << shown(r.diagnostics).front();
}

const std::vector<ErrorCase> k_chronology_a_date_written_with_its_time = {
    {"ATimeThatDisagreesWithTheDatesTimeIsAnError",
     with_entries("  - date: 2 December 2013 at 14:05\n    time: \"15:00\"\n    summary: Call.\n"),
     {"error time-conflict police.yaml:5:11: the time '15:00' disagrees "
      "with the date '2 December 2013 at 14:05', which gives 14:05 [write "
      "the time once, or make the two agree]"},
     [](const Read& r) {
         ASSERT_EQ(r.value.entries.size(), 1u);  // kept, as with any bad time
     }},
};
INSTANTIATE_TEST_SUITE_P(ADateWrittenWithItsTime, ChronologyReaderError,
                         ::testing::ValuesIn(k_chronology_a_date_written_with_its_time),
                         imr::test::DiagnosticCaseName{});

}  // namespace
