#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/chronology_facts.hpp"
#include "analyse/share_index.hpp"

namespace imr::analyse {

// How an agency came to know something.
enum class LearntHow { recorded, received };

// A time an agency came to know an indicator about a party: the first time, and, when
// that was history, the first time it knew of it from the review period.
struct Learning {
    int agency = -1;
    int party = -1;
    int indicator = -1;
    model::DayNumber day = 0;   // the earliest day it may have known (a record's start)
    model::DayNumber sure = 0;  // the day by which it certainly knew (a record's end)
    LearntHow how = LearntHow::recorded;
    int from = -1;          // the agency it came from, when received
    std::size_t entry = 0;  // the entry that shows it: the record, the receipt, or the send
    // The first-hand record the knowledge goes back to (through every agency that passed
    // it on): what tells history (a conviction circa 2002) from news.
    std::size_t origin = 0;
    // Recorded from the agency's own contact, not written down from another agency's
    // information in the same entry. Only first-hand knowledge makes an agency the one
    // that "knew" in the knowledge rules' sense of having something to pass on first.
    bool first_hand = false;
};

// Who knew what, when (spec section 6). An agency learns an indicator about a party
// when it records it in an entry about that party (its `indicators`, about its parties
// and risk subject), or when a transfer from an agency that knew it reaches it. A
// transfer carries its `about` indicators, or, without `about`, everything the sender
// knew about the entry's parties on the day it was sent; so knowledge travels onwards
// (police → MARAC → advocate). Built in ONE pass over records and transfers in date order
// (records of a day first, then transfers in chronology order, so a chain on one day
// completes): O(n log n) for n entries, whatever the number of agencies.
//
// History is kept apart from news. Knowledge whose origin is a record dated before
// `news_from` (the review period's start: J's conviction of 2007) is history; an agency
// that knew only the history of a breach learns of it afresh when a breach within the
// period is recorded or passed to it. The sharing rules ask only about news (knew,
// knew_by, knowers); the who-knew-what matrix shows both (learnt).
class KnowledgeTimeline {
  public:
    KnowledgeTimeline(const ChronologyFacts& chronology, const ShareIndex& shares,
                      std::optional<model::DayNumber> news_from = std::nullopt);

    // When `agency` first knew `indicator` about `party`, history included, or null.
    const Learning* learnt(int agency, int party, int indicator) const;

    // When `agency` first knew `indicator` about `party` from the review period, or null.
    const Learning* knew(int agency, int party, int indicator) const;

    // Whether `agency` knew `indicator` about `party` from the review period by the end of `day`.
    bool knew_by(int agency, int party, int indicator, model::DayNumber day) const;

    // Everyone who knew `indicator` about `party` from the review period, in the order
    // they learnt it.
    std::vector<const Learning*> knowers(int party, int indicator) const;

    // Everyone who ever knew `indicator` about `party`, history included: each agency's
    // first learning, in the order learnt.
    std::vector<const Learning*> first_knowers(int party, int indicator) const;

    // Every indicator anyone learnt about `party`, in the order first learnt.
    const std::vector<int>& indicators_about(int party) const;

    // Every learning kept (first ones and first news), in the order learnt.
    const std::vector<Learning>& learnings() const { return m_learnings; }

    // Whether a transfer carried `indicator` about `party`: its `about` names the
    // indicator, or it has no `about`, was about the party, and the sender knew it by then.
    bool carried(const Transfer& transfer, int party, int indicator) const;

  private:
    struct Item {
        int party;
        int indicator;
        std::size_t origin;
    };
    using Carried = std::vector<Item>;

    void record(const ChronologyFacts& chronology, std::size_t entry);
    Carried take(const Transfer& transfer) const;
    void deliver(const Transfer& transfer, const Carried& carried);
    // Keeps `learning` unless the agency already knew it as news (or as history, when
    // the learning is history too).
    void learn(const Learning& learning);
    // The origin an agency's knowledge carries onwards: its news, else its history.
    std::size_t origin_of(int agency, int party, int indicator) const;

    const ChronologyFacts& m_chronology;
    std::optional<model::DayNumber> m_news_from;
    std::vector<Learning> m_learnings;
    std::unordered_map<std::uint64_t, std::size_t> m_first;       // (agency, party, indicator)
    std::unordered_map<std::uint64_t, std::size_t> m_current;     // (agency, party, indicator)
    std::unordered_map<std::uint64_t, std::vector<int>> m_known;  // (agency, party) -> indicators
    std::unordered_map<std::uint64_t, std::vector<std::size_t>>
        m_by_fact;  // (party, indicator): news
    std::unordered_map<std::uint64_t, std::vector<std::size_t>>
        m_first_by_fact;                                // (party, indicator)
    std::unordered_map<int, std::vector<int>> m_about;  // party -> indicators
    std::unordered_set<std::uint64_t> m_seen;           // (party, indicator)
};

}  // namespace imr::analyse
