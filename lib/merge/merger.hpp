#pragma once

#include "merge/combined_chronology.hpp"
#include "model/review_register.hpp"

namespace imr::merge {

// Combines every chronology of `input` into one (spec section 5): resolves agencies,
// parties and indicators through the register, orders entries by start date, end date
// (narrower first), time (timed entries first), agency, file and position, and links
// entries that record the same event. Takes `input` by value and moves its entries into
// the result (a big review's entries are most of its memory): pass std::move(input) when
// nothing else needs them, after keeping what does (model::without_entries). Every entry
// appears exactly once: the function checks this and throws std::logic_error (a bug, not
// bad input) if it ever fails. Name problems become warnings in the result's diagnostics,
// after the input's own. Looks for private names on `jobs` threads; the result does not
// depend on their number.
CombinedChronology merge_review(model::ReviewInput input, unsigned jobs = 1);

// Checks the combined chronology's invariants: as many entries out as went in (counted by
// merge_review before they moved), each source position once, in the output order.
// Returns a description of the first violation, or an empty string.
std::string check_consistency(const CombinedChronology& merged);

}  // namespace imr::merge
