#pragma once

#include <functional>
#include <string>

#include "merge/merged_chronology.hpp"
#include "model/review_register.hpp"

namespace imr::merge {

// Calls `visit` on every piece of text the combined chronology holds: each field of
// each entry as written and as resolved, the review and agency names, the citations
// and the diagnostics. Whatever a renderer prints comes from one of these.
void for_each_text(MergedChronology& merged, const std::function<void(std::string&)>& visit);

// Whether any party's private (real) name occurs anywhere in the chronology's text.
bool find_private_names(MergedChronology& merged, const model::ReviewRegister& review_register);

// Replaces every occurrence of every party's private name, in every text of the
// chronology, with the party's id: case-insensitively, across spaces and line breaks,
// at word boundaries only (private name "Ann" leaves "Annual review" alone), keeping a
// possessive "'s". Sets `redacted` and clears `contains_private_names`.
void redact(MergedChronology& merged, const model::ReviewRegister& review_register);

}  // namespace imr::merge
