#pragma once

namespace imr::app {

// Exit codes (spec section 7). Other programs depend on these values.
enum ExitCode : int {
    k_exit_ok = 0,     // success
    k_exit_input = 1,  // the input has errors, or findings at/above --fail-on
    k_exit_usage = 2,  // the command line is wrong
    k_exit_io = 3,     // a file could not be read or written
    k_exit_bug = 70,   // imr itself failed: a bug to report (EX_SOFTWARE)
};

}  // namespace imr::app
