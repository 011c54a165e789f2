#include "analyse/knowledge_timeline.hpp"

#include <algorithm>
#include <limits>
#include <queue>
#include <tuple>

namespace imr::analyse {
namespace {

// Ids stay below 2^21 (two million parties or indicators is far beyond any review).
std::uint64_t key3(int a, int b, int c) {
    return (static_cast<std::uint64_t>(a) << 42) | (static_cast<std::uint64_t>(b) << 21) |
           static_cast<std::uint64_t>(c);
}

std::uint64_t key2(int a, int b) {
    return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b);
}

bool contains(const std::vector<int>& ids, int id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// One step of the pass. Within a day: the day's records, then transfers due that day
// that were taken earlier, then transfers taken that day, each group in chronology order.
struct Step {
    model::DayNumber day;
    int phase;          // 0 record, 2 take (1 is a delayed delivery, kept in a queue)
    std::size_t order;  // the entry's position in the combined chronology
    std::size_t index;  // the entry (records) or the transfer (takes)

    friend bool operator<(const Step& a, const Step& b) {
        return std::tie(a.day, a.phase, a.order, a.index) <
               std::tie(b.day, b.phase, b.order, b.index);
    }
};

std::size_t chronology_order(const ShareIndex& shares, const Transfer& t) {
    return t.send ? shares.sends()[*t.send].entry : shares.receipts()[*t.receipt].entry;
}

const std::vector<int> k_nothing;

}  // namespace

KnowledgeTimeline::KnowledgeTimeline(const ChronologyFacts& chronology, const ShareIndex& shares,
                                     std::optional<model::DayNumber> news_from)
    : m_chronology(chronology), m_news_from(news_from) {
    const auto& transfers = shares.transfers();
    std::vector<Step> steps;
    steps.reserve(chronology.size() + transfers.size());
    for (std::size_t i = 0; i < chronology.size(); ++i) {
        steps.push_back({chronology.entry(i).entry.date.start, 0, i, i});
    }
    for (std::size_t t = 0; t < transfers.size(); ++t) {
        steps.push_back({transfers[t].sent, 2, chronology_order(shares, transfers[t]), t});
    }
    std::sort(steps.begin(), steps.end());

    // Transfers received after the day they were taken wait here, with what they carried.
    struct Delivery {
        model::DayNumber day;
        std::size_t order;
        std::size_t transfer;
        Carried carried;
    };
    const auto later = [](const Delivery& a, const Delivery& b) {
        return std::tie(a.day, a.order, a.transfer) > std::tie(b.day, b.order, b.transfer);
    };
    std::priority_queue<Delivery, std::vector<Delivery>, decltype(later)> waiting(later);
    const auto deliver_due = [&](model::DayNumber day, int phase) {
        while (!waiting.empty() &&
               (waiting.top().day < day || (waiting.top().day == day && phase > 1))) {
            deliver(transfers[waiting.top().transfer], waiting.top().carried);
            waiting.pop();
        }
    };

    for (const Step& step : steps) {
        deliver_due(step.day, step.phase);
        if (step.phase == 0) {
            record(chronology, step.index);
            continue;
        }
        const Transfer& t = transfers[step.index];
        Carried carried = take(t);
        if (t.received <= t.sent) {
            deliver(t, carried);
        } else {
            waiting.push({t.received, step.order, step.index, std::move(carried)});
        }
    }
    deliver_due(std::numeric_limits<model::DayNumber>::max(), 2);
}

void KnowledgeTimeline::record(const ChronologyFacts& chronology, std::size_t entry) {
    const EntryFacts& facts = chronology.facts(entry);
    const auto& date = chronology.entry(entry).entry.date;
    for (int party : facts.parties) {
        for (int indicator : facts.indicators) {
            Learning learning{facts.agency,        party, indicator, date.start, date.end,
                              LearntHow::recorded, -1,    entry,     entry,      true};
            // An indicator written down from information received in the same entry is
            // the other agency's knowledge passed on, not the agency's own finding.
            for (const auto& receipt : facts.receipts) {
                if (receipt.agency == facts.agency) continue;
                const Learning* source = learnt(receipt.agency, party, indicator);
                const bool carried =
                    receipt.about.empty() ? source != nullptr : contains(receipt.about, indicator);
                if (carried) {
                    if (source) learning.origin = origin_of(receipt.agency, party, indicator);
                    learning.how = LearntHow::received;
                    learning.from = receipt.agency;
                    learning.first_hand = false;
                    break;
                }
            }
            learn(learning);
        }
    }
}

KnowledgeTimeline::Carried KnowledgeTimeline::take(const Transfer& t) const {
    Carried carried;
    for (int party : t.parties) {
        if (!t.about.empty()) {
            for (int indicator : t.about) {
                // Named in `about` though never recorded by the sender: the share itself
                // is the origin.
                const bool known = learnt(t.sender, party, indicator) != nullptr;
                carried.push_back(
                    {party, indicator, known ? origin_of(t.sender, party, indicator) : t.entry});
            }
            continue;
        }
        auto it = m_known.find(key2(t.sender, party));
        if (it == m_known.end()) continue;
        for (int indicator : it->second) {
            carried.push_back({party, indicator, origin_of(t.sender, party, indicator)});
        }
    }
    return carried;
}

void KnowledgeTimeline::deliver(const Transfer& t, const Carried& carried) {
    for (const auto& [party, indicator, origin] : carried) {
        learn({t.recipient, party, indicator, t.received, t.received, LearntHow::received, t.sender,
               t.entry, origin, false});
    }
}

void KnowledgeTimeline::learn(const Learning& learning) {
    const std::uint64_t key = key3(learning.agency, learning.party, learning.indicator);
    if (m_current.contains(key)) return;
    const auto& origin_date = m_chronology.entry(learning.origin).entry.date;
    const bool news = !m_news_from || origin_date.end >= *m_news_from;
    const bool first = !m_first.contains(key);
    if (!first && !news) return;
    const std::size_t index = m_learnings.size();
    m_learnings.push_back(learning);
    if (first) {
        m_first.emplace(key, index);
        m_known[key2(learning.agency, learning.party)].push_back(learning.indicator);
        m_first_by_fact[key2(learning.party, learning.indicator)].push_back(index);
        if (m_seen.insert(key2(learning.party, learning.indicator)).second) {
            m_about[learning.party].push_back(learning.indicator);
        }
    }
    if (news) {
        m_current.emplace(key, index);
        m_by_fact[key2(learning.party, learning.indicator)].push_back(index);
    }
}

std::size_t KnowledgeTimeline::origin_of(int agency, int party, int indicator) const {
    const Learning* news = knew(agency, party, indicator);
    return news ? news->origin : learnt(agency, party, indicator)->origin;
}

const Learning* KnowledgeTimeline::learnt(int agency, int party, int indicator) const {
    auto it = m_first.find(key3(agency, party, indicator));
    return it == m_first.end() ? nullptr : &m_learnings[it->second];
}

const Learning* KnowledgeTimeline::knew(int agency, int party, int indicator) const {
    auto it = m_current.find(key3(agency, party, indicator));
    return it == m_current.end() ? nullptr : &m_learnings[it->second];
}

bool KnowledgeTimeline::knew_by(int agency, int party, int indicator, model::DayNumber day) const {
    const Learning* learning = knew(agency, party, indicator);
    return learning != nullptr && learning->day <= day;
}

std::vector<const Learning*> KnowledgeTimeline::knowers(int party, int indicator) const {
    std::vector<const Learning*> out;
    auto it = m_by_fact.find(key2(party, indicator));
    if (it == m_by_fact.end()) return out;
    out.reserve(it->second.size());
    for (std::size_t index : it->second) out.push_back(&m_learnings[index]);
    return out;
}

std::vector<const Learning*> KnowledgeTimeline::first_knowers(int party, int indicator) const {
    std::vector<const Learning*> out;
    auto it = m_first_by_fact.find(key2(party, indicator));
    if (it == m_first_by_fact.end()) return out;
    out.reserve(it->second.size());
    for (std::size_t index : it->second) out.push_back(&m_learnings[index]);
    return out;
}

const std::vector<int>& KnowledgeTimeline::indicators_about(int party) const {
    auto it = m_about.find(party);
    return it == m_about.end() ? k_nothing : it->second;
}

bool KnowledgeTimeline::carried(const Transfer& transfer, int party, int indicator) const {
    if (!transfer.about.empty())
        return contains(transfer.about, indicator) && contains(transfer.parties, party);
    return contains(transfer.parties, party) &&
           knew_by(transfer.sender, party, indicator, transfer.sent);
}

}  // namespace imr::analyse
