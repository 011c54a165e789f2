// Hostile input: every file under tests/hostile/ is validated by the real binary, which
// must finish quickly, never crash, and report the expected exit code and first
// diagnostic (code and line). Each FILE has FILE.expect: `exit=N [code=C line=L]`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;

const fs::path k_dir = fs::path(IMR_SOURCE_DIR) / "tests" / "hostile";

std::vector<std::string> hostile_files() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(k_dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".expect") names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

class Hostile : public testing::TestWithParam<std::string> {};

TEST_P(Hostile, IsRefusedCleanlyWithItsCodeAndLine) {
    const fs::path file = k_dir / GetParam();
    const std::string expect = read_file(file.string() + ".expect");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(expect, m, std::regex(R"(exit=(\d+))"))) << expect;
    const int expected_exit = std::stoi(m[1]);
    const fs::path out = fs::temp_directory_path() / ("imr-hostile-" + std::to_string(::getpid()));
    const std::string command = "timeout 20 '" + std::string(IMR_BINARY) +
                                "' validate --format json '" + file.string() + "' >'" +
                                out.string() + "' 2>/dev/null";
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system(command.c_str());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string report = read_file(out);
    fs::remove(out);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), expected_exit) << report;
    EXPECT_LT(seconds, 10.0) << "a hostile file must be refused quickly";
    if (std::regex_search(expect, m, std::regex(R"(code=(\S+) line=(\d+))"))) {
        // The first diagnostic of the report, whatever its code, is the one expected.
        const auto json = nlohmann::json::parse(report, nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << report.substr(0, 2000);
        ASSERT_FALSE(json["diagnostics"].empty()) << report.substr(0, 2000);
        const auto& first = json["diagnostics"][0];
        EXPECT_EQ(first["code"], std::string(m[1])) << report.substr(0, 2000);
        EXPECT_EQ(first["line"], std::stoi(m[2])) << report.substr(0, 2000);
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, Hostile, testing::ValuesIn(hostile_files()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

}  // namespace
