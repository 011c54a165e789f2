#include "util/name_matcher.hpp"

#include <algorithm>

#include "util/folded_text.hpp"

namespace imr::util {
namespace {

// A word of folded text, and how it is joined to the word before it.
struct Word {
    std::u32string text;
    std::uint32_t begin;  // bytes of the original
    std::uint32_t end;
    bool hyphenated = false;  // "-" and nothing else before it: part of one compound name
    bool may_follow = false;  // the gap before it may stand between two parts of a name
};

std::vector<Word> words_of(const FoldedText& folded) {
    std::vector<Word> words;
    const std::u32string& c = folded.chars;
    std::size_t i = 0;
    std::size_t gap_begin = 0;
    while (i < c.size()) {
        if (!is_word_char(c[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < c.size() && is_word_char(c[j])) ++j;
        Word word{c.substr(i, j - i), folded.begin[i], folded.end[j - 1]};
        if (!words.empty()) {
            std::size_t hyphens = 0;
            std::size_t punctuation = 0;
            bool other = false;
            for (std::size_t k = gap_begin; k < i; ++k) {
                if (c[k] == U'-') {
                    ++hyphens;
                } else if (c[k] == U'.' || c[k] == U'_' || c[k] == U',') {
                    ++punctuation;
                } else if (c[k] != U' ') {
                    other = true;
                }
            }
            word.hyphenated = hyphens == i - gap_begin && hyphens > 0;
            word.may_follow = !other && hyphens + punctuation <= 1;
        }
        words.push_back(std::move(word));
        gap_begin = j;
        i = j;
    }
    return words;
}

}  // namespace

NameMatcher::NameMatcher(const std::vector<std::string>& names) {
    for (std::size_t n = 0; n < names.size(); ++n) {
        const std::vector<Word> words = words_of(fold_text(names[n]));
        if (words.empty()) continue;
        std::vector<std::u32string> forward;
        for (const auto& w : words) forward.push_back(w.text);
        // Surname first: the last name (with its hyphenated parts) before the others.
        std::size_t surname = words.size() - 1;
        while (surname > 0 && words[surname].hyphenated) --surname;
        std::vector<std::u32string> reversed(forward.begin() + static_cast<long>(surname),
                                             forward.end());
        reversed.insert(reversed.end(), forward.begin(),
                        forward.begin() + static_cast<long>(surname));
        m_patterns.push_back({forward, n, true});
        if (reversed != forward) m_patterns.push_back({reversed, n, false});
    }
    for (std::size_t p = 0; p < m_patterns.size(); ++p)
        m_by_first[m_patterns[p].words.front()].push_back(p);
    for (const auto& [first, patterns] : m_by_first) {
        std::string ascii;
        for (char32_t c : first) {
            if (c >= 0x80) {
                m_ascii_first_words.clear();
                return;
            }
            ascii += static_cast<char>(c);
        }
        m_ascii_first_words.push_back(std::move(ascii));
    }
    std::sort(m_ascii_first_words.begin(), m_ascii_first_words.end());
    const bool any_empty = std::any_of(m_ascii_first_words.begin(), m_ascii_first_words.end(),
                                       [](const std::string& word) { return word.empty(); });
    if (any_empty) {  // a name with no first word: nothing to filter by
        m_ascii_first_words.clear();
        return;
    }
    for (std::size_t w = 0; w < m_ascii_first_words.size(); ++w) {
        const auto first = static_cast<unsigned char>(m_ascii_first_words[w].front());
        m_ascii_by_first_char[first & 0x7F].push_back(w);
    }
}

bool NameMatcher::may_match(std::string_view text) const {
    if (m_ascii_first_words.empty()) return true;
    // ASCII folds to lower case, with an apostrophe dropped inside a word or made a space,
    // and a name starts at a word's start. So one pass suffices: at each byte that may
    // start a word (the first, or one after a byte that is not a letter or digit), try the
    // first words that begin with it, skipping apostrophes inside. It may say yes wrongly,
    // never no wrongly; beyond ASCII only the full fold can tell.
    const auto lower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    };
    const auto apostrophe = [](char c) { return c == '\'' || c == '`'; };
    const auto starts_here = [&](std::size_t at, const std::string& word) {
        std::size_t k = 0;
        for (std::size_t j = at; j < text.size() && k < word.size(); ++j) {
            if (k > 0 && apostrophe(text[j])) continue;
            if (lower(text[j]) != word[k]) return false;
            ++k;
        }
        return k == word.size();
    };
    bool word_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((static_cast<unsigned char>(c) & 0x80) != 0) return true;
        if (word_start) {
            for (const std::size_t w :
                 m_ascii_by_first_char[static_cast<unsigned char>(lower(c))]) {
                if (starts_here(i, m_ascii_first_words[w])) return true;
            }
        }
        word_start = !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    return false;
}

std::vector<TextMatch> NameMatcher::find_all(std::string_view text) const {
    std::vector<TextMatch> matches;
    if (m_patterns.empty() || text.empty() || !may_match(text)) return matches;
    const std::vector<Word> words = words_of(fold_text(text));
    const std::size_t n = words.size();
    // Every name that matches at each word.
    struct Candidate {
        std::size_t length;  // in words
        std::size_t name;
        bool forward;  // as the register writes it, not surname first
    };
    std::vector<std::vector<Candidate>> at(n);
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const auto candidates = m_by_first.find(words[i].text);
        if (candidates == m_by_first.end() || words[i].hyphenated) continue;
        for (std::size_t p : candidates->second) {
            const auto& pattern = m_patterns[p].words;
            const std::size_t k = pattern.size();
            if (i + k > n) continue;
            bool equal = true;
            for (std::size_t w = 1; w < k && equal; ++w)
                equal = words[i + w].may_follow && words[i + w].text == pattern[w];
            // Never a part of a longer hyphenated name.
            if (!equal || (i + k < n && words[i + k].hyphenated)) continue;
            at[i].push_back({k, m_patterns[p].name, m_patterns[p].forward});
            any = true;
        }
    }
    if (!any) return matches;
    // Matches may overlap ("O'Brien. Siobhan O'Brien" holds "O'Brien, Siobhan" and
    // "Siobhan O'Brien"); choose those that cover the most words; among equals a name in
    // the register's order before one surname first, then the earliest and longest, so
    // that a list of names gives one id per name.
    std::vector<std::size_t> covered(n + 1, 0);
    std::vector<std::size_t> choice(n + 1, 0);  // words taken at i; 0: none
    std::vector<std::size_t> chosen_name(n + 1, 0);
    for (std::size_t i = n; i-- > 0;) {
        covered[i] = covered[i + 1];
        for (const auto& candidate : at[i]) {
            const std::size_t k = candidate.length;
            const std::size_t with = k + covered[i + k];
            const bool better =
                with > covered[i] ||
                (with == covered[i] && (choice[i] == 0 ? candidate.forward : k > choice[i]));
            if (better) {
                covered[i] = with;
                choice[i] = k;
                chosen_name[i] = candidate.name;
            }
        }
    }
    for (std::size_t i = 0; i < n;) {
        if (choice[i] == 0) {
            ++i;
            continue;
        }
        matches.push_back({words[i].begin, words[i + choice[i] - 1].end, chosen_name[i]});
        i += choice[i];
    }
    return matches;
}

std::string replace_matches(std::string_view text, const std::vector<TextMatch>& matches,
                            const std::vector<std::string>& replacements) {
    if (matches.empty()) return std::string(text);
    std::string out;
    std::size_t last = 0;
    for (const auto& m : matches) {
        out.append(text.substr(last, m.begin - last));
        out += replacements[m.index];
        last = m.end;
    }
    out.append(text.substr(last));
    return out;
}

}  // namespace imr::util
