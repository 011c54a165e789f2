#pragma once

#include <vector>

#include "merge/combined_chronology.hpp"

namespace imr::merge {

// Days a receipt may follow its send and still be the same share, when no register
// says otherwise (the spec's receipt_window_days).
inline constexpr int k_default_receipt_window_days = 7;

// Gives entries of different agencies that record the same event a shared `event` id:
// entries carrying the same `ref` (compared ignoring case and punctuation), and a
// send recorded by one agency with the matching receipt recorded by the other within
// `receipt_window_days`. Groups are numbered 1, 2, ... in the order of their first
// entry; entries linked to nothing keep no event. Runs in O(n log n): refs and
// receipts are indexed, never compared pairwise. `entries` must be in output order.
void link_events(std::vector<CombinedEntry>& entries, int receipt_window_days);

}  // namespace imr::merge
