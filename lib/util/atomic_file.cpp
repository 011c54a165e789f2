#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "util/temp_file_registry.hpp"

namespace imr::util {
namespace fs = std::filesystem;

namespace {

std::string reason(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

// Writes all of `content` to `fd` (again after a signal cuts a write short), then closes it.
std::expected<void, std::string> write_and_close(int fd, std::string_view content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = reason("writing failed");
            ::close(fd);
            return std::unexpected(why);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return std::unexpected(reason("closing failed"));
    return {};
}

std::expected<void, std::string> write_all(const std::string& temp, std::string_view content) {
    const int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) return std::unexpected(reason("cannot open the temporary file"));
    return write_and_close(fd, content);
}

}  // namespace

std::expected<void, std::string> write_file_atomically(const std::string& path,
                                                       std::string_view content) {
    return replace_file_atomically(
        path, [content](const std::string& temp) { return write_all(temp, content); });
}

std::expected<void, std::string> replace_file_atomically(
    const std::string& path,
    const std::function<std::expected<void, std::string>(const std::string&)>& write) {
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (folder / ("." + target.filename().string() + ".imr-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());  // created with mode 0600
    if (fd < 0) {
        return std::unexpected("cannot create a file in '" + folder.string() +
                               "': " + std::strerror(errno));
    }
    ::close(fd);
    // Until it is renamed, a signal (Ctrl-C, SIGTERM, SIGHUP) removes it.
    struct Registered {
        int slot;
        ~Registered() { unregister_temp_file(slot); }
    } registered{register_temp_file(temp.c_str())};
    const auto fail = [&](std::string why) -> std::expected<void, std::string> {
        ::unlink(temp.c_str());
        return std::unexpected(std::move(why));
    };
    if (auto written = write(temp); !written) return fail(written.error());
    // The writer may have closed its own handle: flush what it wrote through a new one.
    const int sync_fd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
    if (sync_fd < 0) return fail(reason("cannot reopen the written file"));
    const bool synced = ::fsync(sync_fd) == 0;
    const std::string sync_failure = synced ? std::string() : reason("writing to disk failed");
    ::close(sync_fd);
    if (!synced) return fail(sync_failure);
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        return fail(std::string("cannot replace '") + path + "': " + std::strerror(errno));
    }
    return {};
}

namespace {

// Writes `content` through an existing character device or FIFO: opened without
// O_CREAT or O_TRUNC, checked again with fstat (a race cannot swap in another kind).
std::expected<void, OutputError> write_through(const std::string& path, std::string_view content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return std::unexpected(OutputError{false, reason("cannot open it")});
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !(S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) {
        ::close(fd);
        return std::unexpected(OutputError{true, "it changed while imr was writing to it"});
    }
    if (auto written = write_and_close(fd, content); !written)
        return std::unexpected(OutputError{false, written.error()});
    return {};
}

// What `-o` names, through links: a regular file or a new name (replaced atomically at
// `target`), a device or FIFO (written through), or something refused.
struct OutputTarget {
    enum class Kind { replace, write_through, refuse } kind;
    std::string target;  // the path to replace: the file a link points to
    std::string why;     // for refuse
};

OutputTarget output_target(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) return {OutputTarget::Kind::replace, path, {}};
    std::string target = path;
    if (S_ISLNK(info.st_mode)) {
        // Keep the link: replace the file it points to, in that file's own folder.
        std::error_code ec;
        const fs::path resolved = fs::weakly_canonical(path, ec);
        if (ec) return {OutputTarget::Kind::refuse, path, "it is a link that cannot be followed"};
        target = resolved.string();
        if (::stat(target.c_str(), &info) != 0) return {OutputTarget::Kind::replace, target, {}};
    }
    if (S_ISREG(info.st_mode)) return {OutputTarget::Kind::replace, target, {}};
    if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))
        return {OutputTarget::Kind::write_through, target, {}};
    if (S_ISDIR(info.st_mode)) return {OutputTarget::Kind::refuse, path, "it is a folder"};
    if (S_ISBLK(info.st_mode)) return {OutputTarget::Kind::refuse, path, "it is a disk device"};
    if (S_ISSOCK(info.st_mode)) return {OutputTarget::Kind::refuse, path, "it is a socket"};
    return {OutputTarget::Kind::refuse, path, "it is not a regular file"};
}

}  // namespace

std::expected<void, OutputError> write_output(const std::string& path, std::string_view content,
                                              std::ostream& out) {
    if (path == "-" || path.empty()) {
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) return std::unexpected(OutputError{false, "writing to standard output failed"});
        return {};
    }
    const OutputTarget target = output_target(path);
    switch (target.kind) {
        case OutputTarget::Kind::refuse:
            return std::unexpected(OutputError{true, target.why});
        case OutputTarget::Kind::write_through:
            return write_through(target.target, content);
        case OutputTarget::Kind::replace:
            break;
    }
    if (auto written = write_file_atomically(target.target, content); !written)
        return std::unexpected(OutputError{false, written.error()});
    return {};
}

std::expected<void, OutputError> write_output_file(
    const std::string& path,
    const std::function<std::expected<void, std::string>(const std::string&)>& write) {
    const OutputTarget target = output_target(path);
    if (target.kind == OutputTarget::Kind::refuse)
        return std::unexpected(OutputError{true, target.why});
    if (target.kind == OutputTarget::Kind::write_through)
        return std::unexpected(
            OutputError{true,
                        "it is a device or a pipe, and this format is written only to a "
                        "file"});
    if (auto written = replace_file_atomically(target.target, write); !written)
        return std::unexpected(OutputError{false, written.error()});
    return {};
}

bool same_file_as_any(const std::string& output, const std::vector<std::string>& inputs) {
    std::error_code ec;
    if (!fs::exists(output, ec)) return false;
    for (const auto& input : inputs) {
        std::error_code eq;
        if (fs::equivalent(output, input, eq) && !eq) return true;
    }
    return false;
}

}  // namespace imr::util
