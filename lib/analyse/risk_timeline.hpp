#pragma once

#include <unordered_map>
#include <vector>

#include "analyse/chronology_facts.hpp"

namespace imr::analyse {

// One recorded risk assessment and the days it stayed current.
struct Assessment {
    std::size_t entry = 0;
    int agency = -1;
    int subject = -1;
    int rank = 0;                     // model::rank of the level: 0 low/standard .. 3 very high
    model::DayNumber start = 0;       // the assessment's date
    model::DayNumber current_to = 0;  // the last day it was current (inclusive)
};

// Every risk assessment with a level, and how long each stayed current (spec section 6,
// risk-divergence): from its date until the same agency's next assessment of the same
// party, or for `risk_current_days`. An assessment followed by another on the same day
// (an officer's booklet and the police system) is current on that day only, so the two
// can be compared; otherwise it ends the day before the next one starts.
class RiskTimeline {
  public:
    RiskTimeline(const ChronologyFacts& chronology, int risk_current_days);

    // All assessments, by subject, then date, then chronology order.
    const std::vector<Assessment>& assessments() const { return m_assessments; }

    // Whether any agency's current assessment rated `party` high or very high on `day`.
    bool high_risk(int party, model::DayNumber day) const;

  private:
    std::vector<Assessment> m_assessments;
    // Per party, the disjoint day ranges in which a high (or higher) assessment was
    // current, sorted: answered by binary search.
    std::unordered_map<int, std::vector<std::pair<model::DayNumber, model::DayNumber>>> m_high;
};

}  // namespace imr::analyse
