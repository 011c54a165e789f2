// The HTML chronology and panel pack on paper: headless Chromium prints them to PDF
// (A4 landscape, page count within the README's target), and lays them out with the
// print style sheet applied at the printable width to check that no table is wider than
// the page. Chromium and poppler-utils come from scripts/install-deps.sh; without them
// these tests fail.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_files.hpp"

namespace {
using imr::test::browser;
using imr::test::read_file;
using imr::test::run_command;
namespace fs = std::filesystem;

// A page's print layout, measured: the print rules made unconditional, at A4
// landscape's printable width (277 mm at 96 px per inch), with a script that writes the
// widest table's right edge and the page's width into the DOM.
constexpr const char* k_measure = R"js(<script>
(function () {
  var width = document.documentElement.clientWidth, widest = 0, which = '', spill = 0, cell = '';
  // On a screen a wide table may scroll inside its own box (.matrix, .timeline); that box
  // must fit. In print nothing scrolls, and the print rules make the tables fit.
  Array.prototype.forEach.call(document.querySelectorAll('table, svg'), function (t) {
    var box = (t.parentElement.closest('.matrix, .timeline') || t).getBoundingClientRect();
    if (box.width === 0) { return; }  // not shown in print
    if (box.right > widest) { widest = box.right; which = t.id || t.getAttribute('class'); }
  });
  // A cell whose content is wider than the cell is cut off as surely as a wide table.
  Array.prototype.forEach.call(document.querySelectorAll('td, th'), function (c) {
    if (c.getBoundingClientRect().width === 0) { return; }
    var over = c.scrollWidth - c.clientWidth;
    if (over > spill) { spill = over; cell = c.textContent.slice(0, 40); }
  });
  var out = document.createElement('pre');
  out.id = 'measured';
  out.textContent = 'page=' + width + ' widest=' + Math.ceil(widest) + ' spill=' + spill +
    ' in=' + which + ' cell=' + cell;
  document.body.appendChild(out);
})();
</script>)js";

class HtmlPrint : public testing::TestWithParam<const char*> {
  protected:
    void SetUp() override {
        m_browser = browser();
        ASSERT_FALSE(m_browser.empty()) << "Chromium is not installed (scripts/install-deps.sh)";
        ASSERT_EQ(std::system("command -v pdfinfo >/dev/null 2>&1"), 0)
            << "poppler-utils is not installed (scripts/install-deps.sh)";
        m_dir = fs::temp_directory_path() / ("imr-print-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path write(const std::string& command, const std::string& example) {
        const fs::path out = m_dir / (command + ".html");
        const std::string line = std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                                 "' " + command + " examples/" + example + " -o '" + out.string() +
                                 "' 2>/dev/null";
        EXPECT_EQ(std::system(line.c_str()), 0) << line;
        return out;
    }

    std::string chromium(const std::string& arguments) {
        const fs::path profile = m_dir / ("profile-" + std::to_string(++m_runs));
        return run_command(
            "timeout 120 " + m_browser +
            " --headless --no-sandbox --disable-gpu --disable-background-networking"
            " --disable-component-update --disable-sync --no-first-run --user-data-dir='" +
            profile.string() + "' " + arguments + " 2>/dev/null");
    }

    // The number of A4 landscape pages Chromium prints `page` on.
    int printed_pages(const fs::path& page) {
        const fs::path pdf = m_dir / (page.stem().string() + ".pdf");
        chromium("--no-pdf-header-footer --print-to-pdf='" + pdf.string() + "' 'file://" +
                 page.string() + "'");
        const std::string info = run_command("pdfinfo '" + pdf.string() + "' 2>&1");
        EXPECT_NE(info.find("Page size:       841.92 x 594.96 pts (A4)"), std::string::npos)
            << info;
        std::smatch m;
        return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
    }

    // "page=W widest=R spill=S ..." for `page` laid out with its print rules (or, with
    // `print` false, on a screen `width` pixels wide).
    std::string print_layout(const fs::path& page, bool print = true, int width = 1047) {
        std::string html = read_file(page);
        if (print) html = std::regex_replace(html, std::regex("@media print"), "@media all");
        html.insert(html.rfind("</body>"), k_measure);
        const fs::path measured = m_dir / ("measured-" + page.filename().string());
        std::ofstream(measured, std::ios::binary) << html;
        const std::string dom = chromium("--window-size=" + std::to_string(width) +
                                         ",740 --dump-dom 'file://" + measured.string() + "'");
        const std::string start = "<pre id=\"measured\">";
        const auto at = dom.find(start);
        if (at == std::string::npos) return "no measurement in the DOM";
        return dom.substr(at + start.size(), dom.find('<', at + start.size()) - at - start.size());
    }

    void expect_fits(const fs::path& page, bool print = true, int width = 1047) {
        const std::string layout = print_layout(page, print, width);
        std::smatch m;
        ASSERT_TRUE(
            std::regex_search(layout, m, std::regex(R"(page=(\d+) widest=(\d+) spill=(\d+))")))
            << layout;
        EXPECT_GT(std::stoi(m[1]), width - 40) << layout;
        EXPECT_LE(std::stoi(m[2]), std::stoi(m[1])) << "a table is wider than the page: " << layout;
        EXPECT_LE(std::stoi(m[3]), 1) << "a cell's content is cut off: " << layout;
    }

    std::string m_browser;
    fs::path m_dir;
    int m_runs = 0;
};

struct Target {
    const char* example;
    int chronology_pages;  // at most, as the README states
    int pack_pages;
};

// The README's targets (measured with Chromium 156: riverside 20 and 33, seed 13 and 22).
constexpr Target k_targets[] = {{"riverside-dhr", 22, 36}, {"seed-dhr", 16, 25}};

const Target& target(const char* example) {
    for (const auto& t : k_targets) {
        if (std::string(t.example) == example) return t;
    }
    throw std::logic_error("no target");
}

TEST_P(HtmlPrint, TheChronologyPrintsWithinItsPageTargetAndNoTableIsCutOff) {
    const fs::path page = write("merge", GetParam());
    const int pages = printed_pages(page);
    EXPECT_GE(pages, 5);
    EXPECT_LE(pages, target(GetParam()).chronology_pages);
    expect_fits(page);
}

TEST_P(HtmlPrint, ThePanelPackPrintsWithinItsPageTargetAndNoTableIsCutOff) {
    const fs::path page = write("report", GetParam());
    const int pages = printed_pages(page);
    EXPECT_GE(pages, 8);
    EXPECT_LE(pages, target(GetParam()).pack_pages);
    expect_fits(page);
}

TEST_P(HtmlPrint, OnAScreen800PixelsWideTheTablesReflowAndNothingIsCutOff) {
    expect_fits(write("report", GetParam()), false, 800);
    expect_fits(write("merge", GetParam()), false, 640);
}

INSTANTIATE_TEST_SUITE_P(Examples, HtmlPrint, testing::Values("riverside-dhr", "seed-dhr"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name) c = c == '-' ? '_' : c;
                             return name;
                         });

}  // namespace
