#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace imr::util {

// A stretch of text a NameMatcher found: byte offsets in the text, and which of the
// matcher's names it is, by index.
struct TextMatch {
    std::size_t begin;
    std::size_t end;
    std::size_t index;
};

// `text` with each of `matches` (left to right, none overlapping) replaced by
// replacements[match.index].
std::string replace_matches(std::string_view text, const std::vector<TextMatch>& matches,
                            const std::vector<std::string>& replacements);

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
class NameMatcher {
  public:
    explicit NameMatcher(const std::vector<std::string>& names);

    // Every match taken, left to right, none overlapping; a match's index is into `names`.
    std::vector<TextMatch> find_all(std::string_view text) const;

    // True when any name occurs in `text`.
    bool contains_any(std::string_view text) const { return !find_all(text).empty(); }

    // The text with every match replaced by replacements[match.index].
    std::string replace_all(std::string_view text,
                            const std::vector<std::string>& replacements) const {
        return replace_matches(text, find_all(text), replacements);
    }

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
    std::array<std::vector<std::size_t>, 128> m_ascii_by_first_char;
};

}  // namespace imr::util
