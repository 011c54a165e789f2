#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "merge/combined_chronology.hpp"
#include "model/date_value.hpp"
#include "model/review_register.hpp"

namespace imr::merge {

// What the user asked to see, as written on the command line (`imr merge --from DATE
// --to DATE --agency NAME --party ID --significant`).
struct FilterRequest {
    std::string from;  // a date as spec section 3 writes it; empty: no bound
    std::string to;
    std::vector<std::string> agencies;  // names or aliases; any of them
    std::vector<std::string> parties;   // ids or aliases; any of them
    bool significant_only = false;

    bool empty() const {
        return from.empty() && to.empty() && agencies.empty() && parties.empty() &&
               !significant_only;
    }
};

// A request resolved against the review: day bounds and canonical names.
struct ChronologyFilter {
    std::optional<model::DayNumber> from;  // the first day of `from`
    std::optional<model::DayNumber> to;    // the last day of `to`
    std::vector<std::string> agencies;     // canonical agency names
    std::vector<std::string> parties;      // party ids
    bool significant_only = false;
    std::string description;  // for the reader: "from 1 May 2013; agency Northvale Constabulary"

    // Whether the entry passes: its date interval overlaps [from, to], its agency is one
    // of `agencies`, one of its parties is one of `parties`, and it is significant when
    // asked, each test applying only when given.
    bool keeps(const CombinedEntry& entry) const;
};

// Resolves `request` like the names in the files: dates through the date normaliser,
// agencies and parties through the register's ids, names and aliases (or, without a
// register, the names the chronology uses). Returns a message for the user (a usage
// error) when a date is not a date, `to` is before `from`, or a name is unknown, with
// the nearest known name suggested.
std::expected<ChronologyFilter, std::string> resolve_filter(
    const FilterRequest& request, const CombinedChronology& merged,
    const model::ReviewRegister* review_register);

// Removes the entries `filter` does not keep. Every kept entry keeps its `seq` and
// `event` from the full chronology, so citations of the full one stay true; `filter`
// is recorded in the chronology's `filter` for renderers to show.
void apply_filter(const ChronologyFilter& filter, CombinedChronology& merged);

}  // namespace imr::merge
