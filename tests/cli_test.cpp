// The command line as a user meets it: the man page covers every command and option --help
// shows, and every example review passes `validate --strict` (CI runs it on them).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

const fs::path k_root = IMR_SOURCE_DIR;

struct ImrRun {
    int exit_code = -1;
    std::string out;
};

// Runs imr with `args` (already quoted for the shell), standard error joined to the output.
ImrRun run(const std::string& args) {
    const std::string command =
        "cd '" + k_root.string() + "' && '" + std::string(IMR_BINARY) + "' " + args + " 2>&1";
    ImrRun result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::vector<std::string> commands_in_help(const std::string& help) {
    std::vector<std::string> names;
    const auto start = help.find("Subcommands:\n");
    if (start == std::string::npos) return names;
    const std::regex line(R"(\n  ([a-z][a-z-]*) )");
    const std::string rest = help.substr(start);
    for (std::sregex_iterator it(rest.begin(), rest.end(), line), end; it != end; ++it)
        names.push_back((*it)[1]);
    return names;
}

std::set<std::string> options_in_help(const std::string& help) {
    std::set<std::string> names;
    const std::regex option(R"((?:^|[\s,])(--?[a-z][a-z-]*))");
    const auto options = help.find("Options:\n");
    const std::string part = help.substr(options == std::string::npos ? 0 : options);
    for (std::sregex_iterator it(part.begin(), part.end(), option), end; it != end; ++it) {
        const std::string name = (*it)[1];
        if (name != "-o" || part.find("-o,--output") != std::string::npos) names.insert(name);
    }
    return names;
}

// The man page as text: roff's escaped hyphens made plain.
std::string man_text() {
    std::string page = run("help-man").out;
    return std::regex_replace(page, std::regex(R"(\\-)"), "-");
}

TEST(ManPage, NamesEveryCommandAndEveryOptionOfHelp) {
    const std::string page = man_text();
    const auto commands = commands_in_help(run("--help").out);
    ASSERT_GE(commands.size(), 9U);
    for (const auto& command : commands) {
        SCOPED_TRACE(command);
        EXPECT_NE(page.find(".SS " + command + "\n"), std::string::npos);
        const std::string help = run(command + " --help").out;
        const auto options = options_in_help(help.substr(help.find("Options:")));
        EXPECT_GE(options.size(), 1U);
        const auto section_start = page.find(".SS " + command + "\n");
        const auto section_end = page.find(".SS ", section_start + 1);
        const std::string section = page.substr(section_start, section_end - section_start);
        for (const auto& option : options) {
            if (option == "-h" || option == "--help") continue;
            EXPECT_NE(section.find("\\fB" + option + "\\fR"), std::string::npos) << option;
        }
    }
}

TEST(ManPage, HasExitStatusEnvironmentFilesAndExamples) {
    const std::string page = man_text();
    for (const char* part :
         {".SH EXIT STATUS", ".TP\n70\n", ".TP\n3\n", ".SH ENVIRONMENT", "NO_COLOR", "COLUMNS",
          ".SH FILES", "review.yaml", ".SH EXAMPLES", "--color"})
        EXPECT_NE(page.find(part), std::string::npos) << part;
    EXPECT_EQ(page, man_text());  // deterministic: no date, no machine
}

TEST(Help, ListsExitCode70AndWritesChoicesOneWay) {
    const std::string help = run("--help").out;
    EXPECT_NE(help.find("70 a bug in imr"), std::string::npos) << help;
    const std::string merge = run("merge --help").out;
    EXPECT_NE(merge.find("--format text|md|csv|json|yaml|html|xlsx"), std::string::npos) << merge;
    EXPECT_EQ(merge.find("TEXT:"), std::string::npos) << merge;
    EXPECT_NE(run("gaps --help").out.find("--fail-on high|medium|low"), std::string::npos);
    EXPECT_NE(run("parties --help").out.find("--format text|json"), std::string::npos);
}

TEST(ExampleReviews, EveryExamplePassesValidateStrict) {
    int reviews = 0;
    for (const auto& entry : fs::directory_iterator(k_root / "examples")) {
        if (!entry.is_directory()) continue;
        bool has_data = false;
        for (const auto& file : fs::directory_iterator(entry.path())) {
            const auto ext = file.path().extension();
            const bool hidden = file.path().filename().string().front() == '.';  // not read
            has_data = has_data || (!hidden && (ext == ".yaml" || ext == ".yml" || ext == ".json"));
        }
        if (!has_data) continue;  // examples/ci holds CI jobs, not a review
        ++reviews;
        const std::string folder = "examples/" + entry.path().filename().string();
        const ImrRun result = run("validate --strict " + folder);
        EXPECT_EQ(result.exit_code, 0) << folder << ":\n" << result.out;
    }
    EXPECT_GE(reviews, 2);
}

}  // namespace
