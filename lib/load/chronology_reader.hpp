#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/source_node.hpp"
#include "load/tree_assembler.hpp"
#include "model/chronology.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// The `format` value of a version 1 chronology.
inline constexpr const char* k_chronology_format = "imr-chronology/1";

// The entry `type` vocabulary of spec section 2.
inline constexpr const char* k_entry_types[] = {"contact",    "incident",          "referral",
                                                "assessment", "disclosure",        "meeting",
                                                "court",      "information-share", "other"};

// Interprets a parsed chronology file (spec section 2). Every problem becomes a
// diagnostic; entries whose required fields are readable are kept even when other
// fields have errors, so one run reports everything. Never throws on bad input.
model::Chronology read_chronology(const SourceNode& root, const std::string& path,
                                  const std::string& name, model::Diagnostics& diagnostics);

// Entries read while their file was still being parsed, with their diagnostics.
struct StreamedEntries {
    std::vector<model::Entry> entries;  // the readable ones, in file order
    int count = 0;                      // every item of `entries`, readable or not
    model::Diagnostics diagnostics;
};

// What a ChronologyStream keeps of the dates it read day first, the default, before the
// file said its date order, when their reading depends on the order: enough to read them
// again month first if the file says `date_order: mdy` after its entries.
struct DateOrderLog {
    // Which date of an entry a logged date is.
    enum class Of { entry, shared_with, received_from };

    // One such date, and where its diagnostics went.
    struct Date {
        model::Name text;  // the node's text, as written
        int line = 0;
        int column = 0;
        bool quoted = false;
        Of of = Of::entry;
        std::size_t place = 0;  // a share's place in its list
        std::size_t first = 0;  // its diagnostics: [first, first + count) of the streamed ones
        std::size_t count = 0;
    };

    // An entry with such dates, and what they decided.
    struct Entry {
        std::size_t kept_before = 0;  // how many entries were kept before it
        bool kept = false;            // whether it was kept itself (at kept_before)
        int set_aside = -1;           // dropped for its date alone: its place in set_aside
        std::size_t dates_begin = 0;  // its dates: [dates_begin, dates_end) of dates
        std::size_t dates_end = 0;
        // Its `time`, when written: the time written in its date must agree with it.
        bool time_written = false;
        std::optional<model::TimeOfDay> time;  // as read, when it could be
        model::Name time_text;
        int time_line = 0;
        int time_column = 0;
        std::size_t conflict_first = 0;  // where its time-conflict diagnostic is or would be,
        std::size_t conflict_count = 0;  // as for Date
    };

    std::vector<Date> dates;
    std::vector<Entry> entries;
    std::vector<model::Entry> set_aside;
    Entry next;  // the entry being read
};

// Reads a chronology while it is parsed, one entry at a time: give it to the reader
// (read_document) as the EntrySink, then call finish() with the parsed root. Only one
// entry's nodes are ever held, the file is parsed once, and the result, diagnostics
// included, is exactly read_chronology's on the whole tree.
//
// It takes the entries only of a file that says before them, by its `format`, that it is
// a chronology: any other file keeps its entries in the tree, to be read whole. When the
// entries were read day first and `date_order: mdy` comes after them, finish() reads
// again, month first, the dates whose reading depends on the order (DateOrderLog).
class ChronologyStream final : public EntrySink {
  public:
    ChronologyStream(std::string path, std::string name);

    bool take_entries(const SourceNode& root_so_far) override;
    void entry(SourceNode& item) override;

    // Whether any entries were taken.
    bool took() const { return m_took; }

    // The chronology, as read_chronology(root) would give it; call once.
    model::Chronology finish(const SourceNode& root, model::Diagnostics& diagnostics);

  private:
    // Reads the logged dates again month first, changing the entries and diagnostics
    // streamed to what reading month first from the start would have given.
    void read_month_first();

    std::string m_path;
    model::Name m_file;  // m_path, interned once for every entry's citation
    std::string m_name;
    bool m_mdy = false;
    bool m_mdy_assumed = false;  // day first only because the file had not said
    bool m_took = false;
    StreamedEntries m_streamed;
    DateOrderLog m_log;  // while m_mdy_assumed
};

}  // namespace imr::load
