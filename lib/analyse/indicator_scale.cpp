#include "analyse/indicator_scale.hpp"

#include <algorithm>

namespace imr::analyse {

const std::vector<std::string>& abuse_indicators() {
    // Domestic abuse leads because reviews name it first ("the GP never knew M was a
    // victim of abuse"); the specific harms follow, the most dangerous first. A history of
    // abuse (previous convictions, earlier partners) is left out: it is history any agency
    // may ask for, not news one agency failed to pass on.
    static const std::vector<std::string> k_abuse{
        "threat-to-kill",   "strangulation",   "weapon",    "breach-of-order",  "domestic-abuse",
        "physical-assault", "sexual-abuse",    "stalking",  "coercive-control", "threats",
        "harassment",       "criminal-damage", "escalation"};
    return k_abuse;
}

IndicatorScale::IndicatorScale(const model::GapRules& rules) : m_critical(rules.critical) {}

bool IndicatorScale::is_critical(std::string_view indicator) const {
    return std::find(m_critical.begin(), m_critical.end(), indicator) != m_critical.end();
}

bool IndicatorScale::is_abuse(std::string_view indicator) const {
    const auto& abuse = abuse_indicators();
    return is_critical(indicator) ||
           std::find(abuse.begin(), abuse.end(), indicator) != abuse.end();
}

int IndicatorScale::rank(std::string_view indicator) const {
    if (auto it = std::find(m_critical.begin(), m_critical.end(), indicator);
        it != m_critical.end()) {
        return static_cast<int>(it - m_critical.begin());
    }
    const auto& abuse = abuse_indicators();
    const int after_critical = static_cast<int>(m_critical.size());
    if (auto it = std::find(abuse.begin(), abuse.end(), indicator); it != abuse.end()) {
        return after_critical + static_cast<int>(it - abuse.begin());
    }
    return after_critical + static_cast<int>(abuse.size());
}

void IndicatorScale::order(std::vector<std::string>& indicators) const {
    std::sort(indicators.begin(), indicators.end(),
              [&](const std::string& a, const std::string& b) {
                  const int ra = rank(a);
                  const int rb = rank(b);
                  return ra != rb ? ra < rb : a < b;
              });
    indicators.erase(std::unique(indicators.begin(), indicators.end()), indicators.end());
}

}  // namespace imr::analyse
