#pragma once

#include <cstdint>
#include <expected>
#include <string>

namespace imr::util {

// Why read_regular_file read nothing.
struct ReadFailure {
    enum class Kind {
        not_regular,  // a FIFO, device, socket or folder: refused before any read
        too_large,    // more than the limit: `size` is the size found (or read so far)
        cannot_open,  // open failed: `error` is the errno
        read_failed,  // read failed: `error` is the errno
    };
    Kind kind;
    int error = 0;
    std::uintmax_t size = 0;
    bool size_known = false;  // for too_large: `size` is the file's size, not a cut-off
    std::string what;         // for not_regular: "a FIFO", "a device", "a socket", "a folder"
};

// The whole content of the regular file at `path`, never more than `max_bytes`. The
// file is opened with O_NONBLOCK (a FIFO swapped in after a check cannot block) and
// checked with fstat before any byte is read: anything but a regular file is refused.
// The limit holds while reading too, so a file that grows, or claims a size it does not
// have, is cut off at `max_bytes` + 1 and refused.
std::expected<std::string, ReadFailure> read_regular_file(const std::string& path,
                                                          std::uintmax_t max_bytes);

// The first `bytes` bytes (or fewer) of the regular file at `path`, opened and checked
// as read_regular_file does; empty when it cannot be read or is not a regular file.
std::string read_prefix(const std::string& path, std::size_t bytes);

// "a FIFO", "a device", "a socket", "a folder", or empty for a regular file (or one
// that does not exist): what `path` (through links) is, by stat, without opening it.
std::string special_file_kind(const std::string& path);

// The reason for an errno, worded for a user: running out of file descriptors
// (EMFILE, ENFILE) says so, rather than strerror's terse wording.
std::string errno_phrase(int error);

// The hint for an errno of open or read.
std::string errno_hint(int error);

}  // namespace imr::util
