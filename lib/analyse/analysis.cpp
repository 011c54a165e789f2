#include "analyse/analysis.hpp"

#include <algorithm>

#include "analyse/concerns.hpp"
#include "util/text.hpp"

namespace imr::analyse {

Analysis::Analysis(const merge::CombinedChronology& merged, const GapContext& context)
    : m_context(context),
      m_chronology(merged),
      m_scale(context.rules, context.concerns.empty()
                                 ? review_concerns(context.rules, context.kind, {})
                                 : context.concerns),
      m_shares(m_chronology, context.rules.receipt_window_days),
      m_knowledge(m_chronology, m_shares,
                  context.period ? std::optional<model::DayNumber>(context.period->from.start)
                                 : std::nullopt),
      m_risks(m_chronology, context.rules.risk_current_days) {
    m_share_conflicts = find_share_conflicts(m_chronology, m_shares);
    for (const auto& c : m_share_conflicts) {
        // Both entries' share records between the two agencies: the date is the finding.
        const int a = m_chronology.facts(c.sender_entry).agency;
        const int b = m_chronology.facts(c.other_entry).agency;
        m_conflicting.emplace(c.sender_entry, b);
        m_conflicting.emplace(c.other_entry, a);
    }
    const SymbolTable& parties = m_chronology.parties();
    m_focus.resize(static_cast<std::size_t>(parties.size()));
    for (int id = 0; id < parties.size(); ++id) {
        m_focus[static_cast<std::size_t>(id)] =
            context.focus_parties.empty() || context.focus_parties.contains(parties.name(id));
    }
}

std::vector<std::string> Analysis::indicator_names(const std::vector<int>& indicators) const {
    std::vector<std::string> names;
    names.reserve(indicators.size());
    for (int id : indicators) names.push_back(indicator(id));
    m_scale.order(names);
    return names;
}

Evidence Analysis::evidence(std::size_t entry) const {
    const auto& e = m_chronology.entry(entry);
    return {e.file, e.entry.loc.line, e.agency, e.entry.date};
}

model::DayNumber Analysis::known_since(const Learning& l) const {
    const auto& date = m_chronology.entry(l.entry).entry.date;
    if (l.how == LearntHow::received ||
        (date.precision == model::Precision::day && !date.approximate)) {
        return l.day;
    }
    return l.sure;
}

KnownBy Analysis::known_by(const Learning& l) const {
    const auto& e = m_chronology.entry(l.entry);
    return {agency(l.agency), indicator(l.indicator), known_since(l), std::string(e.file),
            e.entry.loc.line};
}

bool Analysis::in_share_conflict(const ShareRecord& record) const {
    if (m_conflicting.empty()) return false;
    const int other = record.send ? record.recipient : record.sender;
    return m_conflicting.contains({record.entry, other});
}

bool Analysis::is_focus(int party) const {
    return party >= 0 && static_cast<std::size_t>(party) < m_focus.size() &&
           m_focus[static_cast<std::size_t>(party)];
}

std::vector<int> Analysis::focus_parties(std::size_t entry) const {
    std::vector<int> out;
    for (int party : m_chronology.facts(entry).parties) {
        if (is_focus(party)) out.push_back(party);
    }
    return out;
}

bool Analysis::covers(int agency, model::DayNumber day) const {
    auto it = m_context.covers.find(this->agency(agency));
    if (it == m_context.covers.end()) return true;
    return it->second.from.start <= day && day <= it->second.to.end;
}

bool Analysis::in_review_period(std::size_t entry) const {
    if (!m_context.period) return true;
    return m_chronology.entry(entry).entry.date.end >= m_context.period->from.start;
}

bool Analysis::is_contact(std::size_t entry) const {
    return util::to_lower(m_chronology.entry(entry).entry.type) != "information-share";
}

bool Analysis::is_restatement(std::size_t entry) const {
    const std::string type = util::to_lower(m_chronology.entry(entry).entry.type);
    return type == "meeting" || type == "information-share";
}

int Analysis::risk_point(int party, model::DayNumber day) const {
    return m_risks.high_risk(party, day) ? 1 : 0;
}

int Analysis::critical_point(const std::vector<std::string>& indicators) const {
    return std::any_of(indicators.begin(), indicators.end(),
                       [&](const std::string& x) { return m_scale.is_critical(x); })
               ? 1
               : 0;
}

}  // namespace imr::analyse
