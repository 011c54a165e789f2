#pragma once

#include <expected>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// Writes `content` to `path` so that readers see the old file or the whole new one,
// never a part: into a temporary file in the same folder (mode 0600: these are
// confidential documents), flushed to disk, then renamed into place. On failure the
// old file is untouched, no temporary file remains, and the reason is returned.
std::expected<void, std::string> write_file_atomically(const std::string& path,
                                                       std::string_view content);

// The same for a writer that can only write to a named file (libxlsxwriter): `write` is
// given the path of a new, empty temporary file (mode 0600) in `path`'s folder and must
// write the whole file there; it is then flushed to disk and renamed to `path`. When
// `write` fails, its reason is returned, the old file is untouched and no temporary
// file remains.
std::expected<void, std::string> replace_file_atomically(
    const std::string& path,
    const std::function<std::expected<void, std::string>(const std::string&)>& write);

// Why write_output failed: `refused` is a usage error (exit 2: `-o` names a folder, a
// socket or a disk); otherwise the write itself failed (exit 3).
struct OutputError {
    bool refused = false;
    std::string message;
};

// Writes a command's output where `-o PATH` says (spec section 7), for every command:
// "-" (or an empty path) is `out`, standard output, flushed and checked; a regular file
// or a new name is replaced atomically (write_file_atomically), and through a symbolic
// link the file it points to is replaced, the link kept; a character device or a FIFO
// (/dev/null, /dev/tty, a pipe) is written through, never replaced; a folder, a socket
// or a disk device is refused.
std::expected<void, OutputError> write_output(const std::string& path, std::string_view content,
                                              std::ostream& out);

// The same for a writer that can only write to a named file (libxlsxwriter): a device
// or FIFO is refused rather than replaced.
std::expected<void, OutputError> write_output_file(
    const std::string& path,
    const std::function<std::expected<void, std::string>(const std::string&)>& write);

// True when `output` names the same file as any of `inputs` (through links, `./` and
// other spellings too).
bool same_file_as_any(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace imr::util
