#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace imr::util {
namespace fs = std::filesystem;

std::expected<void, std::string> write_file_atomically(const std::string& path, std::string_view content) {
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (folder / ("." + target.filename().string() + ".imr-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());  // created with mode 0600
    if (fd < 0) {
        return std::unexpected("cannot create a file in '" + folder.string() + "': " + std::strerror(errno));
    }
    const auto fail = [&](const char* what) -> std::expected<void, std::string> {
        const std::string reason = std::string(what) + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        return std::unexpected(reason);
    };
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("writing failed");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return fail("writing to disk failed");
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        return std::unexpected(std::string("closing failed: ") + std::strerror(errno));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::string("cannot replace '") + path + "': " + std::strerror(errno);
        ::unlink(temp.c_str());
        return std::unexpected(reason);
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
