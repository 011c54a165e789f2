#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analyse/chronology_facts.hpp"
#include "analyse/share_index.hpp"

namespace imr::analyse {

// (1.1) A recorded send and a recorded receipt that are one event given two dates: the two
// entries carry the same `ref`, the receipt is the recipient's record of the sender's send,
// the sending entry is itself the record of the event (the same type as the receipt's
// entry, or the sender's only entry with that ref), and their dates do not overlap, so
// the window could not match them. date-conflict reports it; unreceived-share and
// unrecorded-send leave both records alone, since the wrong date is the one finding.
struct ShareConflict {
    std::size_t send = 0;     // index into ShareIndex::sends()
    std::size_t receipt = 0;  // index into ShareIndex::receipts()
    std::string ref;          // as the sending entry wrote it
};

// Every such pair, one per unmatched send, in the order of the sends. O(n log n).
std::vector<ShareConflict> find_share_conflicts(const ChronologyFacts& chronology,
                                                const ShareIndex& shares);

}  // namespace imr::analyse
