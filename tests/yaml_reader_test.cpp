// The YAML reader: every value and key of the positioned tree carries the line and column
// (1-based, in characters) where it is written, and every syntax problem becomes one
// diagnostic with its position.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "load/document_reader.hpp"
#include "load/source_node.hpp"
#include "model/diagnostic.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/source_tree_checks.hpp"

namespace {

using imr::load::DocumentFormat;
using imr::load::read_document;
using imr::load::read_yaml;
using imr::load::SourceNode;
using imr::model::Diagnostics;
using imr::model::Severity;
using imr::test::expect_at;
using imr::test::expect_scalar_at;
using imr::test::expect_values;

using Kind = SourceNode::Kind;
using Style = SourceNode::Style;

// Parses text that must be valid YAML.
SourceNode parse(std::string_view text) {
    return imr::test::parse_valid(read_yaml, text, "t.yaml");
}

// Each row: a text read_yaml refuses, and exactly the one diagnostic it gives.
using ErrorCase = imr::test::DiagnosticCase<Diagnostics>;
class YamlSyntaxError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(YamlSyntaxError, IsReportedWhereItIs) {
    imr::test::expect_refused(read_yaml, GetParam(), "t.yaml");
}

// --- positions -----------------------------------------------------------------------------

TEST(YamlReader, ScalarsAndKeysOfABlockMappingKnowWhereTheyAreWritten) {
    const SourceNode root = parse("agency: Police\nreview:   East Herts\n");
    ASSERT_TRUE(root.is_mapping());
    expect_at(root, 1, 1);
    ASSERT_EQ(root.members.size(), 2u);
    const auto& [key1, value1] = root.members[0];
    expect_scalar_at(key1, "agency", 1, 1);
    expect_scalar_at(value1, "Police", 1, 9);
    const auto& [key2, value2] = root.members[1];
    expect_at(key2, 2, 1);
    expect_scalar_at(value2, "East Herts", 2, 11);
}

TEST(YamlReader, NestedBlockMappingsStartAtTheirFirstKey) {
    const SourceNode root = parse("risk:\n  tool: DASH\n  level: high\n");
    const SourceNode* risk = root.find("risk");
    ASSERT_NE(risk, nullptr);
    ASSERT_TRUE(risk->is_mapping());
    expect_at(*risk, 2, 3);
    expect_at(risk->members[1].first, 3, 3);
    expect_at(risk->members[1].second, 3, 10);
}

TEST(YamlReader, BlockSequencesStartAtTheirFirstDashAndItemsAfterIt) {
    const SourceNode root = parse("entries:\n  - one\n  -   two\n");
    const SourceNode* entries = root.find("entries");
    ASSERT_NE(entries, nullptr);
    ASSERT_TRUE(entries->is_sequence());
    expect_at(*entries, 2, 3);
    ASSERT_EQ(entries->items.size(), 2u);
    expect_at(entries->items[0], 2, 5);
    expect_scalar_at(entries->items[1], "two", 3, 7);
}

TEST(YamlReader, MappingsInsideABlockSequenceStartAtTheirFirstKey) {
    const SourceNode root = parse("- date: 2 August 2013\n  summary: x\n- date: 2014\n");
    ASSERT_TRUE(root.is_sequence());
    ASSERT_EQ(root.items.size(), 2u);
    expect_at(root.items[0], 1, 3);
    expect_at(root.items[0].members[1].first, 2, 3);
    expect_at(root.items[1], 3, 3);
}

TEST(YamlReader, FlowSequencesAndMappingsStartAtTheirBracket) {
    const SourceNode root = parse("parties: [M, J]\nrisk: {tool: DASH, score: 9}\n");
    const SourceNode* parties = root.find("parties");
    ASSERT_NE(parties, nullptr);
    ASSERT_TRUE(parties->is_sequence());
    expect_at(*parties, 1, 10);
    expect_at(parties->items[0], 1, 11);
    expect_at(parties->items[1], 1, 14);
    const SourceNode* risk = root.find("risk");
    ASSERT_NE(risk, nullptr);
    ASSERT_TRUE(risk->is_mapping());
    expect_at(*risk, 2, 7);
    expect_at(risk->members[0].first, 2, 8);
    expect_at(risk->members[0].second, 2, 14);
    expect_at(risk->members[1].first, 2, 20);
    expect_at(risk->members[1].second, 2, 27);
}

TEST(YamlReader, MappingMembersKeepTheirFileOrder) {
    const SourceNode root = parse("z: 1\na: 2\nm: 3\n");
    ASSERT_EQ(root.members.size(), 3u);
    EXPECT_EQ(root.members[0].first.scalar, "z");
    EXPECT_EQ(root.members[1].first.scalar, "a");
    EXPECT_EQ(root.members[2].first.scalar, "m");
}

TEST(YamlReader, ColumnsCountCharactersNotBytes) {
    // "é" and "ï" are two bytes each in UTF-8; an editor puts the value at column 8.
    const SourceNode root = parse("né: naïve\nsummary: é x\n");
    expect_at(root.members[0].second, 1, 5);
    const auto& second = root.members[1].second;
    expect_scalar_at(second, "é x", 2, 10);
    const SourceNode list = parse("[é, ü, x]\n");
    expect_at(list.items[1], 1, 5);
    expect_at(list.items[2], 1, 8);
}

TEST(YamlReader, CrlfLineEndingsGiveTheSameLinesAndColumns) {
    const std::string lf = "agency: Police\nentries:\n  - date: 2013\n    summary: \"x\"\n";
    std::string crlf;
    for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const SourceNode a = parse(lf);
    const SourceNode b = parse(crlf);
    const SourceNode& entry_a = a.find("entries")->items[0];
    const SourceNode& entry_b = b.find("entries")->items[0];
    expect_at(entry_b, entry_a.line, entry_a.column);
    expect_scalar_at(entry_b.members[1].second, "x", 4, 14);
    EXPECT_EQ(b.find("agency")->scalar, "Police");  // no '\r' left in values
}

// --- scalar styles and nulls ---------------------------------------------------------------

TEST(YamlReader, PlainAndQuotedScalarsAreToldApart) {
    const SourceNode root = parse("a: plain text\nb: \"double\"\nc: 'single'\nd: 9\n");
    expect_values(root, {{"a", "plain text"}, {"b", "double"}, {"c", "single"}, {"d", "9"}});
    EXPECT_EQ(root.find("a")->style, Style::plain);
    EXPECT_EQ(root.find("b")->style, Style::quoted);
    EXPECT_EQ(root.find("c")->style, Style::quoted);
    EXPECT_EQ(root.find("d")->style, Style::plain);
}

TEST(YamlReader, AQuotedScalarStartsAtItsOpeningQuote) {
    const SourceNode root = parse("date: \"2 August 2013\"\ntime: '23:40'\n");
    expect_at(*root.find("date"), 1, 7);
    expect_at(*root.find("time"), 2, 7);
}

TEST(YamlReader, EscapesInQuotedScalarsAreDecoded) {
    const SourceNode root = parse("a: \"say \\\"no\\\"\\tnow\"\nb: 'it''s'\nc: \"caf\\u00e9\"\n");
    expect_values(root, {{"a", "say \"no\"\tnow"}, {"b", "it's"}, {"c", "caf\u00e9"}});
}

TEST(YamlReader, KeysCanBeQuoted) {
    const SourceNode root = parse("\"summary\": x\n");
    EXPECT_EQ(root.members[0].first.scalar, "summary");
    EXPECT_EQ(root.members[0].first.style, Style::quoted);
    ASSERT_NE(root.find("summary"), nullptr);
}

TEST(YamlReader, TildeNullAndNothingAreNull) {
    const SourceNode root = parse("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: []\n");
    for (const char* key : {"a", "b", "c", "d", "e"}) {
        ASSERT_NE(root.find(key), nullptr) << key;
        EXPECT_TRUE(root.find(key)->is_null()) << key;
    }
    EXPECT_TRUE(root.find("f")->is_sequence());
    EXPECT_TRUE(root.find("f")->items.empty());
}

TEST(YamlReader, QuotedNullWordsAreText) {
    const SourceNode root = parse("a: \"~\"\nb: 'null'\nc: \"\"\n");
    expect_values(root, {{"a", "~"}, {"b", "null"}, {"c", ""}});
}

TEST(YamlReader, WordsThatMerelyStartLikeNullAreText) {
    const SourceNode root = parse("a: nullify\nb: ~x\n");
    expect_values(root, {{"a", "nullify"}, {"b", "~x"}});
}

TEST(YamlReader, AWrittenNullIsWhereItIsWritten) {
    const SourceNode root = parse("a: ~\nb:   null\n");
    expect_at(*root.find("a"), 1, 4);
    expect_at(*root.find("b"), 2, 6);
}

TEST(YamlReader, AnEmptyValueIsPlacedOnItsKeysLineNotTheNextKeys) {
    // yaml-cpp places an empty value at the token after it: the next key, or the end
    // of the mapping. A diagnostic about it must point at the line where it is missing.
    const SourceNode root = parse("entries:\n  - date:\n    summary:\n    time: 1230\n");
    const SourceNode& entry = root.find("entries")->items[0];
    expect_at(*entry.find("date"), 2, 5);
    expect_at(*entry.find("summary"), 3, 5);
    const SourceNode last = parse("a: 1\nb:\n");
    expect_at(*last.find("b"), 2, 1);
    const SourceNode flow = parse("{a: , b: 1}\n");
    EXPECT_TRUE(flow.find("a")->is_null());
    expect_at(*flow.find("a"), 1, 2);
}

TEST(YamlReader, AnEmptyListItemIsPlacedAtItsDash) {
    const SourceNode root = parse("entries:\n  -\n  - x\n");
    const SourceNode* entries = root.find("entries");
    ASSERT_EQ(entries->items.size(), 2u);
    EXPECT_TRUE(entries->items[0].is_null());
    expect_at(entries->items[0], 2, 3);
    expect_at(entries->items[1], 3, 5);
}

TEST(YamlReader, AnEmptyDocumentIsNull) {
    for (std::string_view text : {"", "\n\n", "# only a comment\n", "---\n"}) {
        Diagnostics diagnostics;
        auto root = read_yaml(text, "t.yaml", diagnostics);
        ASSERT_TRUE(root.has_value()) << text;
        EXPECT_TRUE(root->is_null()) << text;
        EXPECT_TRUE(diagnostics.empty()) << text;
    }
}

// --- anchors and aliases ---------------------------------------------------------------------

TEST(YamlReader, AliasesAreExpandedToCopiesOfTheirAnchor) {
    const SourceNode root = parse(
        "defaults: &risk {tool: DASH, level: high}\n"
        "first: *risk\n"
        "name: &who Ms M\n"
        "parties: [*who, J]\n");
    const SourceNode* first = root.find("first");
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(first->is_mapping());
    EXPECT_EQ(first->find("tool")->scalar, "DASH");
    EXPECT_EQ(first->find("level")->scalar, "high");
    const SourceNode* parties = root.find("parties");
    ASSERT_EQ(parties->items.size(), 2u);
    EXPECT_EQ(parties->items[0].scalar, "Ms M");
    EXPECT_EQ(parties->items[1].scalar, "J");
}

TEST(YamlReader, AnExpandedAliasKeepsThePositionsOfWhatItCopies) {
    // The text is written at the anchor, so that is where a problem in it is.
    const SourceNode root = parse("a: &d 31 June 2014\nb: *d\n");
    expect_at(*root.find("b"), root.find("a")->line, root.find("a")->column);
    EXPECT_EQ(root.find("b")->scalar, "31 June 2014");
}

TEST(YamlReader, BillionLaughsIsRefusedQuickly) {
    std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char prev = static_cast<char>(c - 1);
        text += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 10; ++i) text += std::string(i ? ", " : "") + "*" + prev;
        text += "]\n";
    }
    const auto started = std::chrono::steady_clock::now();
    Diagnostics diagnostics;
    const auto root = read_yaml(text, "t.yaml", diagnostics);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_FALSE(root.has_value());
    ASSERT_EQ(diagnostics.size(), 1u);
    const auto& d = diagnostics.front();
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.code, "too-many-aliases");
    EXPECT_EQ(d.loc.file, "t.yaml");
    // Each alias of level d copies 11,111 values; the eighth on line 5 passes 100,000.
    EXPECT_EQ(d.loc.line, 5);
    EXPECT_EQ(d.loc.column, 36);
    EXPECT_EQ(d.message, "YAML aliases expand to more than 100000 values");
    EXPECT_EQ(d.hint, "write the values out instead of using '*' aliases");
    EXPECT_LT(elapsed, std::chrono::seconds(1));
}

TEST(YamlReader, ModestAliasUseIsWithinTheBudget) {
    std::string text = "a: &a [x, y]\nb:\n";
    for (int i = 0; i < 1000; ++i) text += "  - *a\n";
    const SourceNode root = parse(text);
    EXPECT_EQ(root.find("b")->items.size(), 1000u);
}

// --- syntax errors ---------------------------------------------------------------------------

const std::vector<ErrorCase> k_syntax_errors = {
    {"AnUnclosedQuoteIsAnErrorAtTheOpeningQuote",
     // yaml-cpp on its own would read the rest of the file into the value.
     "agency: Police\nsummary: \"Neighbour called\nentries: []\n",
     {"error syntax t.yaml:2:10: YAML syntax error: this quoted value is never closed [add the "
      "closing quote; everything after it was read as part of the value]"}},
    {"AnUnclosedSingleQuoteIsAnErrorToo",
     "a: 'it''s\nb: 2\n",
     {"error syntax t.yaml:1:4: YAML syntax error: this quoted value is never closed [add the "
      "closing quote; everything after it was read as part of the value]"}},
    {"AnUnclosedQuoteAtTheVeryEndIsAnError",
     "a: \"never closed",
     {"error syntax t.yaml:1:17: YAML syntax error: illegal EOF in scalar [check the YAML syntax "
      "around this line]"}},
    {"BadIndentationIsAnErrorWithLineAndColumn",
     "risk:\n  tool: DASH\n level: high\n",
     {"error syntax t.yaml:3:2: YAML syntax error: end of map not found [check the indentation, "
      "and put quotes around values that contain ': ']"}},
    {"TabIndentationGetsAHintAboutTabs",
     "risk:\n\ttool: DASH\n",
     {"error syntax t.yaml:2:6: YAML syntax error: illegal map value [YAML indentation must use "
      "spaces, not tabs]"}},
    {"AnUnknownEscapeGetsAHintAboutBackslashes",
     // The column: yaml-cpp points just after the escape.
     "path: \"C:\\docs\"\n",
     {"error syntax t.yaml:1:12: YAML syntax error: unknown escape character: d [inside double "
      "quotes write a backslash as \\\\, or use single quotes]"}},
    {"AnUnclosedFlowSequenceIsAnError",
     "parties: [M, J\nsummary: x\n",
     {"error syntax t.yaml:2:8: YAML syntax error: end of sequence flow not found [check the YAML "
      "syntax around this line]"}},
    {"SyntaxErrorColumnsCountCharacters",
     // As for "a: \"x\\q\"", yaml-cpp reports the character after the bad escape.
     "é: \"x\\q\"\n",
     {"error syntax t.yaml:1:8: YAML syntax error: unknown escape character: q [inside double "
      "quotes write a backslash as \\\\, or use single quotes]"}},
    {"ASecondDocumentIsRefused",
     "format: imr-chronology/1\nentries: []\n---\nformat: imr-chronology/1\n",
     {"error syntax t.yaml:4:1: the file holds more than one YAML document [remove the '---' line "
      "and everything after it, or split the file]"}},
};
INSTANTIATE_TEST_SUITE_P(YamlReader, YamlSyntaxError, ::testing::ValuesIn(k_syntax_errors),
                         imr::test::DiagnosticCaseName{});

TEST(YamlReader, ADocumentStartMarkerBeforeTheOnlyDocumentIsFine) {
    const SourceNode root = parse("---\nagency: Police\n");
    expect_scalar_at(*root.find("agency"), "Police", 2, 9);
}

// --- read_document -------------------------------------------------------------------------

TEST(YamlReader, AByteOrderMarkIsAcceptedAndDoesNotShiftColumns) {
    Diagnostics diagnostics;
    const auto root = read_document(
        "\xEF\xBB\xBF"
        "agency: Police\n",
        DocumentFormat::yaml, "t.yaml", diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_TRUE(root.has_value());
    expect_scalar_at(*root->find("agency"), "Police", 1, 9);
    expect_at(root->members[0].first, 1, 1);
}

TEST(YamlReader, InvalidUtf8IsRefusedWithItsPosition) {
    Diagnostics diagnostics;
    const auto root = read_document("agency: Police\nsummary: caf\xE9\n", DocumentFormat::yaml,
                                    "t.yaml", diagnostics);
    EXPECT_FALSE(root.has_value());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "encoding");
    EXPECT_EQ(diagnostics[0].loc.line, 2);
    EXPECT_EQ(diagnostics[0].loc.column, 13);
    EXPECT_EQ(diagnostics[0].message, "the file is not valid UTF-8 text");
}

}  // namespace
