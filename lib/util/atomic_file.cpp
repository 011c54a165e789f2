#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace imr::util {
namespace fs = std::filesystem;

namespace {

std::string reason(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

std::expected<void, std::string> write_all(const std::string& temp, std::string_view content) {
    const int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) return std::unexpected(reason("cannot open the temporary file"));
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
