#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace imr::cmd {

// Words a CLI11 parse error in imr's voice and writes it to `err`: one line starting
// `imr: error:` that names the fix (the option to use, the nearest command or option:
// "did you mean ...?", the --help to read). Returns the usage exit code (2).
int report_usage_error(const CLI::App& cli, const CLI::ParseError& error, std::ostream& err);

// The error for a first argument that is no command, with the nearest command if one is
// close; nothing when `word` is a command.
std::optional<std::string> unknown_command_error(const CLI::App& cli, std::string_view word);

}  // namespace imr::cmd
