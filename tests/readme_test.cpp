// The README's examples are real runs: every ```console block's `$ imr ...` command is
// run from the repository root (through sh, so `| head` works) and what it prints, on
// standard output and standard error together, must be the lines that follow it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {
namespace fs = std::filesystem;

struct Example {
    std::string command;
    std::string expected;
};

std::vector<Example> readme_examples() {
    std::ifstream in(fs::path(IMR_SOURCE_DIR) / "README.md");
    std::vector<Example> examples;
    bool in_console = false;
    for (std::string line; std::getline(in, line);) {
        if (!in_console) {
            in_console = line == "```console";
            continue;
        }
        if (line == "```") {
            in_console = false;
        } else if (line.rfind("$ ", 0) == 0) {
            examples.push_back({line.substr(2), ""});
        } else if (!examples.empty()) {
            examples.back().expected += line + "\n";
        }
    }
    return examples;
}

std::string run(const std::string& command) {
    const fs::path bin = fs::temp_directory_path() / ("imr-readme-" + std::to_string(::getpid()));
    fs::create_directories(bin);
    fs::remove(bin / "imr");
    fs::create_symlink(IMR_BINARY, bin / "imr");
    const fs::path out = bin / "out";
    const std::string shell = "cd '" + std::string(IMR_SOURCE_DIR) + "' && PATH='" + bin.string() +
                              "':\"$PATH\" sh -c '" + command + "' >'" + out.string() + "' 2>&1";
    EXPECT_NE(std::system(shell.c_str()), -1);
    std::ifstream in(out);
    std::ostringstream text;
    text << in.rdbuf();
    fs::remove_all(bin);
    return text.str();
}

TEST(Readme, EveryConsoleExampleIsARealRun) {
    const auto examples = readme_examples();
    ASSERT_GE(examples.size(), 3u);
    for (const auto& example : examples) {
        SCOPED_TRACE(example.command);
        ASSERT_EQ(example.command.find('\''), std::string::npos)
            << "use double quotes in README commands";
        EXPECT_EQ(run(example.command), example.expected);
    }
}

TEST(Readme, StartsWithTheTwoCommandsCiAndNewcomersRun) {
    std::ifstream in(fs::path(IMR_SOURCE_DIR) / "README.md");
    std::string lines[5];
    for (auto& line : lines) std::getline(in, line);
    EXPECT_EQ(lines[3], "bash scripts/setup.sh && build/imr merge examples/riverside-dhr");
    EXPECT_EQ(lines[4], "bash scripts/test.sh");
    std::ifstream ci(fs::path(IMR_SOURCE_DIR) / ".ci" / "run");
    std::stringstream script;
    script << ci.rdbuf();
    EXPECT_NE(script.str().find("bash scripts/test.sh"), std::string::npos);
}

}  // namespace
