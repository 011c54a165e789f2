#pragma once

#include <string>

#include "merge/combined_chronology.hpp"
#include "model/review_register.hpp"

namespace imr::merge {

// Whether any party's private (real) name occurs anywhere in the chronology's text: each
// field of each entry as written and as resolved, the review and agency names, the
// citations and the diagnostics (whatever a renderer prints comes from one of these).
// Reads the entries on `jobs` threads.
bool find_private_names(const CombinedChronology& merged,
                        const model::ReviewRegister& review_register, unsigned jobs = 1);

// Replaces every occurrence of every party's private name, in every text of the
// chronology (names as written and unresolved ones too), with the party's id, however a
// record writes it (spec section 4, 1.1; util/name_matcher): any case, with or without
// accents, either normal form, any apostrophe, invisible characters inside, hyphenated,
// surname first, or as an e-mail's local part. Only whole words are replaced, never
// part of a hyphenated name (private name "Ann" leaves "Annual" and "Ann-Marie" alone);
// a possessive "'s" is kept. Sets `redacted` and clears `contains_private_names`.
void redact(CombinedChronology& merged, const model::ReviewRegister& review_register);

}  // namespace imr::merge
