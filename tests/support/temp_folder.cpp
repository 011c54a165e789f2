// One temporary folder for the tests that build a review folder on disk.
#include "support/temp_folder.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <system_error>

namespace imr::test {

TempFolder::TempFolder(std::string_view prefix) {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_path = std::filesystem::temp_directory_path() /
             (std::string(prefix) + "-" + std::to_string(::getpid()) + "-" + std::to_string(stamp) +
              "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void TempFolder::write(const std::string& name, std::string_view text) const {
    std::ofstream(m_path / name, std::ios::binary) << text;
}

}  // namespace imr::test
