#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/review_register.hpp"

namespace imr::normalise {

// The built-in indicator vocabulary of spec section 4.
const std::vector<std::string>& builtin_indicators();

// Resolves the names people write for parties, agencies and indicators to the review's
// canonical ones: case-insensitively and ignoring punctuation and spaces, through ids,
// names and aliases (and private names, for parties). Built from an optional register.
class NameResolver {
public:
    explicit NameResolver(const model::ReviewRegister* review_register);

    // The canonical agency name, or nothing when the register does not know the name.
    std::optional<std::string> agency(std::string_view written) const;

    // The party id, or nothing.
    std::optional<std::string> party(std::string_view written) const;

    // The canonical indicator (built-in or from the register), or nothing.
    std::optional<std::string> indicator(std::string_view written) const;

    // Every canonical agency name, party id and indicator, for suggestions.
    const std::vector<std::string>& agency_names() const { return m_agency_names; }
    const std::vector<std::string>& party_ids() const { return m_party_ids; }
    const std::vector<std::string>& indicator_names() const { return m_indicator_names; }

    bool has_register() const { return m_has_register; }

private:
    bool m_has_register = false;
    std::unordered_map<std::string, std::string> m_agencies;
    std::unordered_map<std::string, std::string> m_parties;
    std::unordered_map<std::string, std::string> m_indicators;
    std::vector<std::string> m_agency_names;
    std::vector<std::string> m_party_ids;
    std::vector<std::string> m_indicator_names;
};

}  // namespace imr::normalise
