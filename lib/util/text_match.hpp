#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// A stretch of text a matcher found (NameMatcher, PhraseMatcher): byte offsets in the
// text, and which of the matcher's names or phrases it is, by index.
struct TextMatch {
    std::size_t begin;
    std::size_t end;
    std::size_t index;
};

// `text` with each of `matches` (left to right, none overlapping) replaced by
// replacements[match.index].
std::string replace_matches(std::string_view text, const std::vector<TextMatch>& matches,
                            const std::vector<std::string>& replacements);

}  // namespace imr::util
