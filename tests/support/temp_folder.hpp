#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace imr::test {

// A new, empty folder under the system's temporary folder, named from `prefix`, the
// process and a counter, and removed with everything in it when the test ends.
class TempFolder {
  public:
    explicit TempFolder(std::string_view prefix = "imr-test");
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }
    // The path of `name` inside the folder, as text.
    std::string at(const std::string& name) const { return (m_path / name).string(); }
    // Writes `text` byte for byte to `name` inside the folder.
    void write(const std::string& name, std::string_view text) const;

  private:
    std::filesystem::path m_path;
};

}  // namespace imr::test
