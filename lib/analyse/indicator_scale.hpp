#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/review_register.hpp"

namespace imr::analyse {

// Which indicators the sharing rules weigh, and in what order. Abuse indicators (assault,
// threats, harassment, breaches, ...) are what agencies must pass on; alcohol, mental
// health or a new partner matter to a review but are not, on their own, the information
// whose absence reviews call a sharing failure, so the knowledge rules leave them out
// (docs/gap-rules.md). The register's `critical` indicators always count and rank first.
class IndicatorScale {
  public:
    explicit IndicatorScale(const model::GapRules& rules);

    bool is_critical(std::string_view indicator) const;

    // An abuse indicator, or a critical one.
    bool is_abuse(std::string_view indicator) const;

    // Lower is more serious: critical ones in the register's order, then the abuse
    // indicators, then everything else alphabetically after them.
    int rank(std::string_view indicator) const;

    // Sorts most serious first, ties by name; removes duplicates.
    void order(std::vector<std::string>& indicators) const;

  private:
    std::vector<std::string> m_critical;
};

// The built-in abuse indicators, most serious first.
const std::vector<std::string>& abuse_indicators();

}  // namespace imr::analyse
