// The real imr binary writing files: the xlsx workbook through a temporary file and a
// rename, and the JSON output merged again.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;

int imr(const std::string& args) {
    const std::string command = std::string("cd '") + IMR_SOURCE_DIR + "' && '" + IMR_BINARY +
                                "' " + args + " >/dev/null 2>&1 </dev/null";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class MergeOutputs : public testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("imr-outputs-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

TEST_F(MergeOutputs, XlsxIsAWorkbookWrittenAtomicallyWithOwnerOnlyPermissions) {
    const fs::path out = m_dir / "combined.xlsx";
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + out.string() + "'"), 0);
    EXPECT_EQ(read_file(out).substr(0, 2), "PK");  // a zip: the format came from the extension
    EXPECT_EQ(std::distance(fs::directory_iterator(m_dir), fs::directory_iterator{}),
              1);  // no temporary left
    EXPECT_EQ(fs::status(out).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(MergeOutputs, XlsxIntoAMissingFolderFailsWithExitThreeAndLeavesNothing) {
    EXPECT_EQ(
        imr("merge examples/riverside-dhr -o '" + (m_dir / "missing" / "c.xlsx").string() + "'"),
        3);
    EXPECT_FALSE(fs::exists(m_dir / "missing"));
}

TEST_F(MergeOutputs, TheJsonOutputMergedAgainGivesTheSameChronology) {
    const fs::path first = m_dir / "combined.json";
    const fs::path second = m_dir / "again.json";
    ASSERT_EQ(imr("merge examples/riverside-dhr -o '" + first.string() + "'"), 0);
    ASSERT_EQ(imr("merge examples/riverside-dhr/review.yaml '" + first.string() + "' -o '" +
                  second.string() + "'"),
              0);
    const auto a = nlohmann::json::parse(read_file(first));
    const auto b = nlohmann::json::parse(read_file(second));
    EXPECT_EQ(a["entries"].size(), 97u);
    EXPECT_EQ(a["entries"], b["entries"]);
    EXPECT_EQ(a["agencies"], b["agencies"]);
    EXPECT_EQ(a["notice"], b["notice"]);
}

}  // namespace
