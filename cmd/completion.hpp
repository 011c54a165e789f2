#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string_view>

#include "cli_spec.hpp"

namespace imr::cmd {

enum class Shell { bash, zsh, fish };

// "bash", "zsh" or "fish".
std::optional<Shell> shell_named(std::string_view name);

// Writes a completion script for `shell` from the command-line definitions: the commands,
// each command's options, the values an option takes (formats, rule ids, --color's), and
// files or folders where an option or argument names one.
void write_completion(const CLI::App& cli, const CliSpec& spec, Shell shell, std::ostream& out);

}  // namespace imr::cmd
