// What the library now takes from the front end as plain options (colour, progress), and
// the historic entries that are no outside-period warning (issue 17).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "app/init_command.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "render/ansi_style.hpp"
#include "render/chronology_template.hpp"
#include "render/diagnostics_renderer.hpp"

namespace {
namespace fs = std::filesystem;
using imr::model::ReviewInput;

const char* const k_register = R"(format: imr-review/1
review: Test DHR
period: {from: 1 January 2019, to: 31 December 2019}
parties:
  - {id: Z, role: friend}
  - {id: V, role: victim}
  - {id: P, role: perpetrator}
)";

std::vector<int> outside_period_lines(const std::string& chronology) {
    ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(chronology, "police.yaml", "police.yaml", input);
    const auto merged = imr::merge::merge_review(input);
    std::vector<int> lines;
    for (const auto& d : merged.diagnostics) {
        if (d.code == "outside-period") lines.push_back(d.loc.line);
    }
    return lines;
}

TEST(HistoricEntries, MarkedOrInsideCoversAreNoOutsidePeriodWarning) {
    EXPECT_EQ(outside_period_lines(R"(format: imr-chronology/1
agency: Police
covers: {from: 2015, to: 31 December 2019}
entries:
  - {date: 2009, summary: before the review period and before covers}
  - {date: 2016, summary: before the review period inside covers}
  - {date: 2010, summary: marked historic, historic: true}
  - {date: 2021, summary: after the period, historic: true}
  - {date: 2019, summary: inside}
)"),
              (std::vector<int>{5, 8}));
}

TEST(HistoricEntries, WithoutARegisterPeriodMarkedEntriesBeforeCoversAreFine) {
    ReviewInput input;
    imr::load::load_text(R"(format: imr-chronology/1
agency: Police
covers: {from: 2015, to: 2019}
entries:
  - {date: 2009, summary: old, historic: true}
  - {date: 2010, summary: old and unmarked}
)",
                         "police.yaml", "police.yaml", input);
    const auto merged = imr::merge::merge_review(input);
    std::vector<int> lines;
    for (const auto& d : merged.diagnostics)
        if (d.code == "outside-period") lines.push_back(d.loc.line);
    EXPECT_EQ(lines, std::vector<int>{6});
}

TEST(DiagnosticColour, PaintsSeverityPlaceAndCodeOnlyWhenAsked) {
    const imr::model::Diagnostic d{imr::model::Severity::error,
                                   "bad-date",
                                   {"gp.yaml", 3, 9},
                                   "'31 June' is not a date",
                                   "June has 30"};
    std::ostringstream plain;
    imr::render::render_diagnostic_line(d, plain);
    EXPECT_EQ(plain.str(),
              "imr: error: gp.yaml:3:9: '31 June' is not a date (June has 30) [bad-date]\n");
    std::ostringstream painted;
    imr::render::render_diagnostic_line(d, painted, true);
    EXPECT_EQ(painted.str(),
              "imr: \x1b[1;31merror:\x1b[0m \x1b[1mgp.yaml:3:9:\x1b[0m '31 June' is not a date "
              "(June has 30) \x1b[2m[bad-date]\x1b[0m\n");
    EXPECT_EQ(imr::render::paint("x", imr::render::AnsiStyle::red, false), "x");
}

TEST(ReadProgress, ReportsEveryFileWithTheEntriesReadSoFar) {
    const fs::path dir = fs::temp_directory_path() / ("imr-progress-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* name : {"a.yaml", "b.yaml", "c.yaml"}) {
        std::ofstream(dir / name) << "format: imr-chronology/1\nagency: " << name
                                  << "\nentries:\n  - {date: 2019, summary: one}\n"
                                     "  - {date: 2019, summary: two}\n";
    }
    std::vector<imr::util::ProgressStep> steps;
    imr::load::ReadOptions read;
    read.jobs = 2;
    read.progress = [&](const imr::util::ProgressStep& step) { steps.push_back(step); };
    const auto input = imr::load::load_review({dir.string()}, read);
    fs::remove_all(dir);
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps.back().stage, "reading");
    EXPECT_EQ(steps.back().done, 3u);
    EXPECT_EQ(steps.back().total, 3u);
    EXPECT_EQ(steps.back().entries, 6u);
    EXPECT_EQ(input.chronologies.size(), 3u);
}

TEST(InitTemplate, UsesTheRegistersOwnPartyIdsAndRoles) {
    ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    std::ostringstream text;
    imr::render::write_chronology_template("Police", &*input.review_register, "s.json", text);
    const std::string out = text.str();
    EXPECT_NE(out.find("e.g. [V, P] (V the victim, P the perpetrator)"), std::string::npos) << out;
    EXPECT_NE(out.find("subject: V}"), std::string::npos) << out;
    EXPECT_EQ(out.find("[M, J]"), std::string::npos) << out;
}

TEST(InitTemplate, SchemaPathIsRelativeWhenSchemasSitAboveElseTheInstalledOne) {
    const fs::path root = fs::temp_directory_path() / ("imr-schema-" + std::to_string(::getpid()));
    fs::create_directories(root / "schemas");
    fs::create_directories(root / "reviews" / "r1");
    std::ofstream(root / "schemas" / "imr-chronology.schema.json") << "{}";
    EXPECT_EQ(imr::app::chronology_schema_path((root / "reviews" / "r1").string(), "/usr/share/x"),
              "../../schemas/imr-chronology.schema.json");
    fs::remove_all(root / "schemas");
    EXPECT_EQ(imr::app::chronology_schema_path((root / "reviews" / "r1").string(), "/usr/share/x"),
              "/usr/share/x/imr-chronology.schema.json");
    fs::remove_all(root);
}

}  // namespace
