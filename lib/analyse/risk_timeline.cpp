#include "analyse/risk_timeline.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace imr::analyse {
namespace {

constexpr int k_high = 2;  // model::rank(RiskLevel::high)

}  // namespace

RiskTimeline::RiskTimeline(const ChronologyFacts& chronology, int risk_current_days) {
    for (std::size_t i = 0; i < chronology.size(); ++i) {
        const EntryFacts& facts = chronology.facts(i);
        if (facts.risk_subject < 0 || facts.risk_rank < 0) continue;
        const model::DayNumber start = chronology.entry(i).entry.date.start;
        m_assessments.push_back({i, facts.agency, facts.risk_subject, facts.risk_rank, start,
                                 start + std::max(risk_current_days, 1) - 1});
    }
    // Each agency's assessments of a party end where its next one starts.
    std::sort(m_assessments.begin(), m_assessments.end(),
              [](const Assessment& a, const Assessment& b) {
                  return std::tie(a.subject, a.agency, a.start, a.entry) <
                         std::tie(b.subject, b.agency, b.start, b.entry);
              });
    for (std::size_t k = 0; k + 1 < m_assessments.size(); ++k) {
        auto& a = m_assessments[k];
        const auto& next = m_assessments[k + 1];
        if (next.subject != a.subject || next.agency != a.agency) continue;
        const model::DayNumber until = next.start == a.start ? a.start : next.start - 1;
        a.current_to = std::min(a.current_to, until);
    }
    std::sort(
        m_assessments.begin(), m_assessments.end(), [](const Assessment& a, const Assessment& b) {
            return std::tie(a.subject, a.start, a.entry) < std::tie(b.subject, b.start, b.entry);
        });
    for (const auto& a : m_assessments) {
        if (a.rank < k_high) continue;
        auto& ranges = m_high[a.subject];
        // Assessments arrive by start day, so a range only ever extends the last one.
        if (!ranges.empty() && a.start <= ranges.back().second + 1) {
            ranges.back().second = std::max(ranges.back().second, a.current_to);
        } else {
            ranges.emplace_back(a.start, a.current_to);
        }
    }
}

bool RiskTimeline::high_risk(int party, model::DayNumber day) const {
    auto it = m_high.find(party);
    if (it == m_high.end()) return false;
    const auto& ranges = it->second;
    auto after =
        std::upper_bound(ranges.begin(), ranges.end(), day,
                         [](model::DayNumber d, const auto& range) { return d < range.first; });
    return after != ranges.begin() && std::prev(after)->second >= day;
}

}  // namespace imr::analyse
