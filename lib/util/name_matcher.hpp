#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/text_matcher.hpp"

namespace imr::util {

// Finds people's names in free text however a record writes them (spec section 4, 1.1):
// compared on their folded form (util/folded_text: any case, with or without accents,
// in either Unicode normal form, with curly, straight or no apostrophes, with invisible
// characters inside); with the words apart by spaces, line breaks, a hyphen, a dot, an
// underscore or a comma ("Karen Fictional", "Karen-Fictional", "karen.fictional@x");
// and surname first ("Fictional, Karen", "Fictional Karen").
//
// A match is always whole words of the text, and never part of a hyphenated name: with
// "Ann" a name, "Ann-Marie" and "Annual" are left alone. Where matches overlap, those
// that cover the most words are taken (then the earliest and longest).
// A match's index is into `names`.
class NameMatcher final : public TextMatcher {
  public:
    explicit NameMatcher(const std::vector<std::string>& names);

    std::vector<TextMatch> find_all(std::string_view text) const override;

  private:
    // False only when no match can be in `text`: for plain ASCII text (most text), when
    // no name's first word starts at a word's start, in any case, with or without
    // apostrophes inside it. One pass, no allocation: every text of a review goes through.
    bool may_match(std::string_view text) const;

    struct Pattern {
        std::vector<std::u32string> words;
        std::size_t name;
        bool forward;  // false: surname first
    };
    std::vector<Pattern> m_patterns;
    // Patterns by their first word.
    std::unordered_map<std::u32string, std::vector<std::size_t>> m_by_first;
    // The first words in ASCII, for may_match; empty when one is not ASCII.
    std::vector<std::string> m_ascii_first_words;
    // For each ASCII byte, the first words (indexes into m_ascii_first_words) starting with it.
    std::array<std::vector<std::uint8_t>, 128> m_ascii_by_first_char;
};

}  // namespace imr::util
