#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/entry.hpp"

namespace imr::merge {

// A share with its agency resolved to the canonical name.
struct ResolvedShare {
    model::Name agency;
    model::DateValue date;           // the share's own date, or the entry's
    model::List<model::Name> about;  // canonical indicators; empty = everything known
    model::Name how;

    friend bool operator==(const ResolvedShare&, const ResolvedShare&) = default;
};

// One entry of the combined chronology: the agency's own words, kept whole, beside
// the names resolved through the review register.
struct CombinedEntry {
    int seq = 0;         // 1-based position in the combined chronology
    model::Name agency;  // canonical name
    model::Name file;    // the file it came from, as cited
    model::Entry entry;  // exactly as read
    model::List<model::Name>
        party_ids;  // the parties resolved: ids (or as written, when unresolved)
    model::List<model::Name> indicators;  // canonical indicators (or as written)
    model::Name risk_subject;             // resolved; the first party when not written
    model::List<ResolvedShare> shared_with;
    model::List<ResolvedShare> received_from;
    std::optional<int> event;  // same-event group, numbered in output order
};

// The combined chronology (spec section 5): a plain data object every renderer takes.
struct CombinedChronology {
    std::string review;
    std::vector<std::string> agencies;   // canonical names, sorted
    std::vector<CombinedEntry> entries;  // in the spec's order
    std::size_t entries_in = 0;          // how many entries went into the merge
    model::Diagnostics diagnostics;      // every problem found while loading and merging
    // True when a party's real (`private`) name appears in the entries. Renderers then
    // print a prominent notice; `--redact` replaces those names and clears this flag.
    bool contains_private_names = false;
    bool redacted = false;  // --redact was applied
    // Empty, or which entries a filter kept (`imr merge --from ... --agency ...`), for
    // renderers to say the chronology is not the whole one. Kept entries keep their seq.
    std::string filter;
    std::size_t unfiltered_entries = 0;  // with a filter: how many entries the whole one has
};

}  // namespace imr::merge
