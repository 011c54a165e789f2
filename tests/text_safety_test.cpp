// Control and bidirectional characters (spec section 7, 1.1).
#include <gtest/gtest.h>

#include "util/text_safety.hpp"

namespace {
using namespace imr::util;

TEST(TextSafety, FindsControlCharactersButNotTabsAndLineBreaks) {
    EXPECT_FALSE(find_control_character("tab\tline\nbreak\r\nZoë"));
    const auto esc = find_control_character("red \x1b[31m");
    ASSERT_TRUE(esc);
    EXPECT_EQ(esc->offset, 4u);
    EXPECT_EQ(esc->code_point, 0x1Bu);
    EXPECT_EQ(find_control_character(std::string_view("a\0b", 3))->code_point, 0u);
    EXPECT_EQ(find_control_character("del\x7f")->code_point, 0x7Fu);
    EXPECT_EQ(find_control_character("c1 \xC2\x85")->code_point, 0x85u);
}

TEST(TextSafety, PrintableShowsControlsAsEscapes) {
    EXPECT_EQ(printable("x\x1b[31m\a.yaml"), "x\\e[31m\\a.yaml");
    EXPECT_EQ(printable(std::string_view("nul\0", 4)), "nul\\x00");
    EXPECT_EQ(printable("two\nlines"), "two\\nlines");
    EXPECT_EQ(printable("two\nlines", true), "two\nlines");
    EXPECT_EQ(printable("paid \u202E0001"), "paid <U+202E>0001");
    EXPECT_EQ(printable("Zoë Strauß"), "Zoë Strauß");
}

TEST(TextSafety, BidiIsolationContainsEveryControlEvenAStrayPop) {
    EXPECT_EQ(bidi_isolated("plain"), "plain");
    EXPECT_EQ(bidi_isolated("a\u202Eb"), "\u2068a\u202Eb\u2069");
    // A stray U+2069 would close the isolate early: one more FSI keeps it inside.
    EXPECT_EQ(bidi_isolated("a\u2069\u202Eb"), "\u2068\u2068a\u2069\u202Eb\u2069\u2069");
    // An isolate left open is closed too.
    EXPECT_EQ(bidi_isolated("\u2067a"), "\u2068\u2067a\u2069\u2069");
}

}  // namespace
