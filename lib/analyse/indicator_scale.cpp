#include "analyse/indicator_scale.hpp"

#include <algorithm>
#include <utility>

namespace imr::analyse {

IndicatorScale::IndicatorScale(const model::GapThresholds& rules, std::vector<std::string> concerns)
    : m_critical(rules.critical), m_concerns(std::move(concerns)) {}

bool IndicatorScale::is_critical(std::string_view indicator) const {
    return std::find(m_critical.begin(), m_critical.end(), indicator) != m_critical.end();
}

bool IndicatorScale::is_concern(std::string_view indicator) const {
    return is_critical(indicator) ||
           std::find(m_concerns.begin(), m_concerns.end(), indicator) != m_concerns.end();
}

int IndicatorScale::rank(std::string_view indicator) const {
    if (auto it = std::find(m_critical.begin(), m_critical.end(), indicator);
        it != m_critical.end()) {
        return static_cast<int>(it - m_critical.begin());
    }
    const int after_critical = static_cast<int>(m_critical.size());
    if (auto it = std::find(m_concerns.begin(), m_concerns.end(), indicator);
        it != m_concerns.end()) {
        return after_critical + static_cast<int>(it - m_concerns.begin());
    }
    return after_critical + static_cast<int>(m_concerns.size());
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
