#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/gap_context.hpp"
#include "merge/combined_chronology.hpp"

namespace imr::analyse {

// The rule ids of spec section 6, in its order.
const std::vector<std::string>& gap_rule_ids();

// Whether `id` names a rule.
bool is_gap_rule(std::string_view id);

// The rule id nearest to a mistyped one, for "did you mean" hints.
std::optional<std::string> nearest_gap_rule(std::string_view id);

// Runs the rules (all of them, or those named in `only`) over the combined chronology
// and returns their findings, sorted (sort_findings). Every finding cites at least one
// entry. O(n log n) in the number of entries. Never throws on bad input; the chronology
// should have no errors (callers analyse nothing when loading found errors).
std::vector<Finding> analyse_gaps(const merge::CombinedChronology& merged,
                                  const GapContext& context,
                                  const std::vector<std::string>& only = {});

}  // namespace imr::analyse
