#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analyse/chronology_facts.hpp"
#include "analyse/share_index.hpp"

namespace imr::analyse {

// (1.1) One event given two dates by two agencies, where one of the entries records a
// share with the other: entry `sender_entry` (agency A) records sharing with (or receiving
// from) B, carries the same `ref` as B's `other_entry`, is itself the record of the event
// (the same type as B's entry, or A's only entry with that ref), and their dates do not
// overlap. date-conflict reports it; the share rules leave the share records between the
// two entries alone, since the wrong date is the one finding (not an unreceived share
// plus an unrecorded send).
struct ShareConflict {
    std::size_t sender_entry = 0;  // the entry that records the share (A's)
    std::size_t other_entry = 0;   // the other agency's record of the event (B's)
    std::string ref;               // as A's entry wrote it
};

// Every such pair, at most one per (ref group, pair of agencies), in chronology order.
// No conflict: a sharing entry whose date overlaps any of B's entries under the ref (a
// notification received that day), or whose share with B was matched within the receipt
// window (an email read the next day did arrive; only a share the wrong date leaves
// unmatched is a sign of it). O(n log n) for groups of a few agencies.
std::vector<ShareConflict> find_share_conflicts(const ChronologyFacts& chronology,
                                                const ShareIndex& shares);

}  // namespace imr::analyse
