#pragma once

#include <expected>
#include <ostream>
#include <string>

#include "util/atomic_file.hpp"

namespace imr::app {

// The exit code of a command's last step, writing its output (util::write_output): 0
// when written; otherwise the reason goes to `err`, naming `path` ("-" or empty:
// standard output), and the code is 2 for a refused `-o`, 3 for a failed write.
int output_exit_code(const std::expected<void, util::OutputError>& written, const std::string& path,
                     std::ostream& err);

// The same for output already written to `out` (standard output): flushes it, and a
// stream in a failed state (a full disk, a closed descriptor) is exit 3 with a message.
int stream_exit_code(std::ostream& out, std::ostream& err);

}  // namespace imr::app
