#include "render/findings_renderer.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "render/json_values.hpp"

namespace {

using imr::analyse::Evidence;
using imr::analyse::Finding;
using imr::analyse::FindingSeverity;
using imr::render::FindingsFormat;
using imr::render::Json;

std::string json_of(const std::vector<Finding>& findings,
                    const imr::model::Diagnostics& diagnostics) {
    std::ostringstream out;
    imr::render::render_findings(findings, diagnostics, {}, FindingsFormat::json, out);
    return out.str();
}

// What write_json makes of the same document: the bytes the JSON must keep.
std::string as_nlohmann_writes_it(const std::string& text) {
    std::ostringstream out;
    imr::render::write_json(Json::parse(text), out);
    return out.str();
}

Finding finding(std::string rule, int evidence) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = FindingSeverity::medium;
    f.agency = "Northvale Constabulary";
    f.party = "K";
    f.date = 15'000;
    f.message = "A line with \"quotes\", a tab\tand a break\nin it, and a name: Zoë.";
    for (int k = 0; k < evidence; ++k) {
        Evidence e;
        e.file = "police.yaml";
        e.line = 10 + k;
        e.agency = f.agency;
        f.evidence.push_back(e);
    }
    return f;
}

TEST(FindingsJson, AnEmptyReportIsTwoEmptyLists) {
    const std::string text = json_of({}, {});
    EXPECT_EQ(text, "{\n  \"findings\": [],\n  \"diagnostics\": []\n}\n");
    EXPECT_EQ(text, as_nlohmann_writes_it(text));
}

TEST(FindingsJson, WrittenOneFindingAtATimeItIsTheBytesOfTheWholeDocument) {
    const std::vector<Finding> findings = {finding("unreceived-share", 1),
                                           finding("late-share", 3)};
    const imr::model::Diagnostics diagnostics = {{imr::model::Severity::warning,
                                                  "outside-period",
                                                  {"gp.yaml", 9, 5},
                                                  "out of the period",
                                                  "check it"}};
    const std::string text = json_of(findings, diagnostics);
    EXPECT_EQ(text, as_nlohmann_writes_it(text));
    const Json parsed = Json::parse(text);
    ASSERT_EQ(parsed["findings"].size(), 2U);
    EXPECT_EQ(parsed["findings"][1]["evidence"].size(), 3U);
    EXPECT_EQ(parsed["findings"][0]["other_agency"], nullptr);
    EXPECT_EQ(parsed["findings"][0]["message"], findings[0].message);
    EXPECT_EQ(parsed["diagnostics"][0]["code"], "outside-period");
}

TEST(FindingsJson, ManyFindingsAreAllWritten) {
    std::vector<Finding> findings;
    for (int k = 0; k < 2'000; ++k) findings.push_back(finding("rule-" + std::to_string(k), 2));
    const std::string text = json_of(findings, {});
    EXPECT_EQ(text, as_nlohmann_writes_it(text));
    EXPECT_EQ(Json::parse(text)["findings"].size(), 2'000U);
}

// One count line for every report of findings: text and Markdown say "0 findings." alone.
TEST(FindingsTotals, CountFindingsBySeverityForEveryReport) {
    std::vector<Finding> findings = {finding("late-share", 1), finding("partial-share", 1),
                                     finding("date-conflict", 1)};
    findings[0].severity = FindingSeverity::high;
    findings[2].severity = FindingSeverity::low;
    EXPECT_EQ(imr::render::findings_totals(findings), "3 findings: 1 high, 1 medium, 1 low.");
    EXPECT_EQ(imr::render::findings_totals({findings[1]}), "1 finding: 0 high, 1 medium, 0 low.");
    EXPECT_EQ(imr::render::findings_totals({}), "0 findings: 0 high, 0 medium, 0 low.");
    std::ostringstream out;
    imr::render::render_findings({}, {}, {}, FindingsFormat::text, out);
    EXPECT_NE(out.str().find("0 findings.\n"), std::string::npos) << out.str();
}

}  // namespace
