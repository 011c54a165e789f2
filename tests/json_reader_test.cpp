// The JSON reader: one strict parser that counts lines and columns as it reads. Every kind
// of value must land on the line and column where it is written, and every syntax error
// must say where it is, what was expected and found, and how to fix it.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "load/document_reader.hpp"
#include "load/source_node.hpp"
#include "model/diagnostic.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/nlohmann_oracle.hpp"
#include "support/source_tree_checks.hpp"

namespace {

using imr::load::DocumentFormat;
using imr::load::read_document;
using imr::load::read_json;
using imr::load::SourceNode;
using imr::model::Diagnostic;
using imr::model::Diagnostics;
using imr::test::expect_at;
using imr::test::expect_scalar_at;

using Style = SourceNode::Style;

// Parses text that must be valid JSON.
SourceNode parse(std::string_view text) {
    return imr::test::parse_valid(read_json, text, "t.json");
}

// Parses text that must be refused with exactly one diagnostic, and returns it.
Diagnostic refuse(std::string_view text) { return imr::test::refuse(read_json, text, "t.json"); }

// Each row: a text read_json refuses, and exactly the one diagnostic it gives.
using ErrorCase = imr::test::DiagnosticCase<Diagnostics>;
class JsonSyntaxError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(JsonSyntaxError, IsReportedWhereItIs) {
    imr::test::expect_refused(read_json, GetParam(), "t.json");
}

// --- positions -----------------------------------------------------------------------------

TEST(JsonReader, KeysAndStringsStartAtTheirOpeningQuote) {
    const SourceNode root = parse(R"({"agency": "Police", "review":"R"})");
    ASSERT_TRUE(root.is_mapping());
    expect_at(root, 1, 1);
    ASSERT_EQ(root.members.size(), 2u);
    expect_scalar_at(root.members[0].first, "agency", 1, 2);
    expect_scalar_at(root.members[0].second, "Police", 1, 12);
    expect_at(root.members[1].first, 1, 22);
    expect_at(root.members[1].second, 1, 31);
}

TEST(JsonReader, StringsWithEscapedQuotesAndBackslashesStartAtTheirOpeningQuote) {
    const SourceNode root = parse(R"(["a\"b", "c\\", "\\\"", "", "x"])");
    ASSERT_EQ(root.items.size(), 5u);
    expect_scalar_at(root.items[0], "a\"b", 1, 2);
    expect_scalar_at(root.items[1], "c\\", 1, 10);
    expect_scalar_at(root.items[2], "\\\"", 1, 17);
    expect_scalar_at(root.items[3], "", 1, 25);
    expect_at(root.items[4], 1, 29);
}

TEST(JsonReader, KeysWithEscapedQuotesStartAtTheirOpeningQuote) {
    const SourceNode root = parse(R"({"say \"hi\"": 1, "b": 2})");
    expect_scalar_at(root.members[0].first, "say \"hi\"", 1, 2);
    expect_at(root.members[0].second, 1, 16);
    expect_at(root.members[1].first, 1, 19);
}

TEST(JsonReader, NumbersArePlacedWhateverFollowsThem) {
    // The lexer reads one character past a number; each follower is a separate case.
    const SourceNode root = parse("{\"a\": 12, \"b\": [3], \"c\": 45 , \"d\": 6\n}");
    expect_scalar_at(*root.find("a"), "12", 1, 7);
    expect_scalar_at(root.find("b")->items[0], "3", 1, 17);
    expect_scalar_at(*root.find("c"), "45", 1, 26);
    expect_scalar_at(*root.find("d"), "6", 1, 36);
}

TEST(JsonReader, ANumberFollowedByAClosingBraceIsPlaced) {
    const SourceNode root = parse(R"({"score":9})");
    expect_scalar_at(*root.find("score"), "9", 1, 10);
}

TEST(JsonReader, ANumberAtTheEndOfTheFileIsPlaced) {
    const SourceNode root = parse("  42");
    ASSERT_TRUE(root.is_scalar());
    expect_scalar_at(root, "42", 1, 3);
}

TEST(JsonReader, NumbersKeepTheirWrittenForm) {
    const SourceNode root = parse("[1.5e+3, -0, 2E-2, 14.50]");
    ASSERT_EQ(root.items.size(), 4u);
    expect_scalar_at(root.items[0], "1.5e+3", 1, 2);
    expect_scalar_at(root.items[1], "-0", 1, 10);
    expect_scalar_at(root.items[2], "2E-2", 1, 14);
    EXPECT_EQ(root.items[3].scalar, "14.50");
    EXPECT_EQ(root.items[3].style, Style::plain);
}

TEST(JsonReader, TrueFalseAndNullArePlaced) {
    const SourceNode root = parse("[true, false,null ,\n  true]");
    ASSERT_EQ(root.items.size(), 4u);
    EXPECT_TRUE(root.items[0].is_scalar());
    EXPECT_EQ(root.items[0].scalar, "true");
    EXPECT_EQ(root.items[0].style, Style::plain);
    expect_at(root.items[0], 1, 2);
    expect_scalar_at(root.items[1], "false", 1, 8);
    EXPECT_TRUE(root.items[2].is_null());
    expect_at(root.items[2], 1, 14);
    expect_at(root.items[3], 2, 3);
}

TEST(JsonReader, NestedObjectsAndArraysStartAtTheirBracket) {
    const SourceNode root = parse(
        "{\n"
        "  \"entries\": [\n"
        "    {\"date\": \"2013\", \"parties\": [\"M\", \"J\"]},\n"
        "    {}\n"
        "  ]\n"
        "}\n");
    expect_at(root, 1, 1);
    const SourceNode* entries = root.find("entries");
    ASSERT_NE(entries, nullptr);
    ASSERT_TRUE(entries->is_sequence());
    expect_at(*entries, 2, 14);
    ASSERT_EQ(entries->items.size(), 2u);
    const SourceNode& first = entries->items[0];
    ASSERT_TRUE(first.is_mapping());
    expect_at(first, 3, 5);
    expect_at(first.members[0].first, 3, 6);
    const SourceNode* parties = first.find("parties");
    ASSERT_NE(parties, nullptr);
    expect_at(*parties, 3, 33);
    expect_at(parties->items[1], 3, 39);
    ASSERT_TRUE(entries->items[1].is_mapping());
    EXPECT_TRUE(entries->items[1].members.empty());
    expect_at(entries->items[1], 4, 5);
}

TEST(JsonReader, StringsAreQuotedAndEverythingElseIsPlain) {
    const SourceNode root = parse(R"({"a": "9", "b": 9, "c": "true", "d": true})");
    EXPECT_EQ(root.find("a")->style, Style::quoted);
    EXPECT_EQ(root.find("b")->style, Style::plain);
    EXPECT_EQ(root.find("c")->style, Style::quoted);
    EXPECT_EQ(root.find("d")->style, Style::plain);
    EXPECT_EQ(root.members[0].first.style, Style::quoted);
}

TEST(JsonReader, ColumnsCountCharactersNotBytes) {
    const SourceNode root = parse("{\"pr\u00e9nom\": \"Zo\u00eb\", \"\u20ac\": 5}");
    expect_at(root.members[0].first, 1, 2);
    expect_scalar_at(root.members[0].second, "Zo\u00eb", 1, 12);
    expect_at(root.members[1].first, 1, 19);
    expect_at(root.members[1].second, 1, 24);
}

TEST(JsonReader, UnicodeEscapesAreDecodedAndDoNotShiftPositions) {
    const SourceNode root = parse(R"({"a": "caf\u00e9", "b": 1})");
    EXPECT_EQ(root.find("a")->scalar, "caf\u00e9");
    expect_at(*root.find("b"), 1, 25);
}

TEST(JsonReader, CrlfLineEndingsGiveTheSameLines) {
    const SourceNode root = parse("{\r\n  \"a\": 1,\r\n  \"b\": \"x\"\r\n}\r\n");
    expect_at(*root.find("a"), 2, 8);
    expect_at(*root.find("b"), 3, 8);
}

TEST(JsonReader, AByteOrderMarkIsAcceptedAndDoesNotShiftColumns) {
    Diagnostics diagnostics;
    const auto root =
        read_document("\xEF\xBB\xBF{\"a\": 1}", DocumentFormat::json, "t.json", diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    ASSERT_TRUE(root.has_value());
    expect_at(*root, 1, 1);
    expect_at(*root->find("a"), 1, 7);
}

// --- empty files ---------------------------------------------------------------------------

TEST(JsonReader, AnEmptyFileIsAnEmptyDocumentAsInYaml) {
    // The chronology reader then says "the file is empty", which helps more than
    // "unexpected end of input".
    for (std::string_view text : {"", "  \n\t\r\n"}) {
        Diagnostics diagnostics;
        const auto root = read_json(text, "t.json", diagnostics);
        ASSERT_TRUE(root.has_value());
        EXPECT_TRUE(root->is_null());
        EXPECT_TRUE(diagnostics.empty());
    }
}

// --- syntax errors -------------------------------------------------------------------------

const std::vector<ErrorCase> k_syntax_errors = {
    {"ATrailingCommaInAnObjectIsASyntaxErrorAtTheBrace",
     "{\n  \"agency\": \"Police\",\n}\n",
     {"error syntax t.json:3:1: JSON syntax error: expected a key in double quotes, found '}' "
      "[remove the comma after the last item]"}},
    {"ATrailingCommaInAnArrayIsASyntaxErrorAtTheBracket",
     R"({"parties": ["M", "J",], "b": 2})",
     {"error syntax t.json:1:23: JSON syntax error: expected a value (text in double quotes, a "
      "number, true, false, null, '[' or '{'), found ']' [remove the comma after the last item]"}},
    {"SingleQuotesAreASyntaxErrorWithAHint",
     "{\"agency\": 'Police'}",
     {"error syntax t.json:1:12: JSON syntax error: expected a value (text in double quotes, a "
      "number, true, false, null, '[' or '{'), found a single quote [JSON strings need double "
      "quotes]"}},
    {"SingleQuotedKeysAreASyntaxErrorWithAHint",
     "{'agency': \"Police\"}",
     {"error syntax t.json:1:2: JSON syntax error: expected a key in double quotes, found a single "
      "quote [JSON strings need double quotes]"}},
    {"AMissingColonIsASyntaxErrorAtTheValue",
     // The column is the start of the unexpected text.
     "{\n  \"agency\" \"Police\"\n}",
     {"error syntax t.json:2:12: JSON syntax error: expected ':' after the key, found text in "
      "double quotes [write a colon after each key]"}},
    {"AMissingCommaIsASyntaxErrorAtTheNextKey",
     // The column is the start of "b".
     "{\"a\": \"x\"\n \"b\": 1}",
     {"error syntax t.json:2:2: JSON syntax error: expected ',' or '}' after the value, found text "
      "in double quotes [put a comma between items]"}},
    {"ATruncatedFileIsASyntaxErrorAtItsEnd",
     "{\"agency\": \"Police\",\n \"entries\": [\n   {\"date\": \"2013\"",
     {"error syntax t.json:3:19: JSON syntax error: expected ',' or '}' after the value, found the "
      "end of the file [the file ends too early: check that every { and [ is closed]"}},
    {"SyntaxErrorColumnsCountCharacters",
     "{\"\u00e9\u00e9\": 1,}",
     {"error syntax t.json:1:10: JSON syntax error: expected a key in double quotes, found '}' "
      "[remove the comma after the last item]"}},
    {"TextAfterTheValueIsASyntaxError",
     "{\"a\": 1}\n{\"b\": 2}",
     {"error syntax t.json:2:1: JSON syntax error: expected the end of the file after the value, "
      "found '{' [a file holds one JSON value: check for text after its last '}']"}},
    {"ARawLineBreakInsideAStringIsASyntaxError",
     "{\"summary\": \"two\nlines\"}",
     {"error syntax t.json:1:17: JSON syntax error: a line break inside text in double quotes "
      "[write a line break inside text as \\n, or close the text with \" before the line ends]"}},
};
INSTANTIATE_TEST_SUITE_P(JsonReader, JsonSyntaxError, ::testing::ValuesIn(k_syntax_errors),
                         imr::test::DiagnosticCaseName{});

TEST(JsonReader, EachKindOfMistakeIsWordedForAnAuthor) {
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"[01]", "JSON syntax error: '01' is not a JSON number"},
        {"[1.]", "JSON syntax error: '1.' is not a JSON number"},
        {"[-]", "JSON syntax error: '-' is not a JSON number"},
        {"[1e400]", "JSON syntax error: '1e400' is too large for a number"},
        {"tru", "JSON syntax error: 'tru' is not a JSON value: did you mean true?"},
        {"\"bad \\x escape\"", "JSON syntax error: '\\x' is not a JSON escape"},
        {"\"\\u12\"", "JSON syntax error: '\\u' must be followed by four hexadecimal digits"},
        {"\"\\udc00 alone\"",
         "JSON syntax error: '\\udc00' is half of a UTF-16 surrogate pair, with no other half"},
        {"\"open", "JSON syntax error: the text in double quotes is not closed"},
        {"\"raw\ttab\"", "JSON syntax error: a tab inside text in double quotes"},
        {"{1: 2}", "JSON syntax error: expected a key in double quotes, found a number"},
        {"[Police]",
         "JSON syntax error: expected a value (text in double quotes, a number, true, false, "
         "null, '[' or '{'), found 'Police'"},
    };
    for (const auto& [text, message] : cases) {
        EXPECT_EQ(refuse(text).message, message) << text;
    }
}

TEST(JsonReader, ALoneCarriageReturnEndsALine) {
    // Old Mac line endings: positions must still be those an editor shows.
    const SourceNode root = parse("{\r  \"a\": 1,\r  \"b\": 2\r}");
    expect_at(*root.find("b"), 3, 8);
    const auto d = refuse("{\r  \"a\": 1,\r  \"b\" 2\r}");
    EXPECT_EQ(d.loc.line, 3);
    EXPECT_EQ(d.loc.column, 7);
}

}  // namespace

// imr's parser (json_parser.cpp) must agree with nlohmann's, the oracle, on every
// document: which they accept, and the tree and positions they give.
void expect_parsers_agree(std::string_view text) {
    Diagnostics diagnostics;
    const auto ours = read_json(text, "t.json", diagnostics);
    const auto oracle = imr::test::read_json_with_nlohmann(text);
    ASSERT_EQ(ours.has_value(), oracle.has_value()) << text;
    if (ours) {
        EXPECT_TRUE(*ours == *oracle) << text;
    } else {
        // A syntax error, or a value the tree refuses for both (a control character written
        // as an escape, too deep, too long): one diagnostic either way.
        EXPECT_EQ(diagnostics.size(), 1u) << text;
    }
}

TEST(JsonParser, AgreesWithNlohmannOnValidDocuments) {
    for (const char* text : {
             R"({"format": "imr-chronology/1", "entries": [{"date": "2 Aug 2013", "n": 3}]})",
             "{\n  \"a\": [1, -0, 2.5e+3, 1E-2, 0.25, true, false, null],\n  \"b\": {}\n}\n",
             "[]",
             "{}",
             "  \"just text\"  ",
             "17",
             "-1.5",
             "null",
             "[[[[]]]]",
             "{\"esc\": \"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"}",
             "{\"u\": \"\\u00e9\\u20AC\\ud83d\\ude00 and \\u0000\"}",
             "{\"accents\": \"Zoë Ó Siobhán\", \"after\": [\"é\", 1]}",
             "{\n\t\"tabs\":\r\n\t[1,\r\n2]\r\n}",
             "{\"same\": 1, \"same\": 2}",
             "[1e-400, 123456789012345678901234567890]",
             // Found by json_fuzz: a second byte-order mark, which nlohmann passes over.
             "\xEF\xBB\xBF  {\n\n}\n",
             "\xEF\xBB\xBF{\"a\": [\"\xC3\xA9\", 1]}",
         }) {
        expect_parsers_agree(text);
    }
}

TEST(JsonParser, AgreesWithNlohmannOnInvalidDocuments) {
    for (const char* text : {
             "{",
             "[1,]",
             "{\"a\": 1,}",
             "{'a': 1}",
             "[01]",
             "[1.]",
             "[.5]",
             "[-]",
             "[1e]",
             "[+1]",
             "[1e400]",
             "tru",
             "nul",
             "[true false]",
             "{\"a\" 1}",
             "{\"a\": }",
             "{1: 2}",
             "\"open",
             "\"bad \\x escape\"",
             "\"\\u12\"",
             "\"\\ud800\"",
             "\"\\udc00 alone\"",
             "\"\\ud800\\u0041\"",
             "\"raw\ttab\"",
             "[1] [2]",
             "{\"a\": 1}}",
             "[\"a\"\n,\n",
             "{\"k\": [1, 2}",
             "\xEF\xBB\xBF",
             "\xEF\xBB\xBF \xEF\xBB\xBF{}",
             "{}\xEF\xBB\xBF",
         }) {
        expect_parsers_agree(text);
    }
}

TEST(JsonParser, CountsColumnsInCharactersAcrossLines) {
    const SourceNode root = parse("{\"é\": \"ü\", \"n\":\n  [\"x\", 5]}");
    ASSERT_EQ(root.members.size(), 2u);
    expect_at(root.members[0].second, 1, 7);
    expect_at(root.members[1].second, 2, 3);
    expect_at(root.members[1].second.items[1], 2, 9);
    expect_parsers_agree("{\"é\": \"ü\", \"n\":\n  [\"x\", 5]}");
}

TEST(PrepareText, FindsAControlCharacterWhereverItStandsInTheEightByteWords) {
    for (std::size_t at = 0; at < 20; ++at) {
        std::string text(20, 'a');
        text[at] = '\x01';
        Diagnostics diagnostics;
        EXPECT_FALSE(imr::load::prepare_text(text, "t.json", diagnostics).has_value());
        ASSERT_EQ(diagnostics.size(), 1u);
        EXPECT_EQ(diagnostics[0].code, "control-character");
        EXPECT_EQ(diagnostics[0].loc.column, static_cast<int>(at) + 1);
        text[at] = at % 2 == 0 ? '\t' : '\n';  // allowed
        diagnostics.clear();
        EXPECT_TRUE(imr::load::prepare_text(text, "t.json", diagnostics).has_value());
        EXPECT_TRUE(diagnostics.empty());
    }
}
