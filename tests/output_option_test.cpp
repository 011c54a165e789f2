// `-o` on every command that writes a report (spec section 5, 1.1): the format from the
// extension, an extension the command cannot write refused with exit 2 and nothing
// written, and `-o -` for standard output. The real binary, as a user runs it.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/exit_code.hpp"
#include "app/merge_command.hpp"
#include "app/report_command.hpp"
#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;

struct ImrRun {
    int exit_code = -1;
    std::string out;
};

ImrRun imr(const std::string& args) {
    const std::string command = std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                                "' " + args + " 2>/dev/null </dev/null";
    ImrRun run;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        run.out.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

class OutputOption : public testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("imr-o-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // Runs `command` on the Riverside example with -o FILE; returns FILE's content.
    std::string written(const std::string& command, const std::string& file, int exit_code = 0) {
        const ImrRun run =
            imr(command + " examples/riverside-dhr -o '" + (m_dir / file).string() + "'");
        EXPECT_EQ(run.exit_code, exit_code) << command << " " << file;
        EXPECT_EQ(run.out, "");
        return read_file(m_dir / file);
    }
    fs::path m_dir;
};

TEST_F(OutputOption, ValidateTakesItsReportFormatFromTheExtension) {
    EXPECT_NE(written("validate", "report.sarif").find("\"version\": \"2.1.0\""),
              std::string::npos);
    EXPECT_EQ(written("validate", "report.xml").substr(0, 5), "<?xml");
    EXPECT_NE(written("validate", "report.json").find("\"diagnostics\""), std::string::npos);
    EXPECT_NE(written("validate", "report.txt").find("imr: checked 10 files"), std::string::npos);
}

TEST_F(OutputOption, GapsAndKnowledgeTakeTheirFormatFromTheExtension) {
    EXPECT_EQ(written("gaps", "f.csv").substr(0, 17), "\xEF\xBB\xBFseverity,rule,");
    EXPECT_EQ(written("gaps", "f.json").substr(0, 1), "{");
    EXPECT_NE(written("gaps", "f.md").find("# "), std::string::npos);
    EXPECT_EQ(written("gaps", "f.docx").substr(0, 2), "PK");
    EXPECT_EQ(written("knowledge", "k.json").substr(0, 1), "{");
    EXPECT_EQ(written("knowledge", "k.csv").find("{"), std::string::npos);
    EXPECT_EQ(written("report", "p.docx").substr(0, 2), "PK");
    EXPECT_EQ(written("report", "p.html").substr(0, 15), "<!DOCTYPE html>");
}

TEST_F(OutputOption, AnExtensionTheCommandCannotWriteIsAUsageErrorAndWritesNothing) {
    for (const auto& [command, file] :
         std::vector<std::pair<std::string, std::string>>{{"merge", "c.pdf"},
                                                          {"validate", "v.html"},
                                                          {"gaps", "g.xlsx"},
                                                          {"knowledge", "k.docx"},
                                                          {"report", "p.md"},
                                                          {"report", "noextension"}}) {
        written(command, file, 2);
        EXPECT_FALSE(fs::exists(m_dir / file)) << command << " " << file;
    }
    EXPECT_TRUE(fs::is_empty(m_dir));
}

TEST_F(OutputOption, DashIsStandardOutput) {
    EXPECT_EQ(imr("gaps examples/riverside-dhr --format csv -o -").out.substr(0, 17),
              "\xEF\xBB\xBFseverity,rule,");
    EXPECT_EQ(imr("merge examples/riverside-dhr --format docx -o -").out.substr(0, 2), "PK");
    EXPECT_EQ(imr("report examples/riverside-dhr -o -").out.substr(0, 15), "<!DOCTYPE html>");
    EXPECT_TRUE(fs::is_empty(m_dir));
    EXPECT_FALSE(fs::exists(fs::path(IMR_SOURCE_DIR) / "-"));
}

TEST_F(OutputOption, AnExplicitFormatWinsOverTheExtension) {
    EXPECT_EQ(written("gaps --format json", "findings.txt").substr(0, 1), "{");
}

// A Word document is never written to a terminal: merge and report refuse alike, before
// reading anything, and name a file to write it to.
TEST(WordOutput, IsNotWrittenToATerminal) {
    std::ostringstream out;
    std::ostringstream err;
    imr::app::MergeOptions merge;
    merge.paths = {"no-such-folder"};
    merge.format = imr::render::ChronologyFormat::docx;
    merge.is_terminal = true;
    EXPECT_EQ(imr::app::run_merge(merge, out, err), imr::app::k_exit_usage);
    imr::app::ReportOptions report;
    report.paths = {"no-such-folder"};
    report.format = "docx";
    report.is_terminal = true;
    EXPECT_EQ(imr::app::run_report(report, out, err), imr::app::k_exit_usage);
    EXPECT_EQ(out.str(), "");
    EXPECT_EQ(err.str(),
              "imr: error: docx is a binary document and is not written to a terminal (write it "
              "to a file: -o chronology.docx)\n"
              "imr: error: docx is a binary document and is not written to a terminal (write it "
              "to a file: -o pack.docx)\n");
    merge.is_terminal = false;  // a pipe takes it; here the folder is then missing
    err.str("");
    EXPECT_NE(imr::app::run_merge(merge, out, err), imr::app::k_exit_usage);
}

}  // namespace
