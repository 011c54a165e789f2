// The workbook is checked from its parts: an xlsx file is a zip of XML files, which
// `unzip -p` prints one at a time.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "render/xlsx_renderer.hpp"
#include "render_fixture.hpp"

namespace {
namespace fs = std::filesystem;

std::string unzip(const fs::path& workbook, const std::string& part) {
    const std::string command = "unzip -p '" + workbook.string() + "' '" + part + "' 2>/dev/null";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return {};
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

class XlsxRenderer : public testing::Test {
  protected:
    void SetUp() override {
        if (std::system("command -v unzip >/dev/null 2>&1") != 0)
            GTEST_SKIP() << "unzip is not installed";
        m_dir = fs::temp_directory_path() / ("imr-xlsx-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
        m_path = m_dir / "combined.xlsx";
        auto written = imr::render::write_xlsx(imr::test::hostile_chronology(), m_path.string());
        ASSERT_TRUE(written.has_value()) << written.error();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    fs::path m_path;
};

TEST_F(XlsxRenderer, HasTheChronologyAgenciesAndDiagnosticsSheets) {
    const std::string workbook = unzip(m_path, "xl/workbook.xml");
    const auto chronology = workbook.find("name=\"Chronology\"");
    const auto agencies = workbook.find("name=\"Agencies\"");
    const auto diagnostics = workbook.find("name=\"Diagnostics\"");
    ASSERT_NE(chronology, std::string::npos) << workbook;
    ASSERT_NE(agencies, std::string::npos);
    ASSERT_NE(diagnostics, std::string::npos);
    EXPECT_LT(chronology, agencies);
    EXPECT_LT(agencies, diagnostics);
}

TEST_F(XlsxRenderer, KeepsEveryTextExactlyAsAStringNeverAFormula) {
    const std::string strings = unzip(m_path, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find(
                  "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; Siobhán Ó Briain said \"stop\""),
              std::string::npos)
        << strings;
    EXPECT_NE(strings.find("=HYPERLINK(\"http://x\",\"click\")"), std::string::npos);
    EXPECT_NE(strings.find("O'Neill &amp; Sons Clinic"), std::string::npos);
    EXPECT_NE(strings.find("CONFIDENTIAL: this chronology contains real names"), std::string::npos);
    EXPECT_EQ(unzip(m_path, "xl/worksheets/sheet1.xml").find("<f>"), std::string::npos);
}

TEST_F(XlsxRenderer, PutsTheNoticeAboveAFrozenFilterableHeaderAndOneRowPerEntry) {
    const std::string sheet = unzip(m_path, "xl/worksheets/sheet1.xml");
    // Row 1: the notice across every column; row 2: headings; rows 3-5: entries.
    EXPECT_NE(sheet.find("<mergeCell ref=\"A1:Q1\"/>"), std::string::npos) << sheet;
    EXPECT_NE(
        sheet.find(
            "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
        std::string::npos);
    EXPECT_NE(sheet.find("<autoFilter ref=\"A2:Q5\"/>"), std::string::npos);
    EXPECT_NE(sheet.find("<row r=\"5\""), std::string::npos);
    EXPECT_EQ(sheet.find("<row r=\"6\""), std::string::npos);
    EXPECT_NE(sheet.find("<c r=\"A3\" s=\""), std::string::npos);
    EXPECT_NE(sheet.find("<cols>"), std::string::npos);  // column widths
}

TEST_F(XlsxRenderer, FillsEachAgencyInItsColourAndBoldsSignificantEntries) {
    const std::string styles = unzip(m_path, "xl/styles.xml");
    EXPECT_NE(styles.find("<fgColor rgb=\"FFDBEAFE\"/>"), std::string::npos)
        << styles;                                                             // first agency
    EXPECT_NE(styles.find("<fgColor rgb=\"FFFEF3C7\"/>"), std::string::npos);  // second agency
    EXPECT_NE(styles.find("<b/>"), std::string::npos);
    EXPECT_NE(styles.find("wrapText=\"1\""), std::string::npos);
}

TEST_F(XlsxRenderer, ListsAgenciesWithTheirCountsOnTheSecondSheet) {
    const std::string sheet = unzip(m_path, "xl/worksheets/sheet2.xml");
    EXPECT_NE(sheet.find("<c r=\"B2\" s=\""), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("<v>1</v>"), std::string::npos);  // the clinic's one entry
    EXPECT_NE(sheet.find("<v>2</v>"), std::string::npos);  // the police's two
    EXPECT_NE(sheet.find("<v>3</v>"), std::string::npos);  // the total
}

TEST_F(XlsxRenderer, WritesNothingButReportsAFolderThatDoesNotExist) {
    auto written = imr::render::write_xlsx(imr::test::hostile_chronology(),
                                           (m_dir / "no" / "such.xlsx").string());
    EXPECT_FALSE(written.has_value());
    EXPECT_FALSE(fs::exists(m_dir / "no"));
}

}  // namespace
