#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// A stretch of text a TextMatcher found: byte offsets in the text, and which of the
// matcher's names or phrases it is, by index.
struct TextMatch {
    std::size_t begin;
    std::size_t end;
    std::size_t index;
};

// `text` with each of `matches` (left to right, none overlapping) replaced by
// replacements[match.index].
std::string replace_matches(std::string_view text, const std::vector<TextMatch>& matches,
                            const std::vector<std::string>& replacements);

// Finds a list of names or phrases in free text, each match whole words of the text
// (NameMatcher says how they compare), and replaces what it finds.
class TextMatcher {
  public:
    virtual ~TextMatcher() = default;

    // Every match taken, left to right, none overlapping.
    virtual std::vector<TextMatch> find_all(std::string_view text) const = 0;

    // True when anything matches.
    virtual bool contains_any(std::string_view text) const { return !find_all(text).empty(); }

    // The text with every match replaced by replacements[match.index].
    std::string replace_all(std::string_view text,
                            const std::vector<std::string>& replacements) const {
        return replace_matches(text, find_all(text), replacements);
    }
};

}  // namespace imr::util
