#pragma once

#include <CLI/CLI.hpp>

#include <ostream>

#include "cli_spec.hpp"

namespace imr::cmd {

// Writes imr(1) in roff (man macros) from the same definitions as --help: every command
// with its options and values, then exit status, environment, files and examples. The
// build runs it (`imr help-man`) and installs the page; nothing in it depends on the date
// or the machine.
void write_man_page(const CLI::App& cli, const CliSpec& spec, std::ostream& out);

}  // namespace imr::cmd
