#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/review_register.hpp"

namespace imr::analyse {

// Which indicators the sharing rules weigh, and in what order: the review's concerns
// (concerns.hpp; by kind of review, the register's `rules.concerns`, its new indicators,
// its critical ones). In a DHR the abuse indicators are what agencies must pass on, while
// alcohol or a new partner matter to the review but are not, on their own, the information
// whose absence it calls a sharing failure; in a SAR or a CSPR the drinking, the
// self-neglect or a parent's mental ill-health are (docs/gap-rules.md). The register's
// `critical` indicators always count and rank first.
class IndicatorScale {
  public:
    // `concerns` most serious first; the critical ones are concerns whatever it says.
    IndicatorScale(const model::GapThresholds& rules, std::vector<std::string> concerns);

    bool is_critical(std::string_view indicator) const;

    // A concern of the review, or a critical indicator.
    bool is_concern(std::string_view indicator) const;

    // Lower is more serious: critical ones in the register's order, then the concerns
    // in their order, then everything else alphabetically after them.
    int rank(std::string_view indicator) const;

    // Sorts most serious first, ties by name; removes duplicates.
    void order(std::vector<std::string>& indicators) const;

  private:
    std::vector<std::string> m_critical;
    std::vector<std::string> m_concerns;
};

}  // namespace imr::analyse
