#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "load/review_loader.hpp"

namespace imr::app {

// Where a command writes its report (spec section 5, 1.1): `-o FILE`, or standard output
// when there is no -o or it is `-o -`.

// True for no -o and for `-o -`.
bool to_standard_output(const std::string& output);

// Whether the format of a report written to `output` comes from its extension: not for
// standard output, nor for a device or FIFO that -o writes through (`-o /dev/null`), which
// take the default format as a pipe would.
bool format_from_extension(const std::string& output);

// The output file's extension, lower case and without its dot ("report.SARIF" gives
// "sarif"), or an empty string for standard output or a name without one.
std::string output_extension(const std::string& output);

// Says on `err` that `command` cannot write a file with `output`'s extension, naming the
// extensions it can (`known`), and returns the usage exit code. Nothing is written.
int unknown_output_extension(const std::string& output, std::string_view command,
                             std::string_view known, std::ostream& err);

// `read` with the run's own output file added to what is never read back as a chronology
// (spec section 1, 1.1), when `output` names a file.
load::ReadOptions reading_around(const load::ReadOptions& read, const std::string& output);

// True, after saying so on `err`, when `output` names a file that is one of `inputs`:
// -o never writes over a file the run reads (spec section 7).
bool overwrites_an_input(const std::string& output, const std::vector<std::string>& inputs,
                         std::ostream& err);

// True, after saying so on `err`, when a Word document would go to standard output and
// that is a terminal (`is_terminal`): it is written to a file or a pipe, never to the
// screen. `example` names a file for the hint ("pack.docx").
bool refuses_word_to_terminal(const std::string& output, bool is_terminal, std::string_view example,
                              std::ostream& err);

// Writes the whole report where `-o` says (util::write_output: standard output checked,
// a file replaced atomically, a device or FIFO written through). Returns the exit code:
// ok; usage for a refused -o; io for a failed write, with the reason on `err`.
int write_output(const std::string& output, std::string_view content, std::ostream& out,
                 std::ostream& err);

}  // namespace imr::app
