#pragma once

namespace imr::cmd {

// Parses the command line with CLI11, runs the chosen command and returns its exit
// code. CLI11's own errors are usage errors (2); --help and --version exit 0.
int run_cli(int argc, char** argv);

}  // namespace imr::cmd
