#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/renderer.hpp"
#include "render_fixture.hpp"

namespace {
using nlohmann::json;

std::string json_of(const imr::merge::CombinedChronology& merged) {
    std::ostringstream out;
    imr::render::render_json(merged, out);
    return out.str();
}

TEST(CombinedReader, MergingTheJsonOutputAgainGivesTheSameEntries) {
    const std::string first = json_of(imr::test::hostile_chronology());
    imr::model::ReviewInput input;
    imr::load::load_text(imr::test::k_hostile_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(first, "combined.json", "combined.json", input);
    const auto again = imr::merge::merge_review(input);
    EXPECT_EQ(input.chronologies.size(), 2u);  // split back into the two agencies' files
    const json a = json::parse(first), b = json::parse(json_of(again));
    EXPECT_EQ(a["entries"], b["entries"]);
    EXPECT_EQ(a["agencies"], b["agencies"]);
    EXPECT_EQ(a["notice"], b["notice"]);
    EXPECT_TRUE(again.diagnostics.empty()) << again.diagnostics.front().message;
}

TEST(CombinedReader, ReadsTheYamlTwinToo) {
    const auto merged = imr::test::hostile_chronology();
    std::ostringstream yaml;
    imr::render::render_yaml(merged, yaml);
    imr::model::ReviewInput input;
    imr::load::load_text(yaml.str(), "combined.yaml", "combined.yaml", input);
    const auto again = imr::merge::merge_review(input);
    EXPECT_EQ(json::parse(json_of(merged))["entries"], json::parse(json_of(again))["entries"]);
}

TEST(CombinedReader, ABrokenEntryIsAnErrorAtItsLineInTheCombinedFile) {
    imr::model::ReviewInput input;
    imr::load::load_text(R"({"format": "imr-combined/1", "entries": [
  {"agency": "Police", "summary": "x", "source": {"file": "police.yaml", "line": 4},
   "date": {"text": "2 Aug", "start": "2013-02-30", "end": "2013-08-02", "precision": "day"}}
]})",
                         "combined.json", "combined.json", input);
    ASSERT_EQ(input.diagnostics.size(), 1u);
    EXPECT_EQ(input.diagnostics[0].code, "bad-date");
    EXPECT_EQ(input.diagnostics[0].loc.file, "combined.json");
    EXPECT_EQ(input.diagnostics[0].loc.line, 3);
}

}  // namespace
