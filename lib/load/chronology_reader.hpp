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

// Reads a chronology while it is parsed, one entry at a time: give it to the reader
// (read_document) as the EntrySink, then call finish() with the parsed root. Only one
// entry's nodes are ever held, and the result, diagnostics included, is exactly
// read_chronology's on the whole tree.
//
// Two things may only be known after the entries, and the caller must then read the
// file again: a `format` saying it is not a chronology (read it whole, without a sink),
// and a `date_order: mdy` written after the entries (read_with_wrong_order(); read it
// again with a stream made with `mdy` = true).
class ChronologyStream final : public EntrySink {
  public:
    // `mdy`, when given, is the file's date order, whatever the file says before its entries.
    ChronologyStream(std::string path, std::string name, std::optional<bool> mdy = std::nullopt);

    bool take_entries(const SourceNode& root_so_far) override;
    void entry(SourceNode& item) override;

    // Whether any entries were taken.
    bool took() const { return m_took; }

    // Whether the entries were read day first but `root` says `date_order: mdy` after them.
    bool read_with_wrong_order(const SourceNode& root) const;

    // The chronology, as read_chronology(root) would give it; call once.
    model::Chronology finish(const SourceNode& root, model::Diagnostics& diagnostics);

  private:
    std::string m_path;
    model::Name m_file;  // m_path, interned once for every entry's citation
    std::string m_name;
    std::optional<bool> m_force_mdy;
    bool m_mdy = false;
    bool m_mdy_assumed = false;
    bool m_took = false;
    StreamedEntries m_streamed;
};

}  // namespace imr::load
