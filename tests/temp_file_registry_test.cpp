// Temporary files do not survive Ctrl-C, SIGTERM or SIGHUP (spec section 7).
#include <gtest/gtest.h>

#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include "util/atomic_file.hpp"
#include "util/temp_file_registry.hpp"

namespace {
namespace fs = std::filesystem;

fs::path temp_path(const std::string& tag) {
    return fs::temp_directory_path() / ("imr-registry-" + tag + "-" + std::to_string(::getpid()));
}

void register_and_raise(const fs::path& file, int signal_number) {
    std::ofstream(file) << "real names";
    imr::util::remove_temp_files_on_signal();
    imr::util::register_temp_file(file.c_str());
    std::raise(signal_number);
    std::exit(0);  // not reached: the default action ends the process
}

class TempFileRegistry : public testing::TestWithParam<int> {};

TEST_P(TempFileRegistry, ASignalRemovesTheRegisteredFileAndStillEndsTheProcess) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const int signal_number = GetParam();
    const fs::path file = temp_path(std::to_string(signal_number));
    EXPECT_EXIT(register_and_raise(file, signal_number), testing::KilledBySignal(signal_number),
                "");
    EXPECT_FALSE(fs::exists(file));
}

INSTANTIATE_TEST_SUITE_P(Signals, TempFileRegistry, testing::Values(SIGINT, SIGTERM, SIGHUP));

TEST(TempFileRegistryTable, AnUnregisteredFileIsLeftAlone) {
    const fs::path file = temp_path("kept");
    std::ofstream(file) << "x";
    EXPECT_EXIT(
        {
            imr::util::remove_temp_files_on_signal();
            imr::util::unregister_temp_file(imr::util::register_temp_file(file.c_str()));
            std::raise(SIGTERM);
        },
        testing::KilledBySignal(SIGTERM), "");
    EXPECT_TRUE(fs::exists(file));
    fs::remove(file);
}

TEST(TempFileRegistryTable, AnAtomicWriteInterruptedBySigtermLeavesNoTemporaryFile) {
    const fs::path folder = temp_path("atomic");
    fs::create_directories(folder);
    const std::string target = (folder / "combined.xlsx").string();
    EXPECT_EXIT(
        {
            imr::util::remove_temp_files_on_signal();
            (void)imr::util::replace_file_atomically(target, [](const std::string& temp) {
                std::ofstream(temp) << "real names, half written";
                std::raise(SIGTERM);  // Ctrl-C or kill while the workbook is written
                return std::expected<void, std::string>{};
            });
        },
        testing::KilledBySignal(SIGTERM), "");
    EXPECT_TRUE(fs::is_empty(folder));
    fs::remove_all(folder);
}

}  // namespace
