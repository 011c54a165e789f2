#include "normalise/name_table.hpp"

#include <algorithm>

#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::normalise {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool letter =
            u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (letter) {
            word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

}  // namespace

std::string fingerprint(std::string_view text) {
    std::string out;
    for (const auto& word : words_of(text)) out += (out.empty() ? "" : " ") + word;
    return out;
}

void NameTable::add(std::string_view written, const std::string& canonical) {
    const std::string key = util::match_key(written);
    if (key.empty()) return;
    auto it = std::find(m_canonical.begin(), m_canonical.end(), canonical);
    const std::size_t index = static_cast<std::size_t>(it - m_canonical.begin());
    if (it == m_canonical.end()) m_canonical.push_back(canonical);
    m_by_key.emplace(key, index);
    m_by_fingerprint.emplace(fingerprint(written), index);
    m_forms.push_back({key, words_of(written), index});
}

std::optional<std::string> NameTable::resolve(std::string_view written) const {
    if (auto it = m_by_key.find(util::match_key(written)); it != m_by_key.end()) {
        return m_canonical[it->second];
    }
    if (auto it = m_by_fingerprint.find(fingerprint(written)); it != m_by_fingerprint.end()) {
        return m_canonical[it->second];
    }
    return std::nullopt;
}

std::optional<std::string> NameTable::suggest(std::string_view written) const {
    const std::string key = util::match_key(written);
    if (key.empty()) return std::nullopt;
    const int allowed = std::max(1, static_cast<int>(key.size()) / 3);
    int best_distance = allowed + 1;
    std::optional<std::size_t> best;
    for (const auto& form : m_forms) {
        const int d = util::edit_distance(key, form.key);
        if (d < best_distance) {
            best_distance = d;
            best = form.canonical;
        }
    }
    if (best) return m_canonical[*best];
    // No near spelling: the form sharing the most words of three letters or more.
    const std::vector<std::string> words = words_of(written);
    std::size_t best_shared = 0;
    for (const auto& form : m_forms) {
        std::size_t shared = 0;
        for (const auto& w : words) {
            if (w.size() >= 3 && std::binary_search(form.words.begin(), form.words.end(), w))
                ++shared;
        }
        if (shared > best_shared) {
            best_shared = shared;
            best = form.canonical;
        }
    }
    if (best) return m_canonical[*best];
    return std::nullopt;
}

}  // namespace imr::normalise
