// The folder rules of spec section 1 (1.1): what else may stand in a review folder, and
// how imr treats it. Devices and FIFOs are made inside each test's own folder.
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "load/review_loader.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_folder.hpp"
#include "util/bounded_read.hpp"

namespace {

namespace fs = std::filesystem;
using imr::load::load_review;
using imr::model::Diagnostic;
using imr::model::ReviewInput;
using imr::model::Severity;
using imr::test::kinds_and_files;
using imr::test::TempFolder;

std::string chronology(std::string_view agency) {
    return "format: imr-chronology/1\nagency: " + std::string(agency) +
           "\nentries:\n  - date: 3 March 2019\n    summary: Called.\n";
}

const Diagnostic* find(const ReviewInput& input, std::string_view code) {
    for (const auto& d : input.diagnostics) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

TEST(FolderRules, ACombinedChronologyImrWroteIsSkippedWithANoteNamingIt) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    folder.write("combined.json",
                 R"({"format": "imr-combined/1", "review": "x", "agencies": [], "entries": []})");
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"note own-output " + folder.at("combined.json")});
    ASSERT_EQ(input.chronologies.size(), 1u);
    EXPECT_EQ(input.chronologies[0].name, "police.yaml");
}

TEST(FolderRules, TheRunsOwnOutputIsSkippedWithANote) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    folder.write("combined.csv", "seq,date\n");
    imr::load::ReadOptions options;
    options.own_outputs = {folder.at("combined.csv")};
    const ReviewInput input = load_review({folder.str()}, options);
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"note own-output " + folder.at("combined.csv")});
}

TEST(FolderRules, NotesPagesAndPicturesAreIgnoredSilently) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    for (const char* name : {"README.md", "minutes.txt", "pack.html", "photo.png"})
        folder.write(name, "x");
    const ReviewInput input = load_review({folder.str()});
    EXPECT_TRUE(input.diagnostics.empty());
    EXPECT_EQ(input.chronologies.size(), 1u);
}

TEST(FolderRules, AnOfficeDocumentIsAnErrorWhoseHintIsTheImportCommand) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    folder.write("it's gp.xlsx", "PK");
    folder.write("minutes.pdf", "%PDF");
    const ReviewInput input = load_review({folder.str()});
    ASSERT_EQ(input.diagnostics.size(), 2u);
    const Diagnostic& xlsx = input.diagnostics[0];
    EXPECT_EQ(xlsx.code, "not-a-chronology");
    EXPECT_EQ(xlsx.hint, "turn it into a chronology with: imr import '" + folder.str() +
                             "/it'\\''s gp.xlsx' --agency NAME -o '" + folder.str() +
                             "/it'\\''s gp.yaml', then move the original out of the review folder");
    const Diagnostic& pdf = input.diagnostics[1];
    EXPECT_EQ(pdf.loc.file, folder.at("minutes.pdf"));
    EXPECT_EQ(pdf.hint,
              "save it as .docx, .xlsx or .csv, then use imr import; or move it out of the "
              "review folder");
}

TEST(FolderRules, AFifoIsAnErrorAndIsNeverOpened) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    ASSERT_EQ(::mkfifo(folder.at("x.yaml").c_str(), 0600), 0);
    // Opening a FIFO for reading with no writer would block: finishing proves it was not.
    const ReviewInput input = load_review({folder.str()});
    const Diagnostic* d = find(input, "not-a-file");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, Severity::error);
    EXPECT_EQ(d->message, "'" + folder.at("x.yaml") +
                              "' is a FIFO (named pipe), not a chronology file; "
                              "imr does not read it");
    // Given by name, too.
    const ReviewInput named = load_review({folder.at("x.yaml")});
    ASSERT_NE(find(named, "not-a-file"), nullptr);
}

TEST(FolderRules, ALinkToADeviceIsAnErrorNotAnEndlessRead) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    fs::create_symlink("/dev/zero", folder.at("z.yaml"));
    const ReviewInput input = load_review({folder.str()});
    const Diagnostic* d = find(input, "not-a-file");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("is a device"), std::string::npos) << d->message;
}

TEST(FolderRules, ADeviceNodeInTheFolderIsAnError) {
    if (::geteuid() != 0) GTEST_FAIL() << "this test makes a device node: run it as root (CI does)";
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    ASSERT_EQ(::mknod(folder.at("null.yaml").c_str(), S_IFCHR | 0600, ::makedev(1, 3)), 0)
        << std::strerror(errno);
    const ReviewInput input = load_review({folder.str()});
    ASSERT_NE(find(input, "not-a-file"), nullptr);
}

TEST(FolderRules, AFolderNamedLikeAChronologyIsAWarningNotSilence) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    fs::create_directory(folder.at("x.yaml"));
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"warning not-a-file " + folder.at("x.yaml")});
}

TEST(FolderRules, AFolderWithNoChronologyIsAnError) {
    TempFolder folder;
    folder.write("README.md", "notes");
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"error no-chronologies " + folder.str()});
}

TEST(FolderRules, AFolderWhoseOnlyFileIsBrokenGivesThatErrorAlone) {
    TempFolder folder;
    folder.write("police.yaml", "agency: [unclosed\n");
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"error syntax " + folder.at("police.yaml")});
}

TEST(BoundedRead, TheLimitHoldsForAFileWhoseSizeIsUnknown) {
    // /proc files are regular and say they are empty, yet hold text: the read must still
    // stop one byte past the limit.
    const auto read = imr::util::read_regular_file("/proc/self/maps", 16);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, imr::util::ReadFailure::Kind::too_large);
    EXPECT_FALSE(read.error().size_known);
    EXPECT_EQ(read.error().size, 17u);
}

TEST(BoundedRead, AFileOfUnknownSizeUnderTheLimitIsReadWhole) {
    const auto read = imr::util::read_regular_file("/proc/self/maps", 1 << 24);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->empty());
}

TEST(FolderRules, RunningOutOfFileDescriptorsIsNotCalledAPermissionProblem) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police"));
    // Every descriptor below the lowest free one is in use: a limit there leaves none.
    const int lowest_free = ::dup(0);
    ASSERT_GE(lowest_free, 0);
    ::close(lowest_free);
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit none = saved;
    none.rlim_cur = static_cast<rlim_t>(lowest_free);
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &none), 0);
    imr::load::ReadOptions serial;
    serial.jobs = 1;
    const ReviewInput folder_input = load_review({folder.str()}, serial);
    const ReviewInput file_input = load_review({folder.at("police.yaml")}, serial);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    for (const ReviewInput* input : {&folder_input, &file_input}) {
        ASSERT_FALSE(input->diagnostics.empty());
        const Diagnostic& d = input->diagnostics[0];
        EXPECT_EQ(d.code, "unreadable");
        EXPECT_NE(d.message.find("imr has run out of file descriptors"), std::string::npos)
            << d.message;
        EXPECT_EQ(d.message.find("permission"), std::string::npos) << d.message;
        EXPECT_NE(d.hint.find("ulimit -n"), std::string::npos) << d.hint;
    }
}

TEST(BoundedRead, RunningOutOfFileDescriptorsIsWordedAsSuch) {
    EXPECT_EQ(imr::util::errno_phrase(EMFILE),
              "imr has run out of file descriptors (too many files open at once)");
    EXPECT_NE(imr::util::errno_hint(ENFILE).find("ulimit -n"), std::string::npos);
    EXPECT_EQ(imr::util::errno_phrase(EACCES), "permission denied");
}

}  // namespace
