#include "util/bounded_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace imr::util {
namespace {

std::string kind_of(mode_t mode) {
    if (S_ISREG(mode)) return {};
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}

// Closes the descriptor on every way out.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::expected<std::string, ReadFailure> read_regular_file(const std::string& path,
                                                          std::uintmax_t max_bytes) {
    using Kind = ReadFailure::Kind;
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) return std::unexpected(ReadFailure{Kind::cannot_open, errno, 0, false, {}});
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return std::unexpected(ReadFailure{Kind::read_failed, errno, 0, false, {}});
    if (!S_ISREG(info.st_mode))
        return std::unexpected(ReadFailure{Kind::not_regular, 0, 0, false, kind_of(info.st_mode)});
    const auto claimed = static_cast<std::uintmax_t>(info.st_size);
    if (claimed > max_bytes)
        return std::unexpected(ReadFailure{Kind::too_large, 0, claimed, true, {}});
    std::string bytes;
    // The size stat gives is a guess (the file may grow): read until the end, and never
    // hold more than one byte past the limit.
    bytes.resize(static_cast<std::size_t>(claimed) + 1);
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > max_bytes)
                return std::unexpected(ReadFailure{Kind::too_large, 0, filled, false, {}});
            const std::uintmax_t next =
                std::min<std::uintmax_t>(max_bytes + 1, std::max<std::uintmax_t>(filled * 2, 4096));
            bytes.resize(static_cast<std::size_t>(next));
        }
        const ssize_t n = ::read(file.fd, bytes.data() + filled, bytes.size() - filled);
        if (n < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(ReadFailure{Kind::read_failed, errno, 0, false, {}});
        }
        if (n == 0) break;
        filled += static_cast<std::size_t>(n);
    }
    if (filled > max_bytes)
        return std::unexpected(ReadFailure{Kind::too_large, 0, filled, false, {}});
    bytes.resize(filled);
    return bytes;
}

std::string read_prefix(const std::string& path, std::size_t bytes) {
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    struct stat info {};
    if (file.fd < 0 || ::fstat(file.fd, &info) != 0 || !S_ISREG(info.st_mode)) return {};
    std::string out(bytes, '\0');
    std::size_t filled = 0;
    while (filled < bytes) {
        const ssize_t n = ::read(file.fd, out.data() + filled, bytes - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        filled += static_cast<std::size_t>(n);
    }
    out.resize(filled);
    return out;
}

std::string special_file_kind(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return {};
    return kind_of(info.st_mode);
}

std::string errno_phrase(int error) {
    switch (error) {
        case EMFILE:
            return "imr has run out of file descriptors (too many files open at once)";
        case ENFILE:
            return "the system has run out of file descriptors (too many files open at once)";
        case EACCES:
        case EPERM:
            return "permission denied";
        case ENOENT:
            return "no such file or folder";
        default:
            return std::strerror(error);
    }
}

std::string errno_hint(int error) {
    switch (error) {
        case EMFILE:
        case ENFILE:
            return "close other programs, read fewer files at once (--jobs 1), or raise the "
                   "limit of open files (ulimit -n)";
        case EACCES:
        case EPERM:
            return "check the file's permissions";
        case ENOENT:
            return "check the name";
        default:
            return "check the file";
    }
}

}  // namespace imr::util
