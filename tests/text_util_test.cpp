// The text helpers under every reader: name keys, trimming, "did you mean" suggestions,
// byte offsets to line and column, and the UTF-8 check that runs before any parser.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/edit_distance.hpp"
#include "util/line_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace {

using imr::util::edit_distance;
using imr::util::find_invalid_utf8;
using imr::util::LineIndex;
using imr::util::match_key;
using imr::util::nearest;
using imr::util::trim;

// --- match_key -------------------------------------------------------------------------

TEST(TextUtil, MatchKeyIgnoresCasePunctuationAndSpaces) {
    EXPECT_EQ(match_key("Ms. M"), "msm");
    EXPECT_EQ(match_key("ms m"), "msm");
    EXPECT_EQ(match_key("  Herts-Police (HRU) "), "hertspolicehru");
    EXPECT_EQ(match_key("A&E, Lister"), "aelister");
}

TEST(TextUtil, MatchKeyKeepsDigits) { EXPECT_EQ(match_key("Team 2B"), "team2b"); }

TEST(TextUtil, MatchKeyKeepsNonAsciiLettersAsWritten) {
    // Only ASCII is folded: "Zoë" and "zoe" stay different names.
    EXPECT_EQ(match_key("Zo\u00eb O'Brien"), "zo\u00ebobrien");
    EXPECT_NE(match_key("Zo\u00eb"), match_key("Zoe"));
}

TEST(TextUtil, MatchKeyOfPunctuationAloneIsEmpty) {
    EXPECT_EQ(match_key(""), "");
    EXPECT_EQ(match_key(" .-/ "), "");
}

// --- trim ------------------------------------------------------------------------------

TEST(TextUtil, TrimRemovesSpacesTabsAndLineBreaksAtBothEnds) {
    EXPECT_EQ(trim("  a b \t\r\n"), "a b");
    EXPECT_EQ(trim("\n\tx"), "x");
    EXPECT_EQ(trim("x"), "x");
}

TEST(TextUtil, TrimKeepsInnerWhiteSpace) { EXPECT_EQ(trim(" a \n b "), "a \n b"); }

TEST(TextUtil, TrimOfBlankTextIsEmpty) {
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t\r\n "), "");
}

// --- edit_distance and nearest -----------------------------------------------------------

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
    EXPECT_EQ(edit_distance("", ""), 0);
    EXPECT_EQ(edit_distance("summary", "summary"), 0);
    EXPECT_EQ(edit_distance("sumary", "summary"), 1);    // insertion
    EXPECT_EQ(edit_distance("summmary", "summary"), 1);  // deletion
    EXPECT_EQ(edit_distance("summery", "summary"), 1);   // substitution
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
    EXPECT_EQ(edit_distance("", "abc"), 3);
    EXPECT_EQ(edit_distance("abc", ""), 3);
}

TEST(EditDistance, IsSymmetric) {
    EXPECT_EQ(edit_distance("incidnt", "incident"), edit_distance("incident", "incidnt"));
    EXPECT_EQ(edit_distance("flaw", "lawn"), 2);
    EXPECT_EQ(edit_distance("lawn", "flaw"), 2);
}

TEST(EditDistance, IsCaseSensitiveOnItsOwn) { EXPECT_EQ(edit_distance("Summary", "summary"), 1); }

TEST(EditDistance, NearestSuggestsTheClosestCandidate) {
    const std::vector<std::string> keys{"date", "time", "summary", "action", "comment"};
    EXPECT_EQ(nearest("sumary", keys), "summary");
    EXPECT_EQ(nearest("commnet", keys), "comment");
    EXPECT_EQ(nearest("tme", keys), "time");
}

TEST(EditDistance, NearestIgnoresCaseButReturnsTheCandidateAsWritten) {
    const std::vector<std::string> agencies{"Police", "Hospital"};
    EXPECT_EQ(nearest("POLICE", agencies), "Police");
    EXPECT_EQ(nearest("hospitl", agencies), "Hospital");
}

TEST(EditDistance, NearestBreaksTiesInFavourOfTheEarlierCandidate) {
    // "cat" is one edit from both "bat" and "hat".
    EXPECT_EQ(nearest("cat", {"bat", "hat"}), "bat");
    EXPECT_EQ(nearest("cat", {"hat", "bat"}), "hat");
}

TEST(EditDistance, NearestGivesNothingWhenEveryCandidateIsTooFar) {
    // A third of the word's length is allowed: two edits for a six-letter word.
    EXPECT_EQ(nearest("banana", {"summary", "date"}), std::nullopt);
    EXPECT_EQ(nearest("summry", {"summary"}), "summary");
    EXPECT_EQ(nearest("smmry", {"summary"}), std::nullopt);  // 2 edits, 5 letters allow 1
    EXPECT_EQ(nearest("anything", {}), std::nullopt);
}

TEST(EditDistance, NearestAllowsOneEditForShortWords) {
    EXPECT_EQ(nearest("J", {"M", "K"}), "M");
    EXPECT_EQ(nearest("ab", {"xy"}), std::nullopt);
}

// --- LineIndex ---------------------------------------------------------------------------

// Expects the character at byte `offset` to be at `line` and `column`.
void expect_position(const LineIndex& index, std::size_t offset, int line, int column) {
    const auto position = index.position(offset);
    EXPECT_EQ(position.line, line) << "offset " << offset;
    EXPECT_EQ(position.column, column) << "offset " << offset;
}

TEST(LineIndex, LinesAndColumnsStartAtOne) {
    const LineIndex index("ab\ncd\n");
    expect_position(index, 0, 1, 1);
    expect_position(index, 1, 1, 2);
    expect_position(index, 3, 2, 1);
    expect_position(index, 4, 2, 2);
}

TEST(LineIndex, ALineBreakBelongsToTheLineItEnds) { expect_position(LineIndex("ab\ncd"), 2, 1, 3); }

TEST(LineIndex, ColumnsCountCharactersNotBytes) {
    // "é" is two bytes and "€" three; editors count each as one column.
    const std::string_view text = "\u00e9t\u00e9 \u20ac5\nna\u00efve x";
    const LineIndex index(text);
    expect_position(index, text.find('t'), 1, 2);
    expect_position(index, text.find('5'), 1, 6);
    expect_position(index, text.find('x'), 2, 7);
}

TEST(LineIndex, FourByteCharactersAreOneColumn) {
    const std::string_view text = "\U0001F600=1";
    expect_position(LineIndex(text), text.find('='), 1, 2);
}

TEST(LineIndex, OffsetsPastTheEndAreClampedToTheEnd) {
    const LineIndex index("ab\nc");
    expect_position(index, 4, 2, 2);
    expect_position(index, 1000, 2, 2);
}

TEST(LineIndex, EmptyTextIsLineOneColumnOne) { expect_position(LineIndex(""), 0, 1, 1); }

TEST(LineIndex, CarriageReturnsCountAsCharactersOfTheirLine) {
    expect_position(LineIndex("a\r\nb"), 3, 2, 1);
}

TEST(LineIndex, PositionsOnOneLongLineAreQuick) {
    // A minified JSON file is one long line; asking for every value's column must not
    // rescan the line from its start each time.
    std::string text;
    for (int i = 0; i < 50000; ++i) text += "\"\u00e9\",";
    const LineIndex index(text);
    const auto started = std::chrono::steady_clock::now();
    long long sum = 0;
    for (std::size_t offset = 0; offset < text.size(); offset += 5)
        sum += index.position(offset).column;
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_GT(sum, 0);
    EXPECT_EQ(index.position(text.size() - 1).column, 4 * 50000);
    EXPECT_LT(elapsed, std::chrono::seconds(1));
}

// --- find_invalid_utf8 -------------------------------------------------------------------

TEST(Utf8, ValidTextHasNoInvalidOffset) {
    EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("plain ASCII\n"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("caf\u00e9 \u20ac \U0001F600 \uFFFD"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF, the last
    EXPECT_EQ(find_invalid_utf8("\xED\x9F\xBF"), std::nullopt);      // U+D7FF, before surrogates
}

TEST(Utf8, Latin1BytesAreInvalidAtTheirOffset) {
    // "café" saved as Windows-1252: é is the single byte E9.
    EXPECT_EQ(find_invalid_utf8("caf\xE9 au lait"), 3u);
}

TEST(Utf8, LoneContinuationBytesAreInvalid) {
    EXPECT_EQ(find_invalid_utf8("ab\x80"), 2u);
    EXPECT_EQ(find_invalid_utf8("\xBF"), 0u);
}

TEST(Utf8, OverlongFormsAreInvalid) {
    EXPECT_EQ(find_invalid_utf8("x\xC0\xAF"), 1u);  // '/' in two bytes
    EXPECT_EQ(find_invalid_utf8("x\xC1\xBF"), 1u);
    EXPECT_EQ(find_invalid_utf8("x\xE0\x80\xAF"), 1u);      // '/' in three bytes
    EXPECT_EQ(find_invalid_utf8("x\xE0\x9F\xBF"), 1u);      // U+07FF in three bytes
    EXPECT_EQ(find_invalid_utf8("x\xF0\x80\x80\xAF"), 1u);  // '/' in four bytes
    EXPECT_EQ(find_invalid_utf8("x\xF0\x8F\xBF\xBF"), 1u);  // U+FFFF in four bytes
}

TEST(Utf8, SurrogatesAreInvalid) {
    EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);  // U+D800
    EXPECT_EQ(find_invalid_utf8("a\xED\xBF\xBF"), 1u);  // U+DFFF
}

TEST(Utf8, CodePointsAboveTheUnicodeRangeAreInvalid) {
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // U+110000
    EXPECT_EQ(find_invalid_utf8("\xF5\x80\x80\x80"), 0u);
    EXPECT_EQ(find_invalid_utf8("\xFF"), 0u);
}

TEST(Utf8, TruncatedSequencesAreInvalid) {
    EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);                // ends after a lead byte
    EXPECT_EQ(find_invalid_utf8("ab\xE2\x82"), 2u);            // € without its last byte
    EXPECT_EQ(find_invalid_utf8("ab\xF0\x9F\x98"), 2u);        // an emoji cut short
    EXPECT_EQ(find_invalid_utf8("ab\xE2\x82z and more"), 2u);  // interrupted mid-text
    EXPECT_EQ(find_invalid_utf8("\xC3 "), 0u);
}

TEST(Utf8, TheFirstInvalidSequenceIsReported) {
    EXPECT_EQ(find_invalid_utf8("\u00e9\u00e9\xFF\xFF"), 4u);
}

}  // namespace

TEST(FindInvalidUtf8, FindsABadByteWhereverItStandsInTheEightByteWords) {
    for (std::size_t at = 0; at < 20; ++at) {
        std::string text(20, 'a');
        text[at] = '\xFF';
        EXPECT_EQ(imr::util::find_invalid_utf8(text), at) << at;
        text[at] = 'a';
        EXPECT_FALSE(imr::util::find_invalid_utf8(text).has_value());
        if (at + 2 <= text.size()) {
            text.replace(at, 2, "\xC3\xA9");  // é, valid
            EXPECT_FALSE(imr::util::find_invalid_utf8(text).has_value()) << at;
        }
    }
}
