#pragma once

#include <filesystem>
#include <string>

namespace imr::test {

// The whole of a file, byte for byte; empty when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// What a shell command prints on standard output (its standard error is not captured).
std::string run_command(const std::string& command);

// The name of the installed Chromium (or Chrome) to run headless, or empty when there is
// none: a test that needs one then fails (CI installs it), never skips.
std::string browser();

}  // namespace imr::test
