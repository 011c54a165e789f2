#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/text_match.hpp"

namespace imr::util {

// Finds whole-word occurrences of phrases in text the way a person would read them:
// case-insensitively (ASCII, and the accented Latin letters of Latin-1 and Latin
// Extended-A, so "SIOBHÁN" matches "Siobhán"), with any run of spaces or line breaks
// between the words ("Mary\n  Example" matches "Mary Example"), and only at word
// boundaries, so "Ann" is not found in "Annual". A possessive "'s" after a phrase is
// left outside the match. Where phrases overlap, the longest match wins.
class PhraseMatcher {
  public:
    // `phrases` and what each is replaced with, by index.
    explicit PhraseMatcher(const std::vector<std::string>& phrases);

    using Match = TextMatch;  // its index is into the phrases

    // Every non-overlapping match, left to right.
    std::vector<Match> find_all(std::string_view text) const;

    // True when any phrase occurs. Most texts hold none: they are turned away by a plain
    // byte search for each phrase's first word before any decoding.
    bool contains_any(std::string_view text) const;

    // The text with every match replaced by replacements[match.index].
    std::string replace_all(std::string_view text,
                            const std::vector<std::string>& replacements) const;

  private:
    // Whether `text` may hold a match: false only when no phrase's first word occurs in
    // it, ignoring ASCII case (the only folding that can give an ASCII letter).
    bool may_contain(std::string_view text) const;

    // Each phrase as words of case-folded code points.
    std::vector<std::vector<std::u32string>> m_phrases;
    // The phrases' first words in lower-case ASCII, for may_contain; empty when a first
    // word is not all ASCII (then every text is searched in full).
    std::vector<std::string> m_first_words;
    std::array<bool, 256> m_first_letters{};  // the bytes the first words start with
};

}  // namespace imr::util
