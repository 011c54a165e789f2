#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// Levenshtein distance between two byte strings (as ninja's edit_distance.cc).
int edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` (case-insensitively), if it is near enough to be a
// plausible typo: at most a third of the word's length, and at least 1 edit allowed.
// Ties go to the earlier candidate, so results are deterministic.
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);

}  // namespace imr::util
