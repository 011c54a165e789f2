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

struct Read {
    Chronology chronology;
    Diagnostics diagnostics;
};

// Reads a YAML chronology named police.yaml; the text must be valid YAML.
Read read(std::string_view yaml) {
    Read result;
    auto root = read_yaml(yaml, "police.yaml", result.diagnostics);
    EXPECT_TRUE(root.has_value()) << "not valid YAML";
    if (root) {
        result.chronology =
            read_chronology(*root, "police.yaml", "police.yaml", result.diagnostics);
    }
    return result;
}

// The header of every test file; entries begin on line 4.
std::string with_entries(std::string_view entries) {
    return "format: imr-chronology/1\nagency: Police\nentries:\n" + std::string(entries);
}

// A diagnostic as one line: "error code file:line:column: message [hint]".
std::string show(const Diagnostic& d) {
    return std::string(imr::model::to_string(d.severity)) + " " + d.code + " " + d.loc.file + ":" +
           std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
           " [" + d.hint + "]";
}

std::vector<std::string> shown(const Read& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(show(d));
    return out;
}

// --- missing fields --------------------------------------------------------------------------

TEST(ChronologyReader, AMissingFormatIsAnErrorAtTheTopOfTheFile) {
    const Read r = read("agency: Police\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:1:1: 'format' is required but missing "
                            "[add 'format: imr-chronology/1' as the first line]"});
}

TEST(ChronologyReader, AMissingAgencyIsAnError) {
    const Read r = read("format: imr-chronology/1\nentries: []\n");
    EXPECT_EQ(shown(r),
              std::vector<std::string>{
                  "error missing-field police.yaml:1:1: 'agency' is required but missing [name "
                  "the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
                  "Constabulary']"});
}

TEST(ChronologyReader, AnEmptyAgencyIsAnErrorOnItsLine) {
    const Read r = read("format: imr-chronology/1\nagency:\nentries: []\n");
    EXPECT_EQ(shown(r),
              std::vector<std::string>{
                  "error missing-field police.yaml:2:1: 'agency' is required but is empty [name "
                  "the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
                  "Constabulary']"});
}

TEST(ChronologyReader, MissingEntriesAreAnError) {
    const Read r = read("format: imr-chronology/1\nagency: Police\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:1:1: 'entries' is required but "
                            "missing [add 'entries:' with one item per contact (it may be an "
                            "empty list: [])]"});
}

TEST(ChronologyReader, AnEmptyListOfEntriesIsFine) {
    const Read r = read(with_entries("  []\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.chronology.agency, "Police");
    EXPECT_TRUE(r.chronology.entries.empty());
    EXPECT_EQ(r.chronology.entry_count, 0);
}

TEST(ChronologyReader, AnEmptyFileIsAnError) {
    const Read r = read("# nothing yet\n");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "missing-field");
    EXPECT_EQ(r.diagnostics[0].message, "the file is empty");
    EXPECT_EQ(r.diagnostics[0].hint,
              "start it with 'format: imr-chronology/1', 'agency:' and 'entries:'");
}

TEST(ChronologyReader, AnEntryWithoutADateIsAnErrorAtTheEntryAndIsNotKept) {
    const Read r = read(with_entries("  - summary: Called the police.\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:4:5: the entry's 'date' is missing "
                            "[every entry needs a date; for an unknown date write the year or "
                            "'circa 2002']"});
    EXPECT_TRUE(r.chronology.entries.empty());
    EXPECT_EQ(r.chronology.entry_count, 1);
}

TEST(ChronologyReader, AnEmptyDateIsAnErrorOnItsOwnLine) {
    const Read r = read(with_entries("  - date:\n    summary: Called the police.\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:4:5: the entry's 'date' is empty "
                            "[every entry needs a date; for an unknown date write the year or "
                            "'circa 2002']"});
    EXPECT_TRUE(r.chronology.entries.empty());
}

TEST(ChronologyReader, AnEntryWithoutASummaryIsAnErrorAndIsNotKept) {
    const Read r = read(with_entries("  - date: 2 August 2013\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:4:5: 'summary' is required but "
                            "missing [say in a sentence what happened]"});
    EXPECT_TRUE(r.chronology.entries.empty());
    EXPECT_EQ(r.chronology.entry_count, 1);
}

TEST(ChronologyReader, AnEmptySummaryKeyIsAMissingFieldOnItsOwnLine) {
    const Read r = read(with_entries("  - date: 2 August 2013\n    summary:\n    ref: 1\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:5:5: 'summary' is required but is "
                            "empty [say in a sentence what happened]"});
}

TEST(ChronologyReader, ABlankSummaryIsAnEmptySummaryError) {
    const Read r =
        read(with_entries("  - date: 2 August 2013\n    summary: \"  \"\n  - date: 2013\n"
                          "    summary: ''\n"));
    EXPECT_EQ(shown(r),
              (std::vector<std::string>{
                  "error empty-summary police.yaml:5:14: the entry's summary is empty [say in a "
                  "sentence what happened]",
                  "error empty-summary police.yaml:7:14: the entry's summary is empty [say in a "
                  "sentence what happened]"}));
    EXPECT_TRUE(r.chronology.entries.empty());
    EXPECT_EQ(r.chronology.entry_count, 2);
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
    ASSERT_EQ(r.chronology.entries.size(), 2u);
    EXPECT_EQ(r.chronology.entries[0].summary, "kept");
    EXPECT_EQ(r.chronology.entries[0].index, 0);
    EXPECT_EQ(r.chronology.entries[0].loc, (SourceLoc{"police.yaml", 5, 5}));
    EXPECT_EQ(r.chronology.entries[1].summary, "also kept");
    EXPECT_EQ(r.chronology.entries[1].index, 1);
    EXPECT_EQ(r.chronology.entry_count, 4);
    EXPECT_EQ(r.diagnostics.size(), 2u);
}

// --- wrong types -----------------------------------------------------------------------------

TEST(ChronologyReader, AFileThatIsNotAMappingIsAWrongType) {
    const Read r = read("- date: 2013\n  summary: x\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:1:1: a chronology file must be a "
                            "mapping of keys to values, not a list [write it as 'key: value' "
                            "lines indented under it]"});
}

TEST(ChronologyReader, AListWhereTextBelongsIsAWrongType) {
    const Read r = read("format: imr-chronology/1\nagency: [Police, CPS]\nentries: []\n");
    EXPECT_EQ(shown(r),
              std::vector<std::string>{
                  "error wrong-type police.yaml:2:9: 'agency' must be a single value, not a list "
                  "[name the agency that wrote this chronology, e.g. 'agency: Hertfordshire "
                  "Constabulary']"});
}

TEST(ChronologyReader, AMappingWhereTextBelongsIsAWrongType) {
    const Read r = read(with_entries("  - date: 2013\n    summary: {what: x}\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:5:14: 'summary' must be a single value, "
                            "not a mapping of keys to values [say in a sentence what happened]"});
}

TEST(ChronologyReader, EntriesThatAreNotAListAreAWrongType) {
    const Read r = read("format: imr-chronology/1\nagency: Police\nentries:\n  date: 2013\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:4:3: 'entries' must be a list, not a "
                            "mapping of keys to values [start each entry with '- date: ...']"});
}

TEST(ChronologyReader, AnEntryThatIsNotAMappingIsAWrongType) {
    const Read r = read(with_entries("  - 2 August 2013\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:4:5: an entry must be a mapping of keys "
                            "to values, not a single value [write it as 'key: value' lines "
                            "indented under it]"});
    EXPECT_EQ(r.chronology.entry_count, 1);
}

TEST(ChronologyReader, AMappingWhereAListBelongsIsAWrongType) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    parties: {M: victim}\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:14: 'parties' must be a list, not a "
                            "mapping of keys to values [write it as [a, b] or as '- a' lines]"});
    // The entry itself is kept: only its required fields decide that.
    EXPECT_EQ(r.chronology.entries.size(), 1u);
}

TEST(ChronologyReader, AListItemThatIsNotTextIsAWrongType) {
    const Read r =
        read(with_entries("  - date: 2013\n    summary: x\n    indicators: [injury, [DA]]\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:26: an item of 'indicators' must be a "
                            "single value, not a list []"});
    ASSERT_EQ(r.chronology.entries.size(), 1u);
    EXPECT_EQ(r.chronology.entries[0].indicators, std::vector<imr::model::Name>{"injury"});
}

TEST(ChronologyReader, ASingleTextWhereAListBelongsIsAListOfOne) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    parties: M\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.chronology.entries[0].parties, std::vector<imr::model::Name>{"M"});
}

TEST(ChronologyReader, SignificantMustBeTrueOrFalse) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    significant: yes\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:18: 'significant' must be true or "
                            "false, not 'yes' []"});
    const Read list =
        read(with_entries("  - date: 2013\n    summary: x\n    significant: [true]\n"));
    EXPECT_EQ(shown(list), std::vector<std::string>{"error wrong-type police.yaml:6:18: "
                                                    "'significant' must be true or false []"});
}

TEST(ChronologyReader, RiskMustBeAMapping) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    risk: high\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:11: 'risk' must be a mapping of keys "
                            "to values, not a single value [write it as 'key: value' lines "
                            "indented under it]"});
    EXPECT_FALSE(r.chronology.entries[0].risk.has_value());
}

TEST(ChronologyReader, ARiskScoreMustBeANumber) {
    const Read r = read(
        with_entries("  - date: 2013\n    summary: x\n    risk: {tool: DASH, score: fourteen}\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:31: 'score' must be a number, not "
                            "'fourteen' [write the number only, e.g. 'score: 14']"});
    ASSERT_TRUE(r.chronology.entries[0].risk.has_value());
    EXPECT_FALSE(r.chronology.entries[0].risk->score.has_value());
    EXPECT_EQ(r.chronology.entries[0].risk->tool, "DASH");
}

TEST(ChronologyReader, AShareThatIsAListIsAWrongType) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    shared_with: [[CPS]]\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:19: an item of 'shared_with' must be "
                            "an agency name or {agency: ..., about: [...]}, not a list []"});
    EXPECT_TRUE(r.chronology.entries[0].shared_with.empty());
}

TEST(ChronologyReader, AShareMappingWithoutAnAgencyIsAMissingField) {
    const Read r = read(
        with_entries("  - date: 2013\n    summary: x\n    received_from:\n      - how: phone\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error missing-field police.yaml:7:9: 'agency' is required but "
                            "missing [name the agency, e.g. {agency: CPS}]"});
    EXPECT_TRUE(r.chronology.entries[0].received_from.empty());
}

TEST(ChronologyReader, AKeyThatIsNotTextIsAWrongType) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    [a, b]: c\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error wrong-type police.yaml:6:5: a key in an entry is not a plain "
                            "name [keys are single words such as 'summary']"});
}

// --- keys --------------------------------------------------------------------------------------

TEST(ChronologyReader, AMisspeltKeyIsAWarningWithTheNearestKeySuggested) {
    const Read r = read(with_entries("  - date: 2013\n    summary: x\n    sumary: y\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "warning unknown-key police.yaml:6:5: unknown key 'sumary' in an "
                            "entry [did you mean 'summary'?]"});
    EXPECT_EQ(r.chronology.entries.size(), 1u);
}

TEST(ChronologyReader, AMisspeltSummaryIsAWarningAndTheMissingSummaryAnError) {
    const Read r = read(with_entries("  - date: 2013\n    sumary: y\n"));
    EXPECT_EQ(shown(r),
              (std::vector<std::string>{
                  "warning unknown-key police.yaml:5:5: unknown key 'sumary' in an entry [did "
                  "you mean 'summary'?]",
                  "error missing-field police.yaml:4:5: 'summary' is required but missing [say "
                  "in a sentence what happened]"}));
}

TEST(ChronologyReader, AnUnknownKeyFarFromAnyKnownOneListsTheKnownKeys) {
    const Read r = read(with_entries("  []\nreviewer: Jane\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "warning unknown-key police.yaml:5:1: unknown key 'reviewer' in the "
                            "file [did you mean 'review'?]"});
    const Read far = read(with_entries("  []\nmoon: full\n"));
    EXPECT_EQ(shown(far), std::vector<std::string>{
                              "warning unknown-key police.yaml:5:1: unknown key 'moon' in the "
                              "file [known keys here: format, agency, author, review, covers, "
                              "date_order, entries]"});
}

TEST(ChronologyReader, ASchemaKeyIsKnown) {
    const Read r =
        read("$schema: ../schemas/imr-chronology.schema.json\n" + with_entries("  []\n"));
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ChronologyReader, AKeyWrittenTwiceIsAnErrorNamingTheFirstLine) {
    const Read r = read(
        with_entries("  - date: 2013\n    summary: first\n    ref: A1\n    summary: second\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error duplicate-key police.yaml:7:5: 'summary' is written twice in "
                            "an entry, first on line 5 [keep one 'summary'; the tool will not "
                            "choose between them]"});
}

TEST(ChronologyReader, AKeyWrittenTwiceInTheFileIsAnError) {
    const Read r = read("format: imr-chronology/1\nagency: Police\nagency: CPS\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error duplicate-key police.yaml:3:1: 'agency' is written twice in "
                            "the file, first on line 2 [keep one 'agency'; the tool will not "
                            "choose between them]"});
}

// --- format --------------------------------------------------------------------------------

TEST(ChronologyReader, ALaterFormatVersionIsNotSupported) {
    const Read r = read("format: imr-chronology/2\nagency: Police\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-format police.yaml:1:9: format 'imr-chronology/2' is not "
                            "supported by this version of imr [this version reads "
                            "'imr-chronology/1']"});
}

TEST(ChronologyReader, ARegisterFormatInAChronologyIsABadFormat) {
    const Read r = read("format: imr-review/1\nagency: Police\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-format police.yaml:1:9: this is a review register, but "
                            "its file name makes it a chronology [name the register "
                            "review.yaml]"});
}

TEST(ChronologyReader, AnyOtherFormatIsABadFormat) {
    const Read r = read("format: \"chronology v1\"\nagency: Police\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-format police.yaml:1:9: format must be 'imr-chronology/1', "
                            "not 'chronology v1' [write 'format: imr-chronology/1']"});
}

// --- dates and times -----------------------------------------------------------------------

TEST(ChronologyReader, ABadPlainDateIsAnErrorWhoseColumnPointsIntoTheText) {
    const Read r = read(with_entries("  - date: 2 Augst 2013\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-date police.yaml:4:13: '2 Augst 2013' is not a date [did "
                            "you mean August?]"});
    EXPECT_TRUE(r.chronology.entries.empty());
}

TEST(ChronologyReader, ABadQuotedDateIsAnErrorWhoseColumnSkipsTheQuote) {
    const Read r = read(with_entries("  - date: \"2 Augst 2013\"\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-date police.yaml:4:14: '2 Augst 2013' is not a date [did "
                            "you mean August?]"});
}

TEST(ChronologyReader, AnImpossibleDateIsAnErrorAtItsStart) {
    const Read r = read(with_entries("  - date: 31 June 2014\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-date police.yaml:4:11: '31 June 2014' is not a date [June "
                            "has 30 days]"});
}

TEST(ChronologyReader, ADateThatIsAListIsABadDate) {
    const Read r = read(with_entries("  - date: [2013]\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-date police.yaml:4:11: a date must be written as text, not "
                            "a list [write a date such as 2 August 2013]"});
}

TEST(ChronologyReader, NumericDatesAreDayFirstByDefault) {
    const Read r = read(with_entries("  - date: 08/02/2013\n    summary: x\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.chronology.entries.size(), 1u);
    EXPECT_FALSE(r.chronology.mdy);
    EXPECT_EQ(iso_date(r.chronology.entries[0].date.start), "2013-02-08");
}

TEST(ChronologyReader, DateOrderMdyReadsNumericDatesMonthFirst) {
    const Read r = read(
        "format: imr-chronology/1\nagency: Police\ndate_order: mdy\n"
        "covers: {from: 01/05/2013, to: 07/03/2014}\n"
        "entries:\n"
        "  - date: 08/02/2013\n    summary: x\n"
        "    shared_with: [{agency: CPS, date: 08/03/2013}]\n");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_TRUE(r.chronology.mdy);
    ASSERT_EQ(r.chronology.entries.size(), 1u);
    const Entry& e = r.chronology.entries[0];
    EXPECT_EQ(iso_date(e.date.start), "2013-08-02");
    EXPECT_EQ(e.date.text, "08/02/2013");
    ASSERT_TRUE(e.shared_with[0].date.has_value());
    EXPECT_EQ(iso_date(e.shared_with[0].date->start), "2013-08-03");
    ASSERT_TRUE(r.chronology.covers.has_value());
    EXPECT_EQ(iso_date(r.chronology.covers->from.start), "2013-01-05");
    EXPECT_EQ(iso_date(r.chronology.covers->to.start), "2014-07-03");
}

TEST(ChronologyReader, AnUnknownDateOrderIsABadValue) {
    const Read r = read("format: imr-chronology/1\nagency: Police\ndate_order: ymd\nentries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-value police.yaml:3:13: date_order must be dmy or mdy, not "
                            "'ymd' [dmy reads 02/08/2013 as 2 August 2013, the UK way; mdy as 8 "
                            "February 2013]"});
}

TEST(ChronologyReader, ABadTimeIsAnErrorButTheEntryIsKept) {
    const Read r = read(with_entries("  - date: 2013\n    time: 25:99\n    summary: x\n"));
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const Diagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.severity, imr::model::Severity::error);
    EXPECT_EQ(d.code, "bad-time");
    EXPECT_EQ(d.loc, (SourceLoc{"police.yaml", 5, 11}));
    EXPECT_EQ(d.message, "'25:99' is not a time");
    ASSERT_EQ(r.chronology.entries.size(), 1u);
    EXPECT_EQ(r.chronology.entries[0].time_text, "25:99");
    EXPECT_FALSE(r.chronology.entries[0].time.has_value());
}

TEST(ChronologyReader, ACoversPeriodThatEndsBeforeItStartsIsABadDate) {
    const Read r = read(
        "format: imr-chronology/1\nagency: Police\ncovers: {from: 3 July 2014, to: 1 May 2013}\n"
        "entries: []\n");
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-date police.yaml:3:33: 'covers' ends before it starts ('1 "
                            "May 2013' is before '3 July 2014') [swap 'from' and 'to']"});
    EXPECT_FALSE(r.chronology.covers.has_value());
}

// --- vocabularies --------------------------------------------------------------------------

TEST(ChronologyReader, AnUnknownTypeIsAWarningWithTheNearestTypeSuggested) {
    const Read r = read(with_entries("  - date: 2013\n    type: incidnt\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "warning unknown-type police.yaml:5:11: unknown entry type 'incidnt' "
                            "[did you mean 'incident'?]"});
    EXPECT_EQ(r.chronology.entries[0].type, "incidnt");  // kept as written
}

TEST(ChronologyReader, AnUnknownTypeFarFromAnyListsTheKnownTypes) {
    const Read r = read(with_entries("  - date: 2013\n    type: phone call\n    summary: x\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "warning unknown-type police.yaml:5:11: unknown entry type 'phone "
                            "call' [known types: contact, incident, referral, assessment, "
                            "disclosure, meeting, court, information-share, other]"});
}

TEST(ChronologyReader, TypesAreCaseInsensitive) {
    const Read r =
        read(with_entries("  - date: 2013\n    type: Information-Share\n    summary: x\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.chronology.entries[0].type, "Information-Share");
}

TEST(ChronologyReader, AnUnknownRiskLevelIsABadValue) {
    const Read r = read(
        with_entries("  - date: 2013\n    summary: x\n    risk: {tool: DASH, level: severe}\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error bad-value police.yaml:6:31: unknown risk level 'severe' [write "
                            "standard, low, medium, high or very high]"});
    ASSERT_TRUE(r.chronology.entries[0].risk.has_value());
    EXPECT_FALSE(r.chronology.entries[0].risk->level.has_value());
}

TEST(ChronologyReader, RiskLevelsAreReadInAnyCase) {
    const Read r =
        read(with_entries("  - date: 2013\n    summary: a\n    risk: {level: Very High}\n"
                          "  - date: 2013\n    summary: b\n    risk: {level: STANDARD}\n"
                          "  - date: 2013\n    summary: c\n    risk: {level: very-high}\n"));
    EXPECT_TRUE(r.diagnostics.empty());
    ASSERT_EQ(r.chronology.entries.size(), 3u);
    EXPECT_EQ(r.chronology.entries[0].risk->level, RiskLevel::very_high);
    EXPECT_EQ(r.chronology.entries[1].risk->level, RiskLevel::standard);
    EXPECT_EQ(r.chronology.entries[2].risk->level, RiskLevel::very_high);
}

TEST(ChronologyReader, AnUnknownWayOfSharingIsAWarning) {
    const Read r = read(with_entries(
        "  - date: 2013\n    summary: x\n    shared_with: [{agency: CPS, how: fax}]\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "warning unknown-how police.yaml:6:38: unknown way of sharing 'fax' "
                            "[write phone, letter, email, meeting, system or other]"});
    ASSERT_EQ(r.chronology.entries[0].shared_with.size(), 1u);
    EXPECT_EQ(r.chronology.entries[0].shared_with[0].how, "fax");
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
    EXPECT_EQ(shown(r), std::vector<std::string>{});
    const Chronology& c = r.chronology;
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
    EXPECT_EQ(r.chronology.entries[0].ref, "0987");
    EXPECT_EQ(r.chronology.entries[0].summary, "1e3");
    EXPECT_EQ(r.chronology.entries[0].risk->score, "14.50");
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
    EXPECT_EQ(from_json.agency, from_yaml.agency);
    EXPECT_EQ(from_json.author, from_yaml.author);
    EXPECT_EQ(from_json.review, from_yaml.review);
    EXPECT_EQ(from_json.covers, from_yaml.covers);
    EXPECT_EQ(from_json.mdy, from_yaml.mdy);
    EXPECT_EQ(from_json.entry_count, from_yaml.entry_count);
    ASSERT_EQ(from_json.entries.size(), from_yaml.entries.size());
    for (std::size_t i = 0; i < from_yaml.entries.size(); ++i) {
        EXPECT_EQ(from_json.entries[i], from_yaml.entries[i]) << "entry " << i;
    }
}

TEST(ChronologyReader, JsonDiagnosticsHaveTheSameCodesAtTheirOwnPositions) {
    Diagnostics diagnostics;
    const auto root = read_json(
        "{\"format\": \"imr-chronology/1\", \"agency\": \"Police\",\n"
        " \"entries\": [{\"date\": \"2 Augst 2013\", \"sumary\": \"x\"}]}",
        "police.json", diagnostics);
    ASSERT_TRUE(root.has_value());
    read_chronology(*root, "police.json", "police.json", diagnostics);
    Read r;
    r.diagnostics = diagnostics;
    EXPECT_EQ(shown(r),
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
    EXPECT_TRUE(r.diagnostics.empty()) << shown(r).front();
    ASSERT_EQ(r.chronology.entries.size(), 1u);
    const Entry& e = r.chronology.entries[0];
    ASSERT_TRUE(e.time.has_value());
    EXPECT_EQ(imr::model::to_string(*e.time), "14:05");
    EXPECT_EQ(e.time_text, "14:05");
    EXPECT_EQ(iso_date(e.date.start), "2013-12-02");
}

TEST(ChronologyReader, ATimeThatAgreesWithTheDatesTimeIsFine) {
    const Read r =
        read(with_entries("  - date: 2013-12-02T14:05\n    time: 1405hrs\n    summary: Call.\n"));
    EXPECT_TRUE(r.diagnostics.empty()) << shown(r).front();
}

TEST(ChronologyReader, ATimeThatDisagreesWithTheDatesTimeIsAnError) {
    const Read r = read(with_entries(
        "  - date: 2 December 2013 at 14:05\n    time: \"15:00\"\n    summary: Call.\n"));
    EXPECT_EQ(shown(r), std::vector<std::string>{
                            "error time-conflict police.yaml:5:11: the time '15:00' disagrees "
                            "with the date '2 December 2013 at 14:05', which gives 14:05 [write "
                            "the time once, or make the two agree]"});
    ASSERT_EQ(r.chronology.entries.size(), 1u);  // kept, as with any bad time
}

}  // namespace
