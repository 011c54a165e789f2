#include "util/phrase_matcher.hpp"

#include <algorithm>

namespace imr::util {
namespace {

struct CodePoint {
    char32_t value;
    std::size_t offset;  // where it starts in the text
};

// Decodes UTF-8 leniently (an invalid byte becomes U+FFFD): the loaders have already
// rejected invalid text, and redaction must never fail.
std::vector<CodePoint> decode(std::string_view text) {
    std::vector<CodePoint> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xE  ? 3
                          : (c >> 3) == 0x1E ? 4
                                             : 0;
        char32_t value = 0xFFFD;
        if (len == 1) {
            value = c;
        } else if (len > 1 && i + len <= text.size()) {
            value = c & (0xFF >> (len + 1));
            for (std::size_t k = 1; k < len; ++k) {
                value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
            }
        } else {
            len = 1;
        }
        out.push_back({value, i});
        i += len;
    }
    return out;
}

// Lower case for ASCII, Latin-1 and Latin Extended-A; other code points unchanged.
char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        // Pairs: even upper, odd lower, except 0x139-0x148 and 0x179-0x17E (odd upper).
        const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_upper) return (c % 2 == 1) ? c + 1 : c;
        if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
        return (c % 2 == 0) ? c + 1 : c;
    }
    return c;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// Letters, digits and non-ASCII letters count as word characters, so a name never
// matches inside a longer word in any script. Typographic punctuation (curly quotes,
// dashes, non-breaking spaces, Latin-1 symbols) separates words, as ASCII punctuation does.
bool is_word(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2000 && c <= 0x206F) return false;  // General Punctuation
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    return c != 0xFEFF && c != 0xFFFD;
}

std::vector<std::u32string> words_of(std::string_view phrase) {
    std::vector<std::u32string> words;
    std::u32string word;
    for (const auto& cp : decode(phrase)) {
        if (is_space(cp.value)) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(fold(cp.value));
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// The length in code points of `words` matched at `at` in `text`, or 0.
std::size_t match_at(const std::vector<CodePoint>& text, std::size_t at,
                     const std::vector<std::u32string>& words) {
    std::size_t i = at;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (w > 0) {
            const std::size_t before = i;
            while (i < text.size() && is_space(text[i].value)) ++i;
            if (i == before) return 0;
        }
        for (char32_t c : words[w]) {
            if (i >= text.size() || fold(text[i].value) != c) return 0;
            ++i;
        }
    }
    return i - at;
}

}  // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) {
    for (const auto& phrase : phrases) m_phrases.push_back(words_of(phrase));
    for (const auto& words : m_phrases) {
        if (words.empty()) continue;  // an empty phrase never matches
        std::string ascii;
        for (char32_t c : words.front()) {
            if (c >= 0x80) {
                m_first_words.clear();
                m_first_letters.fill(false);
                return;
            }
            ascii.push_back(static_cast<char>(c));
        }
        m_first_letters[static_cast<unsigned char>(ascii.front())] = true;
        m_first_words.push_back(std::move(ascii));
    }
}

bool PhraseMatcher::may_contain(std::string_view text) const {
    if (m_first_words.empty()) return true;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    // One pass over the text; a word is compared only where its first letter stands.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = lower(text[i]);
        if (!m_first_letters[static_cast<unsigned char>(c)]) continue;
        for (const auto& word : m_first_words) {
            if (word.front() != c || text.size() - i < word.size()) continue;
            std::size_t k = 1;
            while (k < word.size() && lower(text[i + k]) == word[k]) ++k;
            if (k == word.size()) return true;
        }
    }
    return false;
}

bool PhraseMatcher::contains_any(std::string_view text) const {
    return may_contain(text) && !find_all(text).empty();
}

std::vector<TextMatch> PhraseMatcher::find_all(std::string_view text) const {
    std::vector<TextMatch> matches;
    const std::vector<CodePoint> cps = decode(text);
    std::size_t i = 0;
    while (i < cps.size()) {
        const bool boundary_before = i == 0 || !is_word(cps[i - 1].value);
        std::size_t best_len = 0;
        std::size_t best_phrase = 0;
        if (boundary_before && is_word(cps[i].value)) {
            for (std::size_t p = 0; p < m_phrases.size(); ++p) {
                if (m_phrases[p].empty()) continue;
                const std::size_t len = match_at(cps, i, m_phrases[p]);
                if (len == 0 || len <= best_len) continue;
                const bool boundary_after = i + len == cps.size() || !is_word(cps[i + len].value);
                if (!boundary_after) continue;
                best_len = len;
                best_phrase = p;
            }
        }
        if (best_len == 0) {
            ++i;
            continue;
        }
        const std::size_t end = i + best_len == cps.size() ? text.size() : cps[i + best_len].offset;
        matches.push_back({cps[i].offset, end, best_phrase});
        i += best_len;
    }
    return matches;
}

}  // namespace imr::util
