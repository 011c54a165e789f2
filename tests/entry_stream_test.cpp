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

// One pass with a ChronologyStream, as the loader makes it: the file is parsed once.
ReviewInput stream_once(const std::string& bytes, const std::string& path, bool* took = nullptr) {
    ReviewInput input;
    imr::load::ChronologyStream stream(path, path);
    const auto root = imr::load::read_document(bytes, *imr::load::format_for_path(path), path,
                                               input.diagnostics, &stream);
    if (took != nullptr) *took = stream.took();
    if (root && stream.took())
        input.chronologies.push_back(stream.finish(*root, input.diagnostics));
    return input;
}

// Entries whose dates the order decides, or might: numeric days and months that read either
// way, one way only or neither, with times in the date that agree with the `time` field or
// not, in shares, in entries dropped for another reason, beside dates that need no order.
std::string entries_whose_dates_need_an_order() {
    const char* const dates[] = {
        "02/08/2013",       "12/25/2013",       "25/12/2013",         "08/02/13",
        "02/12/2013 14:05", "12/02/2013 10:00", "25/12/2013 10:00",   "12/25/2013 10:00",
        "2 May 2019",       "2013-08-02",       "25/06 - 03/07/2013", "06/25 - 07/03/2013",
        "13/13/2013",       "02/08/2013 25:00", "31/04/2013",         "04/31/2013",
        "w/c 02/08/2013",   "08/2013",          "'03/04/2013'",       "\"12/25/2013 14:05\""};
    const char* const times[] = {"", "14:05", "10:00", "nonsense", "[1]"};
    std::string out;
    int n = 0;
    for (const char* date : dates) {
        for (const char* time : times) {
            const char* share = dates[(n * 7) % std::size(dates)];
            out += "  - date: " + std::string(date) + "\n";
            if (*time) out += "    time: " + std::string(time) + "\n";
            if (n % 5 != 3) out += "    summary: entry " + std::to_string(n) + "\n";
            if (n % 3 == 0) {
                out += "    shared_with: [{agency: CPS, date: " + std::string(share) +
                       "}, Police, {agency: GP}, {agency: NHS, date: " + date + "}]\n";
            }
            if (n % 4 == 1)
                out += "    received_from: {agency: CPS, date: " + std::string(share) + "}\n";
            ++n;
        }
    }
    return out;
}

TEST(EntryStream, ALateDateOrderRereadsTheDatesThatNeedItInOnePass) {
    const std::string head = "format: imr-chronology/1\nagency: Police\n";
    const std::string entries = "entries:\n" + entries_whose_dates_need_an_order();
    for (const std::string& yaml :
         {head + entries + "date_order: mdy\n", head + entries + "date_order: MDY\n",
          head + entries + "date_order: dmy\n", head + entries,
          head + "date_order: mdy\n" + entries, head + entries + "date_order: [mdy]\n"}) {
        const ReviewInput once = stream_once(yaml, "police.yaml");
        const ReviewInput whole = read_whole(yaml, "police.yaml");
        expect_same(once, whole);
        expect_streams_as_whole(yaml, "police.yaml");
        EXPECT_GT(whole.chronologies.at(0).entries.size(), 40U);
        EXPECT_GT(whole.diagnostics.size(), 40U);
    }
    // What changed between the orders is what the test is about.
    const ReviewInput early = stream_once(head + "date_order: mdy\n" + entries, "police.yaml");
    const ReviewInput late = stream_once(head + entries + "date_order: mdy\n", "police.yaml");
    const ReviewInput dmy = stream_once(head + entries, "police.yaml");
    EXPECT_EQ(late.chronologies.at(0).entries.size(), early.chronologies.at(0).entries.size());
    EXPECT_NE(late.chronologies.at(0).entries.size(), dmy.chronologies.at(0).entries.size());
    EXPECT_NE(late.diagnostics.size(), dmy.diagnostics.size());
}

TEST(EntryStream, ALateDateOrderInJsonIsReadInOnePass) {
    const std::string json = R"({"format": "imr-chronology/1", "agency": "Police", "entries": [
        {"date": "08/02/2013", "summary": "a", "shared_with": [{"agency": "CPS", "date": "12/25/2013"}]},
        {"date": "12/25/2013 14:05", "time": "10:00", "summary": "b"},
        {"date": "25/12/2013", "summary": "c"}, {"date": "2 May 2019", "summary": "d"}],
        "date_order": "mdy"})";
    const ReviewInput once = stream_once(json, "police.json");
    expect_same(once, read_whole(json, "police.json"));
    ASSERT_EQ(once.chronologies.at(0).entries.size(), 3U);
    EXPECT_EQ(once.chronologies[0].entries[0].date.edtf, "2013-08-02");
    EXPECT_EQ(once.chronologies[0].entries[0].shared_with.at(0).date->edtf, "2013-12-25");
    EXPECT_EQ(once.chronologies[0].entries[1].index, 1);
    EXPECT_EQ(once.chronologies[0].entries[2].summary, "d");
}

TEST(EntryStream, AFileThatHasNotSaidItIsAChronologyKeepsItsEntriesInTheTree) {
    for (const std::string& yaml :
         {std::string("entries:\n  - {date: 2 May 2019, summary: a}\nformat: imr-review/1\n"),
          std::string("agency: P\nentries:\n  - {date: 2 May 2019, summary: a}\n"),
          std::string("format: imr-combined/1\nentries:\n  - {seq: 1}\n")}) {
        bool took = true;
        imr::model::Diagnostics diagnostics;
        imr::load::ChronologyStream stream("a.yaml", "a.yaml");
        const auto root = imr::load::read_yaml(yaml, "a.yaml", diagnostics, &stream);
        ASSERT_TRUE(root.has_value());
        EXPECT_FALSE(stream.took()) << yaml;
        EXPECT_EQ(root->find("entries")->items.size(), 1U) << yaml;
        stream_once(yaml, "a.yaml", &took);
        EXPECT_FALSE(took);
    }
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
