// The panel pack's findings overview: counts by rule and severity, the sender x recipient
// matrix of sharing failures, and the filters; in headless Chromium, a click on a matrix
// cell leaves exactly that cell's findings in the table. Chromium comes from
// scripts/install-deps.sh; without it the browser test fails.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "render/findings_overview.hpp"
#include "support/test_files.hpp"

namespace {
using imr::test::run_command;
namespace fs = std::filesystem;
using imr::analyse::Finding;
using imr::analyse::FindingSeverity;

Finding finding(std::string rule, FindingSeverity severity, std::string agency,
                std::optional<std::string> other) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = severity;
    f.agency = std::move(agency);
    f.other_agency = std::move(other);
    f.party = "K";
    f.date = 15900;
    f.message = "m";
    return f;
}

TEST(FindingsOverview, CountsByRuleAndSeverityAndSharingFailuresBySenderAndRecipient) {
    const std::vector<Finding> findings = {
        finding("unreceived-share", FindingSeverity::high, "Police", "GP"),
        finding("unreceived-share", FindingSeverity::high, "Police", "GP"),
        finding("unshared-knowledge", FindingSeverity::low, "Police", "Housing & Co"),
        finding("risk-divergence", FindingSeverity::medium, "GP", "Police"),
    };
    std::ostringstream out;
    imr::render::write_findings_overview(findings, out);
    const std::string html = out.str();
    EXPECT_NE(html.find("<tr><th scope=\"row\">unreceived-share</th><td><button type=\"button\" "
                        "class=\"count\" data-rule=\"unreceived-share\" data-severity=\"high\""),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("data-agency=\"Police\" data-other=\"GP\" data-sharing=\"yes\" "
                        "aria-label=\"sharing failures from Police to GP\">2</button>"),
              std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">Housing &amp; Co</th>"), std::string::npos);
    // risk-divergence is not a sharing failure: GP is no sender in the matrix.
    EXPECT_EQ(html.find("<th scope=\"row\">GP</th>"), std::string::npos);
    EXPECT_NE(imr::render::finding_row_data(findings[2]).find("data-sharing=\"yes\""),
              std::string::npos);
    EXPECT_NE(imr::render::finding_row_data(findings[3]).find("data-sharing=\"no\""),
              std::string::npos);
}

TEST(FindingsOverviewInBrowser, ClickingAMatrixCellShowsExactlyItsFindings) {
    std::string browser;
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
        if (std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0) {
            browser = name;
            break;
        }
    }
    ASSERT_FALSE(browser.empty()) << "Chromium is not installed (scripts/install-deps.sh)";
    const fs::path dir = fs::temp_directory_path() / ("imr-overview-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path pack = dir / "pack.html";
    ASSERT_EQ(std::system((std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                           "' report examples/riverside-dhr -o '" + pack.string() + "' 2>/dev/null")
                              .c_str()),
              0);
    std::ifstream in(pack);
    std::stringstream text;
    text << in.rdbuf();
    std::string html = text.str();
    // Click the matrix's first cell, then note the cell and what stays shown.
    html.insert(html.rfind("</body>"), R"(<script>
var b = document.querySelector('table.senders button.count');
b.click();
var shown = Array.prototype.filter.call(document.querySelectorAll('table.findings tbody tr'),
  function (r) { return !r.hidden; }).map(function (r) { return r.dataset.agency + '>' + r.dataset.other + '>' + r.dataset.sharing; });
var out = document.createElement('pre'); out.id = 'clicked';
out.textContent = b.dataset.agency + '>' + b.dataset.other + '>yes|' + b.textContent + '|' + shown.join('|');
document.body.appendChild(out);
</script>)");
    const fs::path page = dir / "clicked.html";
    std::ofstream(page) << html;
    const std::string dom = run_command(
        "timeout 120 " + browser +
        " --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir='" +
        (dir / "profile").string() + "' --dump-dom 'file://" + page.string() + "' 2>/dev/null");
    fs::remove_all(dir);
    std::smatch m;
    ASSERT_TRUE(
        std::regex_search(dom, m, std::regex(R"(<pre id="clicked">([^|]*)\|(\d+)\|([^<]*))")))
        << dom.substr(0, 500);
    const std::string cell = m.str(1);
    std::vector<std::string> shown;
    std::stringstream rows(m.str(3));
    for (std::string row; std::getline(rows, row, '|');) shown.push_back(row);
    EXPECT_EQ(static_cast<int>(shown.size()), std::stoi(m.str(2)));
    for (const auto& row : shown) EXPECT_EQ(row, cell);
    EXPECT_NE(dom.find("Showing " + m.str(2) + " of "), std::string::npos);
}

}  // namespace
