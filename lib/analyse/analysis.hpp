#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyse/chronology_facts.hpp"
#include "analyse/finding.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/indicator_scale.hpp"
#include "analyse/knowledge_timeline.hpp"
#include "analyse/risk_timeline.hpp"
#include "analyse/share_conflict.hpp"
#include "analyse/share_index.hpp"

namespace imr::analyse {

// Everything the gap rules read, built once: the chronology's facts as ids, the matched
// shares, the knowledge timeline and the risk timeline, with the questions several rules
// ask. Building it is O(n log n) in the number of entries; the rules only query it.
class Analysis {
  public:
    // `merged` and `context` must outlive the analysis.
    Analysis(const merge::CombinedChronology& merged, const GapContext& context);

    const merge::CombinedChronology& merged() const { return m_chronology.merged(); }
    const GapContext& context() const { return m_context; }
    const model::GapThresholds& rules() const { return m_context.rules; }
    const ChronologyFacts& facts() const { return m_chronology; }
    const ShareIndex& shares() const { return m_shares; }
    const KnowledgeTimeline& knowledge() const { return m_knowledge; }
    const RiskTimeline& risks() const { return m_risks; }
    const IndicatorScale& scale() const { return m_scale; }

    // (1.1) Sends and receipts that are one event given two dates (share_conflict.hpp).
    const std::vector<ShareConflict>& share_conflicts() const { return m_share_conflicts; }

    // Whether the share record is one side of a share conflict: date-conflict reports it,
    // the share rules leave it alone.
    bool in_share_conflict(const ShareRecord& record) const;

    const std::string& agency(int id) const { return m_chronology.agencies().name(id); }
    const std::string& party(int id) const { return m_chronology.parties().name(id); }
    const std::string& indicator(int id) const { return m_chronology.indicators().name(id); }

    // The names of `indicators`, most serious first.
    std::vector<std::string> indicator_names(const std::vector<int>& indicators) const;

    // The entry as a citation: file, line, agency, date.
    Evidence evidence(std::size_t entry) const;

    // The day an agency's knowledge counts from: the day it learnt it when that is a
    // certain day (a day-precise record, or a share), else the day by which its record
    // shows it certainly knew (the end of "late March 2014").
    model::DayNumber known_since(const Learning& learning) const;

    // (1.1) `learning` as a finding's known_by item, for `indicator`.
    KnownBy known_by(const Learning& learning) const;

    // Whether the knowledge rules follow this party (gap_context.hpp).
    bool is_focus(int party) const;

    // The entry's parties the knowledge rules follow, in the entry's order.
    std::vector<int> focus_parties(std::size_t entry) const;

    // Whether `agency`'s chronology covers `day` (true when it does not say what it covers).
    bool covers(int agency, model::DayNumber day) const;

    // Whether the entry's date reaches into the review period (true without a period):
    // facts from before it (a conviction circa 2002) are history, not events to share.
    bool in_review_period(std::size_t entry) const;

    // Whether the entry records the agency dealing with its parties (a contact, incident,
    // assessment, meeting, ...) rather than only passing information (`information-share`).
    bool is_contact(std::size_t entry) const;

    // Whether the entry restates what is already known rather than learning something new:
    // a meeting or an information share.
    bool is_restatement(std::size_t entry) const;

    // The severity point for a party rated high risk or above by any agency on `day`.
    int risk_point(int party, model::DayNumber day) const;

    // The severity point for any critical indicator among `indicators`.
    int critical_point(const std::vector<std::string>& indicators) const;

  private:
    const GapContext& m_context;
    ChronologyFacts m_chronology;
    IndicatorScale m_scale;
    ShareIndex m_shares;
    KnowledgeTimeline m_knowledge;
    RiskTimeline m_risks;
    std::vector<ShareConflict> m_share_conflicts;
    std::set<std::pair<std::size_t, int>> m_conflicting;  // (entry, the other agency)
    std::vector<bool> m_focus;                            // per party id
};

}  // namespace imr::analyse
