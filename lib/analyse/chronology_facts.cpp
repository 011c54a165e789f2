#include "analyse/chronology_facts.hpp"

#include <algorithm>

namespace imr::analyse {
namespace {

void add_unique(std::vector<int>& ids, int id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::vector<ShareFacts> share_facts(const model::List<merge::ResolvedShare>& shares,
                                    SymbolTable& agencies, SymbolTable& indicators) {
    std::vector<ShareFacts> out;
    out.reserve(shares.size());
    for (const auto& share : shares) {
        ShareFacts facts;
        facts.agency = agencies.id(share.agency);
        for (const auto& about : share.about) add_unique(facts.about, indicators.id(about));
        out.push_back(std::move(facts));
    }
    return out;
}

}  // namespace

ChronologyFacts::ChronologyFacts(const merge::CombinedChronology& merged) : m_merged(merged) {
    // Agencies with a chronology first, in the merge's (sorted) order.
    for (const auto& agency : merged.agencies) m_agencies.id(agency);
    m_facts.reserve(merged.entries.size());
    for (const auto& entry : merged.entries) {
        EntryFacts facts;
        facts.agency = m_agencies.id(entry.agency);
        for (const auto& party : entry.party_ids) add_unique(facts.parties, m_parties.id(party));
        if (entry.entry.risk && !entry.risk_subject.empty()) {
            facts.risk_subject = m_parties.id(entry.risk_subject);
            add_unique(facts.parties, facts.risk_subject);
            if (entry.entry.risk->level) facts.risk_rank = model::rank(*entry.entry.risk->level);
        }
        for (const auto& indicator : entry.indicators)
            add_unique(facts.indicators, m_indicators.id(indicator));
        facts.sends = share_facts(entry.shared_with, m_agencies, m_indicators);
        facts.receipts = share_facts(entry.received_from, m_agencies, m_indicators);
        m_facts.push_back(std::move(facts));
    }
}

bool ChronologyFacts::has_chronology(int agency) const {
    // The agencies of the merge were given the first ids; an empty chronology still counts.
    return agency >= 0 && static_cast<std::size_t>(agency) < m_merged.agencies.size();
}

}  // namespace imr::analyse
