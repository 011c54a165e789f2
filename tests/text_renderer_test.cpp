#include <gtest/gtest.h>

#include <sstream>

#include "render/renderer.hpp"
#include "render/text_table.hpp"
#include "render_fixture.hpp"

namespace {
using imr::render::display_width;
using imr::render::wrap_text;

std::string text(int width) {
    std::ostringstream out;
    imr::render::render_text(imr::test::hostile_chronology(), out, width);
    return out.str();
}

TEST(TextTable, CountsColumnsInCodePointsNotBytes) {
    EXPECT_EQ(display_width("Siobhán Ó Briain"), 16);
    EXPECT_EQ(display_width(""), 0);
}

TEST(TextTable, WrapsAtSpacesAndCutsOnlyWordsWiderThanTheColumn) {
    EXPECT_EQ(wrap_text("one two three", 7), (std::vector<std::string>{"one two", "three"}));
    EXPECT_EQ(wrap_text("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
    EXPECT_EQ(wrap_text("ÓÓÓÓÓ", 2),
              (std::vector<std::string>{"ÓÓ", "ÓÓ", "Ó"}));  // never splits UTF-8
    EXPECT_EQ(wrap_text("a\nb\n\n", 10), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(wrap_text("", 10), (std::vector<std::string>{""}));
}

TEST(TextRenderer, NoLineIsWiderThanTheTerminal) {
    for (int width : {86, 100, 140}) {
        std::istringstream lines(text(width));
        for (std::string line; std::getline(lines, line);) {
            EXPECT_LE(display_width(line), width) << line;
        }
    }
}

TEST(TextRenderer, PutsTheRealNamesNoticeFirstAndKeepsEveryWord) {
    const std::string out = text(100);
    const auto notice = out.find("!! CONFIDENTIAL");
    ASSERT_NE(notice, std::string::npos);
    EXPECT_LT(notice, out.find("entries from"));
    for (const char* word :
         {"<script>alert(\"x\")</script>", "Siobhán", "=HYPERLINK(\"http://x\",\"click\")",
          "Line two", "police.yaml:4", "event 1", "* <script>"}) {
        EXPECT_NE(out.find(word), std::string::npos) << word;
    }
}

TEST(TextRenderer, NarrowTerminalsGetTheMinimumUsableWidth) {
    std::istringstream lines(text(40));
    std::string first_rule;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("----", 0) == 0) first_rule = line;
    }
    EXPECT_EQ(display_width(first_rule), 86);
}

}  // namespace
