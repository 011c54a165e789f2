#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/review_register.hpp"
#include "normalise/name_table.hpp"

namespace imr::normalise {

// The built-in indicator vocabulary of spec section 4.
const std::vector<std::string>& builtin_indicators();

// The built-in indicator that `written` names through the built-in vocabulary alone (a
// name or a common alias), or nothing.
std::optional<std::string> builtin_indicator(std::string_view written);

// Whether `written` is the name of a built-in indicator (not merely one of its aliases),
// ignoring case and punctuation.
bool is_builtin_indicator(std::string_view written);

// Resolves the names people write for parties, agencies and indicators to the review's
// canonical ones: case-insensitively and ignoring punctuation, spaces and word order,
// through ids, names and aliases (and private names, for parties). Built from an
// optional register; indicators always know the built-in vocabulary and its aliases.
class NameResolver {
  public:
    explicit NameResolver(const model::ReviewRegister* review_register);

    const NameTable& agencies() const { return m_agencies; }
    const NameTable& parties() const { return m_parties; }
    const NameTable& indicators() const { return m_indicators; }

    // Shorthands for resolve() on each table.
    std::optional<std::string> agency(std::string_view written) const {
        return m_agencies.resolve(written);
    }
    std::optional<std::string> party(std::string_view written) const {
        return m_parties.resolve(written);
    }
    std::optional<std::string> indicator(std::string_view written) const {
        return m_indicators.resolve(written);
    }

    // Every canonical agency name, party id and indicator, in register order.
    const std::vector<std::string>& agency_names() const { return m_agencies.canonical_names(); }
    const std::vector<std::string>& party_ids() const { return m_parties.canonical_names(); }
    const std::vector<std::string>& indicator_names() const {
        return m_indicators.canonical_names();
    }

    bool has_register() const { return m_has_register; }

  private:
    bool m_has_register = false;
    NameTable m_agencies;
    NameTable m_parties;
    NameTable m_indicators;
};

}  // namespace imr::normalise
