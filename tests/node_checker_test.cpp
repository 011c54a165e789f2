#include <gtest/gtest.h>

#include "load/review_loader.hpp"

namespace {

imr::model::Diagnostics diagnostics_of(const std::string& text) {
    imr::model::ReviewInput input;
    imr::load::load_text(text, "police.yaml", "police.yaml", input);
    return input.diagnostics;
}

TEST(NodeChecker, ABadDateColumnCountsCharactersNotBytes) {
    // The en dash is three bytes but one column; the problem is the year 20131.
    const auto diagnostics = diagnostics_of(
        "format: imr-chronology/1\nagency: X\nentries:\n  - date: 25 June – 3 July 20131\n    summary: s\n");
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "bad-date");
    EXPECT_EQ(diagnostics[0].loc.line, 4);
    EXPECT_EQ(diagnostics[0].loc.column, std::string("  - date: 25 June – 3 July ").size() - 2 + 1);
}

TEST(NodeChecker, ABadDateInQuotesPointsInsideTheQuotes) {
    const auto diagnostics = diagnostics_of(
        "format: imr-chronology/1\nagency: X\nentries:\n  - date: \"31 June 2014\"\n    summary: s\n");
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].loc.column, 12);
    EXPECT_EQ(diagnostics[0].message, "'31 June 2014' is not a date");
    EXPECT_EQ(diagnostics[0].hint, "June has 30 days");
}

}  // namespace
