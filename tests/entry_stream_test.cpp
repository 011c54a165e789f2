// Streaming: the loader reads a chronology's entries one at a time as the file is parsed
// (ChronologyStream), never holding the whole file's tree. What it gives must be exactly
// what reading the whole tree gives: the same entries, the same diagnostics in the same
// order, for every file the project has (the example, the e2e reviews, the hostile
// corpus) and for the cases streaming finds hard: `date_order` or `format` after the
// entries, a second `entries`, an aliased list, an entry that is not a mapping.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/chronology_reader.hpp"
#include "load/combined_reader.hpp"
#include "load/document_reader.hpp"
#include "load/register_reader.hpp"
#include "load/review_loader.hpp"
#include "load/tree_assembler.hpp"
#include "support/chronology_checks.hpp"
#include "support/test_files.hpp"

namespace {
using imr::test::read_file;
namespace fs = std::filesystem;
using imr::model::ReviewInput;

// load_text as it was before streaming: the whole tree, then its interpretation.
ReviewInput read_whole(const std::string& bytes, const std::string& path) {
    ReviewInput input;
    ++input.files;
    const auto format = imr::load::format_for_path(path);
    if (!format) return input;
    auto root = imr::load::read_document(bytes, *format, path, input.diagnostics);
    if (!root) return input;
    const std::string filename = fs::path(path).filename().string();
    const imr::load::SourceNode* says = root->is_mapping() ? root->find("format") : nullptr;
    const bool is_register =
        filename.starts_with("review.") ||
        (says && says->is_scalar() && says->scalar == imr::load::k_review_format);
    if (is_register) {
        input.review_register = imr::load::read_register(*root, path, input.diagnostics);
    } else if (imr::load::says_combined(*root)) {
        input.chronologies = imr::load::read_combined(*root, path, input.diagnostics);
    } else {
        input.chronologies.push_back(
            imr::load::read_chronology(*root, path, path, input.diagnostics));
    }
    return input;
}

void expect_same(const ReviewInput& streamed, const ReviewInput& whole) {
    EXPECT_EQ(streamed.diagnostics, whole.diagnostics);
    EXPECT_EQ(streamed.review_register.has_value(), whole.review_register.has_value());
    ASSERT_EQ(streamed.chronologies.size(), whole.chronologies.size());
    for (std::size_t i = 0; i < whole.chronologies.size(); ++i) {
        imr::test::expect_same_chronology(streamed.chronologies[i], whole.chronologies[i]);
    }
}

void expect_streams_as_whole(const std::string& bytes, const std::string& path) {
    SCOPED_TRACE(path);
    ReviewInput streamed;
    imr::load::load_text(bytes, path, path, streamed);
    expect_same(streamed, read_whole(bytes, path));
}

TEST(EntryStream, EveryFileOfTheProjectReadsAsFromTheWholeTree) {
    const fs::path root = IMR_SOURCE_DIR;
    int files = 0;
    for (const fs::path& dir :
         {root / "examples" / "riverside-dhr", root / "tests" / "e2e" / "reviews" / "minimal",
          root / "tests" / "e2e" / "reviews" / "malformed", root / "tests" / "hostile"}) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (!imr::load::format_for_path(entry.path().string())) continue;
            expect_streams_as_whole(read_file(entry.path()), entry.path().filename().string());
            ++files;
        }
    }
    EXPECT_GT(files, 20);
}

TEST(EntryStream, DateOrderAfterTheEntriesStillReadsNumericDatesMonthFirst) {
    const std::string yaml =
        "format: imr-chronology/1\nagency: Police\nentries:\n"
        "  - {date: 08/02/2013, summary: a}\n  - {date: 12/25/2013, summary: b}\n"
        "date_order: mdy\n";
    expect_streams_as_whole(yaml, "police.yaml");
    ReviewInput input;
    imr::load::load_text(yaml, "police.yaml", "police.yaml", input);
    ASSERT_EQ(input.chronologies.at(0).entries.size(), 2U);
    EXPECT_EQ(input.chronologies[0].entries[0].date.edtf, "2013-08-02");
    EXPECT_TRUE(input.diagnostics.empty());
    const std::string json = R"({"format": "imr-chronology/1", "agency": "Police",
        "entries": [{"date": "08/02/2013", "summary": "a"}, {"date": "31/12/2013", "summary": "b"}],
        "date_order": "MDY"})";
    expect_streams_as_whole(json, "police.json");
}

TEST(EntryStream, FilesThatSayWhatTheyAreAfterTheirEntriesAreReadWhole) {
    expect_streams_as_whole(R"({"entries": [{"seq": 1, "agency": "Police", "summary": "a",
        "date": {"text": "2 May 2019", "start": "2019-05-02", "end": "2019-05-02", "precision": "day"},
        "source": {"file": "police.yaml", "line": 4}}], "format": "imr-combined/1"})",
                            "combined.json");
    expect_streams_as_whole("entries: []\nformat: imr-review/1\nparties: [{id: K}]\n",
                            "register.yaml");
    expect_streams_as_whole(
        "entries:\n  - {date: 2 May 2019, summary: a}\nformat: imr-chronology/2\n", "a.yaml");
}

TEST(EntryStream, OddEntriesListsReadAsFromTheWholeTree) {
    const std::string head = "format: imr-chronology/1\nagency: Police\n";
    expect_streams_as_whole(head +
                                "entries:\n  - {date: 2 May 2019, summary: a}\n"
                                "entries:\n  - {date: 3 May 2019, summary: b}\n",
                            "twice.yaml");
    expect_streams_as_whole(head + "x: &list\n  - {date: 2 May 2019, summary: a}\nentries: *list\n",
                            "alias.yaml");
    expect_streams_as_whole(
        head +
            "entries:\n  - &e {date: 2 May 2019, summary: a}\n  - *e\n  - just text\n  -\n"
            "  - [1, 2]\n  - {date: 31 June 2014, summary: bad, when: now}\n",
        "items.yaml");
    expect_streams_as_whole(head + "entries: {date: 2 May 2019}\n", "mapping.yaml");
    expect_streams_as_whole("entries:\n  - {date: 2 May 2019, summary: a}\n", "no-header.yaml");
    expect_streams_as_whole(
        head + "entries:\n  - {date: 2 May 2019, summary: a}\n  - {date: [oops\n", "broken.yaml");
    expect_streams_as_whole(
        R"({"format": "imr-chronology/1", "agency": "P", "entries": [{"date": "2 May 2019",
        "summary": "a"}, {"date": "x", "summary": ""}, 7, null]})",
        "p.json");
}

// A sink sees every item of the first top-level `entries` list and nothing else.
class CountingSink : public imr::load::EntrySink {
  public:
    bool take_entries(const imr::load::SourceNode& root) override {
        keys_before = root.members.size();
        return true;
    }
    void entry(imr::load::SourceNode& item) override { lines.push_back(item.line); }
    std::size_t keys_before = 0;
    std::vector<int> lines;
};

TEST(EntryStream, TheSinkGetsEachItemOfTheTopLevelEntriesOnly) {
    CountingSink sink;
    imr::model::Diagnostics diagnostics;
    const auto root = imr::load::read_yaml(
        "a: 1\nnested: {entries: [9]}\nentries:\n  - 1\n  - [2, 3]\n  - {x: 4}\n", "t.yaml",
        diagnostics, &sink);
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(sink.keys_before, 2U);
    EXPECT_EQ(sink.lines, (std::vector<int>{4, 5, 6}));
    EXPECT_TRUE(root->find("entries")->items.empty());
    EXPECT_EQ(root->find("nested")->find("entries")->items.size(), 1U);
}

}  // namespace
