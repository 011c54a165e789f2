// The same input gives byte-identical output whatever the order of files on the command
// line, the order the file system lists them, the time zone, the locale and the number of
// jobs reading files. (The build type is covered by the golden files: every build,
// sanitized or not, must match them.)
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {
namespace fs = std::filesystem;

const fs::path k_example = fs::path(IMR_SOURCE_DIR) / "examples" / "riverside-dhr";

std::string run(const std::string& env, const std::string& args) {
    const fs::path out = fs::temp_directory_path() / ("imr-det-" + std::to_string(::getpid()));
    const std::string command =
        env + " '" + std::string(IMR_BINARY) + "' " + args + " >'" + out.string() + "' 2>/dev/null";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream in(out, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    fs::remove(out);
    return text.str();
}

std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string joined(const std::vector<std::string>& files) {
    std::string out;
    for (const auto& f : files) out += " '" + f + "'";
    return out;
}

const char* const k_formats[] = {"json", "md", "csv", "yaml", "html", "text"};

TEST(Determinism, TimeZoneAndLocaleDoNotChangeTheOutput) {
    for (const char* format : k_formats) {
        SCOPED_TRACE(format);
        const std::string args =
            "merge --format " + std::string(format) + " '" + k_example.string() + "'";
        const std::string reference = run("TZ=UTC LC_ALL=C", args);
        ASSERT_FALSE(reference.empty());
        EXPECT_EQ(run("TZ=Pacific/Kiritimati LC_ALL=C.UTF-8", args), reference);
        EXPECT_EQ(run("TZ=America/Los_Angeles LANG=en_US.UTF-8 LC_ALL=", args), reference);
        EXPECT_EQ(run("TZ=Europe/London LC_ALL=POSIX", args), reference);
    }
}

TEST(Determinism, TheWorkbookIsByteIdenticalAcrossRunsAndTimeZones) {
    const fs::path dir = fs::temp_directory_path() / ("imr-det-xlsx-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string workbooks[2];
    const char* const zones[] = {"TZ=UTC", "TZ=Asia/Tokyo"};
    for (int i = 0; i < 2; ++i) {
        const fs::path out = dir / ("chronology" + std::to_string(i) + ".xlsx");
        run(zones[i], "merge '" + k_example.string() + "' -o '" + out.string() + "'");
        std::ifstream in(out, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        workbooks[i] = bytes.str();
    }
    fs::remove_all(dir);
    EXPECT_GT(workbooks[0].size(), 1000u);
    EXPECT_TRUE(workbooks[0] == workbooks[1]) << "the workbooks differ";
}

TEST(Determinism, FileOrderOnTheCommandLineDoesNotChangeTheOutput) {
    auto files = files_in(k_example);
    const std::string reference = run("", "merge --format json" + joined(files));
    std::reverse(files.begin(), files.end());
    EXPECT_EQ(run("", "merge --format json" + joined(files)), reference);
    std::rotate(files.begin(), files.begin() + 3, files.end());
    EXPECT_EQ(run("", "merge --format json" + joined(files)), reference);
}

TEST(Determinism, TheNumberOfJobsDoesNotChangeTheOutput) {
    // Files are read in parallel; the result must be the serial one, byte for byte,
    // diagnostics and their order included.
    const std::string example = "'" + k_example.string() + "'";
    const std::string malformed =
        "'" + (fs::path(IMR_SOURCE_DIR) / "tests/e2e/reviews/malformed").string() + "'";
    const std::string reference = run("", "merge --format json --jobs 1 " + example);
    ASSERT_FALSE(reference.empty());
    EXPECT_EQ(run("", "merge --format json --jobs 4 " + example), reference);
    EXPECT_EQ(run("", "merge --format json -j 3 " + example), reference);
    EXPECT_EQ(run("", "merge --format json " + example), reference);
    const std::string command = "'" + std::string(IMR_BINARY) + "' validate --format json ";
    const auto validate = [&](const std::string& jobs) {
        const fs::path out =
            fs::temp_directory_path() / ("imr-det-jobs-" + std::to_string(::getpid()));
        const std::string line =
            command + jobs + " " + example + " " + malformed + " >'" + out.string() + "'";
        EXPECT_EQ(WEXITSTATUS(std::system(line.c_str())), 1)
            << line;  // the malformed review has errors
        std::ifstream in(out, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        fs::remove(out);
        return text.str();
    };
    const std::string serial = validate("--jobs 1");
    EXPECT_NE(serial.find("\"diagnostics\""), std::string::npos);
    EXPECT_EQ(validate("--jobs 4"), serial);
}

TEST(Determinism, DirectoryListingOrderDoesNotChangeTheOutput) {
    // On tmpfs a folder lists its files newest first, so copies made in opposite orders
    // list in opposite orders (on ext4 the order is a hash of the names and would not
    // change: the test first proves that the two listings differ).
    const fs::path shm = "/dev/shm";
    ASSERT_TRUE(fs::is_directory(shm)) << "this test needs a tmpfs at /dev/shm";
    const fs::path base = shm / ("imr-det-dirs-" + std::to_string(::getpid()));
    auto files = files_in(k_example);
    std::string outputs[2];
    std::vector<std::string> listings[2];
    for (int pass = 0; pass < 2; ++pass) {
        const fs::path copy = base / "riverside-dhr";
        fs::remove_all(base);
        fs::create_directories(copy);
        for (const auto& f : files) fs::copy_file(f, copy / fs::path(f).filename());
        for (const auto& entry : fs::directory_iterator(copy))
            listings[pass].push_back(entry.path().filename().string());
        std::reverse(files.begin(), files.end());
        outputs[pass] = run("", "merge --format json '" + copy.string() + "'");
    }
    fs::remove_all(base);
    ASSERT_NE(listings[0], listings[1]) << "the two copies listed their files in one order";
    EXPECT_FALSE(outputs[0].empty());
    EXPECT_EQ(outputs[0], outputs[1]);
}

}  // namespace
