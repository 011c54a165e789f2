#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

    struct Match {
        std::size_t begin;   // byte offsets in the text
        std::size_t end;
        std::size_t phrase;  // index into the phrases
    };

    // Every non-overlapping match, left to right.
    std::vector<Match> find_all(std::string_view text) const;

    // True when any phrase occurs.
    bool contains_any(std::string_view text) const { return !find_all(text).empty(); }

    // The text with every match replaced by replacements[match.phrase].
    std::string replace_all(std::string_view text, const std::vector<std::string>& replacements) const;

private:
    // Each phrase as words of case-folded code points.
    std::vector<std::vector<std::u32string>> m_phrases;
};

}  // namespace imr::util
