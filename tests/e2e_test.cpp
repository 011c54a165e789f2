// End-to-end tests: run the real imr binary on real folders and compare what it prints
// with golden files. Each folder under tests/e2e/cases/ is one case:
//   args    the arguments, one per line, run from the repository root
//   exit    the expected exit code
//   stdout  the expected standard output (optional: absent means not compared)
//   stderr  the expected standard error (optional)
// IMR_UPDATE_GOLDEN=1 rewrites stdout, stderr and exit from the actual run; review the
// diff like code.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;

const fs::path k_root = IMR_SOURCE_DIR;
const fs::path k_cases = k_root / "tests" / "e2e" / "cases";

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string shell_quote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct ImrRun {
    int exit_code;
    std::string out;
    std::string err;
};

// Runs imr with `args` from the repository root, with a fixed locale and time zone.
ImrRun run_imr(const std::vector<std::string>& args) {
    const fs::path scratch = fs::temp_directory_path() / ("imr-e2e-" + std::to_string(::getpid()));
    fs::create_directories(scratch);
    std::string command = "cd " + shell_quote(k_root.string()) + " && " + shell_quote(IMR_BINARY);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " >" + shell_quote((scratch / "out").string()) + " 2>" +
               shell_quote((scratch / "err").string()) + " </dev/null";
    const int status = std::system(command.c_str());
    ImrRun run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(scratch / "out"),
               read_file(scratch / "err")};
    fs::remove_all(scratch);
    return run;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(k_cases)) {
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

class EndToEnd : public testing::TestWithParam<std::string> {};

TEST_P(EndToEnd, OutputMatchesGolden) {
    const fs::path dir = k_cases / GetParam();
    const ImrRun run = run_imr(lines_of(read_file(dir / "args")));
    if (std::getenv("IMR_UPDATE_GOLDEN") != nullptr) {
        write_file(dir / "exit", std::to_string(run.exit_code) + "\n");
        write_file(dir / "stdout", run.out);
        write_file(dir / "stderr", run.err);
        GTEST_SKIP() << "golden files rewritten";
    }
    EXPECT_EQ(std::to_string(run.exit_code) + "\n", read_file(dir / "exit")) << "stderr:\n"
                                                                             << run.err;
    if (fs::exists(dir / "stdout")) {
        EXPECT_EQ(run.out, read_file(dir / "stdout"));
    }
    if (fs::exists(dir / "stderr")) {
        EXPECT_EQ(run.err, read_file(dir / "stderr"));
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, EndToEnd, testing::ValuesIn(case_names()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

TEST(EndToEndOutput, MergeWritesTheFileAtomicallyAndOnlyTheFile) {
    const fs::path dir = fs::temp_directory_path() / ("imr-e2e-out-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path out = dir / "combined.json";
    const ImrRun run = run_imr({"merge", "examples/riverside-dhr", "-o", out.string()});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "");
    const std::string written = read_file(out);
    EXPECT_EQ(written.substr(0, 1), "{");  // json inferred from the extension
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
    EXPECT_EQ(fs::status(out).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    fs::remove_all(dir);
}

TEST(EndToEndOutput, MergeRefusesToWriteOverAnInput) {
    const fs::path dir = fs::temp_directory_path() / ("imr-e2e-over-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy(k_root / "tests/e2e/reviews/minimal", dir, fs::copy_options::recursive);
    const std::string before = read_file(dir / "police.yaml");
    const ImrRun run = run_imr({"merge", dir.string(), "-o", (dir / "." / "police.yaml").string()});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("is one of the input files"), std::string::npos) << run.err;
    EXPECT_EQ(read_file(dir / "police.yaml"), before);
    fs::remove_all(dir);
}

TEST(EndToEndOutput, MergeOfTheSameFilesInAnyOrderIsByteIdentical) {
    const std::string a = "tests/e2e/reviews/minimal/police.yaml";
    const std::string b = "tests/e2e/reviews/minimal/hospital.json";
    const ImrRun forward = run_imr({"merge", "--format", "json", a, b});
    const ImrRun backward = run_imr({"merge", "--format", "json", b, a});
    EXPECT_EQ(forward.exit_code, 0) << forward.err;
    EXPECT_EQ(forward.out, backward.out);
}

}  // namespace
