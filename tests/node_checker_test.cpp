#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

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
        "format: imr-chronology/1\nagency: X\nentries:\n  - date: 25 June – 3 July 20131\n    "
        "summary: s\n");
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "bad-date");
    EXPECT_EQ(diagnostics[0].loc.line, 4);
    EXPECT_EQ(diagnostics[0].loc.column, std::string("  - date: 25 June – 3 July ").size() - 2 + 1);
}

TEST(NodeChecker, ABadDateInQuotesPointsInsideTheQuotes) {
    const auto diagnostics = diagnostics_of(
        "format: imr-chronology/1\nagency: X\nentries:\n  - date: \"31 June 2014\"\n    summary: "
        "s\n");
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].loc.column, 12);
    EXPECT_EQ(diagnostics[0].message, "'31 June 2014' is not a date");
    EXPECT_EQ(diagnostics[0].hint, "June has 30 days");
}

}  // namespace

namespace {

TEST(ReviewLoaderLimits, AFileOverTheSizeLimitIsRefusedUnread) {
    namespace fs = std::filesystem;
    const fs::path file =
        fs::temp_directory_path() / ("imr-huge-" + std::to_string(::getpid()) + ".yaml");
    { std::ofstream(file) << "format: imr-chronology/1\n"; }
    fs::resize_file(file, imr::load::k_max_file_bytes + 1);  // sparse: costs no disk
    const auto input = imr::load::load_review({file.string()});
    fs::remove(file);
    ASSERT_EQ(input.diagnostics.size(), 1u);
    EXPECT_EQ(input.diagnostics[0].code, "too-large");
    EXPECT_NE(input.diagnostics[0].message.find("more than the 256 MiB"), std::string::npos);
    EXPECT_TRUE(input.chronologies.empty());
}

}  // namespace
