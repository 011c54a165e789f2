#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace imr::app {

// Where a command writes its report (spec section 5, 1.1): `-o FILE`, or standard output
// when there is no -o or it is `-o -`.

// True for no -o and for `-o -`.
bool to_standard_output(const std::string& output);

// The output file's extension, lower case and without its dot ("report.SARIF" gives
// "sarif"), or an empty string for standard output or a name without one.
std::string output_extension(const std::string& output);

// Says on `err` that `command` cannot write a file with `output`'s extension, naming the
// extensions it can (`known`), and returns the usage exit code. Nothing is written.
int unknown_output_extension(const std::string& output, std::string_view command,
                             std::string_view known, std::ostream& err);

// Writes the whole report: to `out` for standard output, else atomically to the file
// (util::write_file_atomically). Returns the exit code: ok, or io with the reason on `err`.
int write_output(const std::string& output, std::string_view content, std::ostream& out,
                 std::ostream& err);

}  // namespace imr::app
