#pragma once

#include "merge/merged_chronology.hpp"
#include "model/review_register.hpp"

namespace imr::merge {

// Combines every chronology of `input` into one (spec section 5): resolves agencies,
// parties and indicators through the register, orders entries by start date, end date
// (narrower first), time (timed entries first), agency, file and position, and links
// entries that record the same event. Every entry appears exactly once: the function
// checks this and throws std::logic_error (a bug, not bad input) if it ever fails.
// Name problems become warnings in the result's diagnostics, after the input's own.
MergedChronology merge_review(const model::ReviewInput& input);

// The same, but moves each entry out of `input` instead of copying it: a big review's
// entries are most of its memory. Afterwards `input`'s chronologies hold no entries
// (their entry_count still says how many the files hold); everything else is kept.
MergedChronology merge_review_taking_entries(model::ReviewInput& input);

// Checks the combined chronology's invariants against its input: the same number of
// entries, each source position once, in order. Returns a description of the first
// violation, or an empty string.
std::string check_consistency(const model::ReviewInput& input, const MergedChronology& merged);

}  // namespace imr::merge
