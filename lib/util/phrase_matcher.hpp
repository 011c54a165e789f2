#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/text_matcher.hpp"

namespace imr::util {

// Finds whole-word occurrences of phrases in text the way a person would read them:
// case-insensitively (ASCII, and the accented Latin letters of Latin-1 and Latin
// Extended-A, so "SIOBHÁN" matches "Siobhán"), with any run of spaces or line breaks
// between the words ("Mary\n  Example" matches "Mary Example"), and only at word
// boundaries, so "Ann" is not found in "Annual". A possessive "'s" after a phrase is
// left outside the match. Where phrases overlap, the longest match wins.
// A match's index is into `phrases`.
class PhraseMatcher final : public TextMatcher {
  public:
    explicit PhraseMatcher(const std::vector<std::string>& phrases);

    std::vector<TextMatch> find_all(std::string_view text) const override;

    // Most texts hold no phrase: they are turned away by a plain byte search for each
    // phrase's first word before any decoding.
    bool contains_any(std::string_view text) const override;

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
