// The timeline at a real review's size, in headless Chromium: 1,650 entries made by
// bench/generate.py, a screenshot, and the DOM after the page's scripts ran, measured
// by an added script: no lane label overlaps a mark, every entry is on the timeline
// once (alone or in a group), and the zoom script ran. Chromium comes from
// scripts/install-deps.sh; without it these tests fail.
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
using imr::test::read_file;
using imr::test::run_command;
namespace fs = std::filesystem;

constexpr const char* k_measure = R"js(<script>
(function () {
  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  var labels = Array.prototype.map.call(document.querySelectorAll('svg .lane-label'),
                                        function (l) { return l.getBoundingClientRect(); });
  var hits = 0, seqs = {}, marks = document.querySelectorAll('svg a.mark'), total = 0;
  Array.prototype.forEach.call(marks, function (m) {
    var shape = m.querySelector('circle, rect');
    if (m.style.display !== 'none') {
      var box = shape.getBoundingClientRect();
      labels.forEach(function (l) { if (overlap(l, box)) { hits++; } });
    }
    (m.getAttribute('data-seqs') || m.getAttribute('data-seq')).split(' ').forEach(function (s) {
      seqs[s] = (seqs[s] || 0) + 1; total++;
    });
  });
  var once = Object.keys(seqs).every(function (s) { return seqs[s] === 1; });
  var labelRight = Math.max.apply(null, labels.map(function (l) { return l.right; }));
  // Zoom in three times and pan once, as a user would with the buttons.
  var before = document.getElementById('timeline-range').textContent;
  ['in', 'in', 'in', 'later'].forEach(function (z) {
    document.querySelector('[data-zoom=' + z + ']').click();
  });
  var hidden = Array.prototype.filter.call(marks, function (m) { return m.style.display === 'none'; }).length;
  var zoomHits = 0;
  Array.prototype.forEach.call(marks, function (m) {
    if (m.style.display === 'none') { return; }
    var box = m.querySelector('circle, rect').getBoundingClientRect();
    labels.forEach(function (l) { if (overlap(l, box)) { zoomHits++; } });
  });
  var zoomed = document.getElementById('timeline-range').textContent;
  var out = document.createElement('pre');
  out.id = 'measured';
  out.textContent = 'labels=' + labels.length + ' marks=' + marks.length + ' entries=' + total +
    ' distinct=' + Object.keys(seqs).length + ' once=' + once + ' overlaps=' + hits +
    ' range=' + before + '; zoomed=' + zoomed + '; hidden=' + hidden + ' zoomoverlaps=' + zoomHits + ';';
  document.body.appendChild(out);
})();
</script>)js";

class TimelineAtScale : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_dir = fs::temp_directory_path() / ("imr-timeline-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        const std::string generate = "python3 '" + std::string(IMR_SOURCE_DIR) +
                                     "/bench/generate.py' '" + (s_dir / "review").string() +
                                     "' --entries 1650 >/dev/null 2>&1";
        ASSERT_EQ(std::system(generate.c_str()), 0) << generate;
        const std::string merge = std::string("'") + IMR_BINARY + "' merge '" +
                                  (s_dir / "review").string() + "' -o '" +
                                  (s_dir / "timeline.html").string() + "' 2>/dev/null";
        ASSERT_EQ(std::system(merge.c_str()), 0) << merge;
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    void SetUp() override {
        for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
            if (std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) ==
                0) {
                m_browser = name;
                break;
            }
        }
        ASSERT_FALSE(m_browser.empty()) << "Chromium is not installed (scripts/install-deps.sh)";
    }

    std::string chromium(const std::string& arguments) {
        const fs::path profile = s_dir / ("profile-" + std::to_string(++m_runs));
        return run_command(
            "timeout 180 " + m_browser +
            " --headless --no-sandbox --disable-gpu --disable-background-networking"
            " --disable-component-update --disable-sync --no-first-run --user-data-dir='" +
            profile.string() + "' " + arguments + " 2>/dev/null");
    }

    static inline fs::path s_dir;
    std::string m_browser;
    int m_runs = 0;
};

TEST_F(TimelineAtScale, AScreenshotOf1650EntriesIsDrawn) {
    const fs::path png = s_dir / "timeline.png";
    chromium("--window-size=1400,900 --screenshot='" + png.string() + "' 'file://" +
             (s_dir / "timeline.html").string() + "'");
    const std::string bytes = read_file(png);
    ASSERT_GT(bytes.size(), 20000u) << "no screenshot";
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
}

TEST_F(TimelineAtScale, NoLaneLabelOverlapsAMarkAndEveryEntryIsOnTheTimelineOnce) {
    std::string html = read_file(s_dir / "timeline.html");
    html.insert(html.rfind("</body>"), k_measure);
    const fs::path page = s_dir / "measured.html";
    std::ofstream(page, std::ios::binary) << html;
    for (const char* width : {"1400", "1000"}) {
        const std::string dom = chromium(std::string("--window-size=") + width +
                                         ",900 --dump-dom 'file://" + page.string() + "'");
        std::smatch m;
        ASSERT_TRUE(std::regex_search(
            dom, m,
            std::regex(R"(labels=(\d+) marks=(\d+) entries=(\d+) distinct=(\d+) once=(\w+) )"
                       R"(overlaps=(\d+) range=([^;]*);)")))
            << dom.substr(0, 2000);
        EXPECT_EQ(m.str(1), "9");
        const int marks = std::stoi(m[2]), entries = std::stoi(m[3]);
        EXPECT_LT(marks, entries) << "overlapping marks are drawn once with their count";
        EXPECT_EQ(m.str(4), m.str(3));
        EXPECT_EQ(m.str(5), "true");
        EXPECT_EQ(m.str(6), "0") << "a lane label overlaps a mark at width " << width;
        EXPECT_NE(m.str(7).find(" to "), std::string::npos) << "the zoom script did not run";
        std::smatch z;
        ASSERT_TRUE(std::regex_search(
            dom, z, std::regex(R"(zoomed=([^;]*); hidden=(\d+) zoomoverlaps=(\d+);)")));
        EXPECT_NE(z.str(1).find("(zoom 8.0"), std::string::npos) << z.str(1);
        EXPECT_NE(z.str(1), m.str(7));
        EXPECT_GT(std::stoi(z[2]), marks / 2) << "zoomed 8 times, most marks are out of view";
        EXPECT_EQ(z.str(3), "0") << "after zooming, a lane label overlaps a mark";
        // Every entry of the table is on the timeline.
        const std::regex row(R"(<tr id="e\d+")");
        const auto rows = std::distance(std::sregex_iterator(dom.begin(), dom.end(), row),
                                        std::sregex_iterator());
        EXPECT_EQ(entries, rows);
    }
}

}  // namespace
