// The HTML report in a real browser: headless Chromium loads the page with a filter in
// its URL fragment and dumps the DOM after the page's script ran. Skips (saying so) when
// no Chromium is installed; scripts/install-deps.sh installs it for CI.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "support/test_files.hpp"

namespace {
using imr::test::browser;
using imr::test::run_command;
namespace fs = std::filesystem;

class HtmlInBrowser : public testing::Test {
  protected:
    void SetUp() override {
        m_browser = browser();
        if (m_browser.empty())
            GTEST_SKIP() << "no Chromium installed: the HTML report was not tested in a browser";
        m_dir = fs::temp_directory_path() / ("imr-browser-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
        m_report = m_dir / "report.html";
        const std::string merge = std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                                  "' merge examples/riverside-dhr -o '" + m_report.string() +
                                  "' 2>/dev/null";
        ASSERT_EQ(std::system(merge.c_str()), 0);
    }
    void TearDown() override {
        if (!m_dir.empty()) fs::remove_all(m_dir);
    }

    // The DOM after load, with `fragment` as the URL's fragment.
    std::string dump_dom(const std::string& fragment) {
        const fs::path profile = m_dir / ("profile-" + std::to_string(++m_runs));
        return run_command(
            "timeout 120 " + m_browser +
            " --headless --no-sandbox --disable-gpu --disable-background-networking"
            " --disable-component-update --disable-sync --no-first-run --user-data-dir='" +
            profile.string() + "' --dump-dom 'file://" + m_report.string() + fragment +
            "' 2>/dev/null");
    }

    std::string m_browser;
    fs::path m_dir;
    fs::path m_report;
    int m_runs = 0;
};

struct Row {
    int seq;
    std::string agency;
    bool hidden;
};

std::vector<Row> rows_of(const std::string& dom) {
    std::vector<Row> rows;
    static const std::regex k_row(R"re(<tr id="e(\d+)"[^>]*data-agency="([^"]*)"[^>]*>)re");
    for (std::sregex_iterator it(dom.begin(), dom.end(), k_row), end; it != end; ++it) {
        rows.push_back(
            {std::stoi((*it)[1]), (*it)[2], it->str().find(" hidden=") != std::string::npos});
    }
    return rows;
}

int expected_entries() {
    std::ifstream in(fs::path(IMR_SOURCE_DIR) / "tests/e2e/cases/merge-example-csv/stdout",
                     std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    int records = 0;
    const std::string csv = text.str();
    for (auto at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
        ++records;
    return records - 1;  // the header
}

TEST_F(HtmlInBrowser, EveryEntryIsInTheRenderedPage) {
    const auto rows = rows_of(dump_dom(""));
    ASSERT_EQ(static_cast<int>(rows.size()), expected_entries());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].seq, static_cast<int>(i) + 1);
        EXPECT_FALSE(rows[i].hidden) << rows[i].seq;
    }
}

TEST_F(HtmlInBrowser, TheAgencyFilterInTheFragmentHidesEveryOtherAgencysRows) {
    const std::string dom = dump_dom("#agency=Northvale%20Constabulary");
    const auto rows = rows_of(dom);
    ASSERT_EQ(static_cast<int>(rows.size()), expected_entries());
    int shown = 0;
    for (const auto& row : rows) {
        EXPECT_EQ(row.hidden, row.agency != "Northvale Constabulary") << row.seq;
        shown += row.hidden ? 0 : 1;
    }
    EXPECT_GT(shown, 0);
    EXPECT_NE(dom.find("Showing " + std::to_string(shown) + " of " + std::to_string(rows.size()) +
                       " entries"),
              std::string::npos);
}

std::set<int> shown_seqs(const std::vector<Row>& rows) {
    std::set<int> seqs;
    for (const auto& row : rows) {
        if (!row.hidden) seqs.insert(row.seq);
    }
    return seqs;
}

// The entry numbers `imr merge` itself keeps with the same date filter.
std::set<int> seqs_kept_by_imr(const std::string& from, const std::string& to) {
    const std::string csv =
        run_command(std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                    "' merge examples/riverside-dhr --format csv --from " + from + " --to " + to +
                    " 2>/dev/null");
    std::set<int> seqs;
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);  // the header
    while (std::getline(lines, line)) {
        if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])))
            seqs.insert(std::stoi(line));
    }
    return seqs;
}

TEST_F(HtmlInBrowser, TheDateFilterKeepsTheSameEntriesAsImrMergeDoes) {
    const auto expected = seqs_kept_by_imr("2014-01-01", "2014-01-31");
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(shown_seqs(rows_of(dump_dom("#from=2014-01-01&to=2014-01-31"))), expected);
}

TEST_F(HtmlInBrowser, TheTextSearchNarrowsTheDateFilter) {
    const auto by_date = seqs_kept_by_imr("2014-01-01", "2014-01-31");
    const auto both = shown_seqs(
        rows_of(dump_dom("#from=2014-01-01&to=2014-01-31&q=ended%20the%20relationship")));
    EXPECT_FALSE(both.empty());
    EXPECT_LT(both.size(), by_date.size());
    for (int seq : both) EXPECT_TRUE(by_date.count(seq)) << seq;
}

}  // namespace
