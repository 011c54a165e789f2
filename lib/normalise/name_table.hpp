#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace imr::normalise {

// The words of a name, lower case and sorted, as OpenRefine's fingerprint keys:
// "Smith, Mary" and "mary  SMITH" both give "mary smith".
std::string fingerprint(std::string_view text);

// Maps the ways a name is written to its canonical form. A written name matches when it
// equals a known form ignoring case, punctuation and spaces ("Ms. M" = "ms m"), or when
// its words are the same in another order ("Smith, Mary" = "Mary Smith").
class NameTable {
  public:
    // Adds a written form of `canonical`; the first claim on a form wins.
    void add(std::string_view written, const std::string& canonical);

    // The canonical form, or nothing.
    std::optional<std::string> resolve(std::string_view written) const;

    // The canonical form of the known name nearest to `written` (a plausible typo by
    // edit distance, else the most shared words), for "did you mean" hints. Returns the
    // canonical form only, never the written one, so private names are never shown.
    std::optional<std::string> suggest(std::string_view written) const;

    // Every canonical form, in the order first added.
    const std::vector<std::string>& canonical_names() const { return m_canonical; }

  private:
    struct Form {
        std::string key;
        std::vector<std::string> words;
        std::size_t canonical;
    };
    std::unordered_map<std::string, std::size_t> m_by_key;
    std::unordered_map<std::string, std::size_t> m_by_fingerprint;
    std::vector<Form> m_forms;
    std::vector<std::string> m_canonical;
};

}  // namespace imr::normalise
