#pragma once

#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <vector>

namespace imr::cmd {

// What a value names on the command line, for completion: a file, a folder, or either.
enum class PathKind { file, folder, file_or_folder };

// What imr's command line holds beyond CLI11's own definitions, read by the usage errors,
// the man page and the shell completions so that all three follow --help: the values an
// option takes (formats, rule ids), what kind of path an option or positional names, and
// the examples of each command.
struct CliSpec {
    std::map<const CLI::Option*, std::vector<std::string>> values;
    std::map<const CLI::Option*, PathKind> paths;
    std::map<const CLI::App*, std::vector<std::string>> examples;  // command lines, no "$ "
};

// "text|md|csv": a choice list, written the one way help, man page and errors use.
std::string choice_list(const std::vector<std::string>& values);

// The visible subcommands of `cli`, in the order they were added.
std::vector<const CLI::App*> visible_commands(const CLI::App& cli);

// The options of `command` as its --help shows them (positionals last), without --help.
std::vector<const CLI::Option*> visible_options(const CLI::App& command);

// The option's names as written: "-o, --output" or "--format"; a positional's name.
std::string option_names(const CLI::Option& option);

}  // namespace imr::cmd
