#pragma once

#include <string>

namespace imr::cmd {

// Parses the command line with CLI11, runs the chosen command and returns its exit
// code. CLI11's own errors are usage errors (2); --help and --version exit 0.
int run_cli(int argc, char** argv);

// Where the installed JSON Schemas are: PREFIX/share/imr/schemas beside the running binary,
// else the folder the build was configured to install them in.
std::string installed_schema_dir();

}  // namespace imr::cmd
