// Loading a review from disk (spec section 1): a folder's register and chronologies in
// byte order of their names, hidden files and sub-folders left alone, and every other
// file an error that names it.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "load/review_loader.hpp"
#include "model/diagnostic.hpp"
#include "model/review_register.hpp"
#include "support/diagnostic_lines.hpp"
#include "support/temp_folder.hpp"

namespace {

namespace fs = std::filesystem;
using imr::load::load_review;
using imr::load::load_text;
using imr::model::ReviewInput;
using imr::test::kinds_and_files;
using imr::test::shown;
using imr::test::TempFolder;

std::string chronology(std::string_view agency, std::string_view summary) {
    return "format: imr-chronology/1\nagency: " + std::string(agency) +
           "\nentries:\n  - date: 2 August 2013\n    summary: " + std::string(summary) + "\n";
}

constexpr std::string_view k_register =
    "format: imr-review/1\nreview: East Herts DHR 2014\nagencies:\n  - id: Police\n";

std::vector<std::string> agencies(const ReviewInput& input) {
    std::vector<std::string> out;
    for (const auto& c : input.chronologies) out.push_back(c.agency);
    return out;
}

TEST(ReviewLoader, AFolderGivesItsRegisterAndItsChronologies) {
    TempFolder folder;
    folder.write("review.yaml", k_register);
    folder.write("police.yaml", chronology("Police", "Called to the house."));
    folder.write("hospital.json",
                 R"({"format": "imr-chronology/1", "agency": "Hospital", "entries": []})");
    const ReviewInput input = load_review({folder.str()});
    EXPECT_TRUE(input.diagnostics.empty());
    ASSERT_TRUE(input.review_register.has_value());
    EXPECT_EQ(input.review_register->review, "East Herts DHR 2014");
    EXPECT_EQ(input.review_register->path, folder.str() + "/review.yaml");
    EXPECT_EQ(agencies(input), (std::vector<std::string>{"Hospital", "Police"}));
    EXPECT_EQ(input.files, 3);
    const auto& police = input.chronologies[1];
    EXPECT_EQ(police.name, "police.yaml");
    EXPECT_EQ(police.path, folder.str() + "/police.yaml");
    ASSERT_EQ(police.entries.size(), 1u);
    EXPECT_EQ(police.entries[0].summary, "Called to the house.");
    EXPECT_EQ(police.entries[0].loc.file, folder.str() + "/police.yaml");
}

TEST(ReviewLoader, HiddenFilesAndSubFoldersAreLeftAlone) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police", "x"));
    folder.write(".hidden.yaml", "this: [is not even valid");
    folder.write(".DS_Store", "\x00\x01");
    fs::create_directory(folder.path() / "old");
    folder.write("old/draft.yaml", chronology("Draft", "y"));
    fs::create_directory(folder.path() / "empty");
    const ReviewInput input = load_review({folder.str()});
    // (1.1) Leaving out a subfolder that holds chronologies deserves a note.
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"note subfolder " + folder.str() + "/old"});
    EXPECT_EQ(agencies(input), std::vector<std::string>{"Police"});
    EXPECT_EQ(input.files, 1);
}

TEST(ReviewLoader, AnotherKindOfFileInTheFolderIsAnErrorThatNamesIt) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police", "x"));
    folder.write("notes.docx", "PK\x03\x04 a Word document");
    const ReviewInput input = load_review({folder.str()});
    const std::string path = folder.str() + "/notes.docx";
    EXPECT_EQ(shown(input.diagnostics),
              std::vector<std::string>{
                  "error not-a-chronology " + path + ":0:0: '" + path +
                  "' is a document, not a chronology imr can read [turn it into a chronology "
                  "with: imr import '" +
                  path + "' --agency NAME -o '" + folder.str() +
                  "/notes.yaml', then move the original out of the review folder]"});
    // The chronology beside it is still read.
    EXPECT_EQ(agencies(input), std::vector<std::string>{"Police"});
    EXPECT_EQ(input.files, 2);
}

TEST(ReviewLoader, FilesAreReadInByteOrderOfTheirNamesWhateverTheirCreationOrder) {
    TempFolder folder;
    // Created in an order that is neither byte order nor its reverse; upper case
    // sorts before lower case, and '_' between them.
    folder.write("b.yaml", chronology("B", "x"));
    folder.write("Z.yaml", chronology("Z upper", "x"));
    folder.write("a.yml", chronology("A", "x"));
    folder.write("_u.json",
                 R"({"format": "imr-chronology/1", "agency": "Underscore", "entries": []})");
    folder.write("A.yaml", chronology("A upper", "x"));
    const ReviewInput input = load_review({folder.str()});
    EXPECT_TRUE(input.diagnostics.empty());
    EXPECT_EQ(agencies(input),
              (std::vector<std::string>{"A upper", "Z upper", "Underscore", "A", "B"}));
}

TEST(ReviewLoader, FilesGivenByNameAreOrderedByNameToo) {
    TempFolder folder;
    folder.write("b.yaml", chronology("B", "x"));
    folder.write("a.yaml", chronology("A", "x"));
    const ReviewInput input = load_review({folder.str() + "/b.yaml", folder.str() + "/a.yaml"});
    EXPECT_TRUE(input.diagnostics.empty());
    EXPECT_EQ(agencies(input), (std::vector<std::string>{"A", "B"}));
}

TEST(ReviewLoader, AMissingPathIsUnreadable) {
    TempFolder folder;
    const std::string missing = folder.str() + "/no-such-folder";
    const ReviewInput input = load_review({missing});
    EXPECT_EQ(shown(input.diagnostics),
              std::vector<std::string>{"error unreadable " + missing + ":0:0: cannot read '" +
                                       missing + "': no such file or folder [check the path]"});
    EXPECT_TRUE(input.chronologies.empty());
}

TEST(ReviewLoader, AMissingFileDoesNotStopTheOthers) {
    TempFolder folder;
    folder.write("police.yaml", chronology("Police", "x"));
    const ReviewInput input =
        load_review({folder.str() + "/missing.yaml", folder.str() + "/police.yaml"});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"error unreadable " + folder.str() + "/missing.yaml"});
    EXPECT_EQ(agencies(input), std::vector<std::string>{"Police"});
}

TEST(ReviewLoader, AFileGivenByNameThatSaysItIsARegisterIsTheRegister) {
    TempFolder folder;
    folder.write("east-herts.yaml", k_register);
    folder.write("police.yaml", chronology("Police", "x"));
    const ReviewInput input =
        load_review({folder.str() + "/east-herts.yaml", folder.str() + "/police.yaml"});
    EXPECT_TRUE(input.diagnostics.empty());
    ASSERT_TRUE(input.review_register.has_value());
    EXPECT_EQ(input.review_register->review, "East Herts DHR 2014");
    EXPECT_EQ(input.review_register->path, folder.str() + "/east-herts.yaml");
    EXPECT_EQ(agencies(input), std::vector<std::string>{"Police"});
}

TEST(ReviewLoader, AFileThatCannotBeParsedDoesNotStopTheOthers) {
    TempFolder folder;
    folder.write("a.yaml", "agency: [unclosed\n");
    folder.write("b.yaml", chronology("B", "x"));
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(kinds_and_files(input.diagnostics),
              std::vector<std::string>{"error syntax " + folder.str() + "/a.yaml"});
    EXPECT_EQ(agencies(input), std::vector<std::string>{"B"});
    EXPECT_EQ(input.files, 2);
}

TEST(ReviewLoader, ASecondRegisterIsAnError) {
    TempFolder folder;
    folder.write("review.yaml", k_register);
    folder.write("review.json", R"({"format": "imr-review/1"})");
    folder.write("police.yaml", chronology("Police", "x"));
    const ReviewInput input = load_review({folder.str()});
    EXPECT_EQ(
        shown(input.diagnostics),
        std::vector<std::string>{
            "error duplicate-register " + folder.str() +
            "/review.yaml:1:1: a second review register; '" + folder.str() +
            "/review.json' was read first [merge one review at a time, with one review.yaml]"});
}

TEST(ReviewLoader, LoadTextReadsFilesFromMemory) {
    ReviewInput input;
    load_text(chronology("Police", "x"), "in/police.yaml", "police.yaml", input);
    load_text(k_register, "in/register.yaml", "register.yaml", input);
    load_text("notes", "in/notes.txt", "notes.txt", input);
    EXPECT_EQ(input.files, 3);
    ASSERT_EQ(input.chronologies.size(), 1u);
    EXPECT_EQ(input.chronologies[0].path, "in/police.yaml");
    EXPECT_EQ(input.chronologies[0].name, "police.yaml");
    ASSERT_TRUE(input.review_register.has_value());
    EXPECT_EQ(input.review_register->path, "in/register.yaml");
    EXPECT_EQ(shown(input.diagnostics),
              std::vector<std::string>{
                  "error not-a-chronology in/notes.txt:0:0: 'in/notes.txt' is not a .yaml, .yml "
                  "or .json file [chronologies are YAML or JSON files]"});
}

}  // namespace

TEST(SizePhrase, SaysSizesInTheLargestWholeUnitWithOneDecimal) {
    EXPECT_EQ(imr::load::size_phrase(1), "1 byte");
    EXPECT_EQ(imr::load::size_phrase(1023), "1023 bytes");
    EXPECT_EQ(imr::load::size_phrase(4096), "4 KiB");
    EXPECT_EQ(imr::load::size_phrase(10854), "10.5 KiB");
    EXPECT_EQ(imr::load::size_phrase(std::uintmax_t{256} << 20), "256 MiB");
    EXPECT_EQ(imr::load::size_phrase((std::uintmax_t{3} << 30) + (std::uintmax_t{1} << 29)),
              "3.5 GiB");
}

TEST(ReviewLoader, AFileOverTheChosenLimitIsRefusedAndTheOthersAreRead) {
    TempFolder folder;
    folder.write("big.yaml", chronology("Police", std::string(2048, 'x')));
    folder.write("small.yaml", chronology("Hospital", "Seen in A&E."));
    imr::load::ReadOptions options;
    options.max_file_bytes = 1024;
    const ReviewInput input = load_review({folder.str()}, options);
    ASSERT_EQ(input.diagnostics.size(), 1U);
    EXPECT_EQ(input.diagnostics[0].code, "too-large");
    EXPECT_EQ(input.diagnostics[0].loc.file, folder.str() + "/big.yaml");
    EXPECT_NE(input.diagnostics[0].hint.find("--max-file-size"), std::string::npos);
    ASSERT_EQ(input.chronologies.size(), 1U);
    EXPECT_EQ(input.chronologies[0].name, "small.yaml");
}
