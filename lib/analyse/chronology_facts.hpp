#pragma once

#include <optional>
#include <vector>

#include "analyse/symbol_table.hpp"
#include "merge/combined_chronology.hpp"

namespace imr::analyse {

// One recorded share with its names as ids.
struct ShareFacts {
    int agency = -1;         // the other agency: recipient of a send, sender of a receipt
    std::vector<int> about;  // indicator ids; empty = everything the sender knew
};

// One entry of the combined chronology with its names as ids.
struct EntryFacts {
    int agency = -1;
    std::vector<int> parties;          // resolved party ids, the risk subject included, no repeats
    std::vector<int> indicators;       // canonical indicator ids, no repeats
    int risk_subject = -1;             // when the entry records a risk level
    int risk_rank = -1;                // model::rank of that level
    std::vector<ShareFacts> sends;     // shared_with, in order
    std::vector<ShareFacts> receipts;  // received_from, in order
};

// The combined chronology's names turned into ids once, for every index of the analysis.
class ChronologyFacts {
  public:
    explicit ChronologyFacts(const merge::CombinedChronology& merged);

    const merge::CombinedChronology& merged() const { return m_merged; }
    const merge::CombinedEntry& entry(std::size_t i) const { return m_merged.entries[i]; }
    const EntryFacts& facts(std::size_t i) const { return m_facts[i]; }
    std::size_t size() const { return m_facts.size(); }

    const SymbolTable& agencies() const { return m_agencies; }
    const SymbolTable& parties() const { return m_parties; }
    const SymbolTable& indicators() const { return m_indicators; }

    // Whether the agency submitted a chronology (even an empty one).
    bool has_chronology(int agency) const;

  private:
    const merge::CombinedChronology& m_merged;
    SymbolTable m_agencies;
    SymbolTable m_parties;
    SymbolTable m_indicators;
    std::vector<EntryFacts> m_facts;
};

}  // namespace imr::analyse
