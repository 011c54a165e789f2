#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/diagnostics_renderer.hpp"
#include "util/version.hpp"

namespace {
using imr::model::Diagnostic;
using imr::model::Severity;

const imr::model::Diagnostics k_diagnostics{
    {Severity::error,
     "bad-date",
     {"reviews/police.yaml", 14, 11},
     "'31 June 2014' is not a date",
     "June has 30 days"},
    {Severity::warning,
     "unknown-key",
     {"reviews/police.yaml", 20, 5},
     "unknown key 'sumary' <&>",
     "did you mean 'summary'?"},
    {Severity::error, "not-a-chronology", {"reviews/my notes.txt", 0, 0}, "not a chronology", ""},
};

std::string render(imr::render::DiagnosticsFormat format, const imr::render::CheckTotals& totals) {
    std::ostringstream out;
    imr::render::render_diagnostics(k_diagnostics, totals, format, out);
    return out.str();
}

TEST(JunitRenderer, HasOneTestCasePerFileAndFailsThoseWithErrors) {
    const std::string xml = render(imr::render::DiagnosticsFormat::junit,
                                   {3, 10, {"reviews/gp.yaml", "reviews/police.yaml"}});
    EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"imr "
                        "validate\" tests=\"3\" "
                        "failures=\"2\" errors=\"0\">",
                        0),
              0u)
        << xml;
    EXPECT_NE(xml.find("<testcase classname=\"imr.validate\" name=\"reviews/gp.yaml\" "
                       "file=\"reviews/gp.yaml\"/>"),
              std::string::npos);
    EXPECT_NE(xml.find("<failure type=\"bad-date\" message=\"reviews/police.yaml:14:11: error: "
                       "&#39;31 June 2014&#39; "
                       "is not a date (June has 30 days) [bad-date]\">"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<system-out>reviews/police.yaml:20:5: warning: unknown key "
                       "&#39;sumary&#39; &lt;&amp;&gt;"),
              std::string::npos);
    EXPECT_NE(xml.find("name=\"reviews/my notes.txt\""), std::string::npos);
}

TEST(SarifRenderer, WritesSarif210WithRulesResultsAndLocations) {
    const auto sarif = nlohmann::json::parse(render(imr::render::DiagnosticsFormat::sarif, {}));
    EXPECT_EQ(sarif["version"], "2.1.0");
    const auto& run = sarif["runs"][0];
    EXPECT_EQ(run["tool"]["driver"]["name"], "imr");
    EXPECT_EQ(run["tool"]["driver"]["version"], imr::k_version);
    ASSERT_EQ(run["tool"]["driver"]["rules"].size(), 3u);
    EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "bad-date");
    const auto& first = run["results"][0];
    EXPECT_EQ(first["ruleId"], "bad-date");
    EXPECT_EQ(first["ruleIndex"], 0);
    EXPECT_EQ(first["level"], "error");
    EXPECT_EQ(first["message"]["text"], "'31 June 2014' is not a date (June has 30 days)");
    const auto& location = first["locations"][0]["physicalLocation"];
    EXPECT_EQ(location["artifactLocation"]["uri"], "reviews/police.yaml");
    EXPECT_EQ(location["region"]["startLine"], 14);
    EXPECT_EQ(location["region"]["startColumn"], 11);
    EXPECT_EQ(run["results"][1]["level"], "warning");
    const auto& unplaced = run["results"][2]["locations"][0]["physicalLocation"];
    EXPECT_EQ(unplaced["artifactLocation"]["uri"], "reviews/my%20notes.txt");
    EXPECT_FALSE(unplaced.contains("region"));
}

}  // namespace
