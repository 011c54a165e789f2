#include "analyse/share_index.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

namespace imr::analyse {
namespace {

std::uint64_t pair_key(int a, int b) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) |
           static_cast<std::uint32_t>(b);
}

bool date_order(const ShareRecord& a, const ShareRecord& b) {
    return std::tie(a.start, a.end, a.entry, a.item) < std::tie(b.start, b.end, b.entry, b.item);
}

void add_unique(std::vector<int>& ids, const std::vector<int>& more) {
    for (int id : more) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
}

const std::vector<std::size_t> k_none;

}  // namespace

const ShareFacts& ShareRecord::facts(const ChronologyFacts& chronology) const {
    const EntryFacts& e = chronology.facts(entry);
    return send ? e.sends[item] : e.receipts[item];
}

ShareIndex::ShareIndex(const ChronologyFacts& chronology, int receipt_window_days) {
    collect(chronology);
    match(receipt_window_days);
    build_transfers(chronology);
}

void ShareIndex::collect(const ChronologyFacts& chronology) {
    for (std::size_t i = 0; i < chronology.size(); ++i) {
        const auto& merged = chronology.entry(i);
        const EntryFacts& facts = chronology.facts(i);
        for (std::size_t k = 0; k < facts.sends.size(); ++k) {
            if (facts.sends[k].agency == facts.agency) continue;
            const auto& date = merged.shared_with[k].date;
            m_sends.push_back(
                {i, k, true, facts.agency, facts.sends[k].agency, date.start, date.end, {}});
        }
        for (std::size_t k = 0; k < facts.receipts.size(); ++k) {
            if (facts.receipts[k].agency == facts.agency) continue;
            const auto& date = merged.received_from[k].date;
            m_receipts.push_back(
                {i, k, false, facts.receipts[k].agency, facts.agency, date.start, date.end, {}});
        }
    }
    // Shares may carry their own dates, so entry order is not date order.
    std::sort(m_sends.begin(), m_sends.end(), date_order);
    std::sort(m_receipts.begin(), m_receipts.end(), date_order);
    for (std::size_t s = 0; s < m_sends.size(); ++s) m_sends_by[m_sends[s].sender].push_back(s);
    for (std::size_t r = 0; r < m_receipts.size(); ++r)
        m_receipts_from[m_receipts[r].sender].push_back(r);
}

void ShareIndex::match(int receipt_window_days) {
    // Unused receipts of each (sender, recipient) pair, ordered by end day: a receipt
    // matches a send when it ends on or after the send's start and starts no later than
    // the send's end plus the window.
    struct Pending {
        std::set<std::tuple<model::DayNumber, model::DayNumber, std::size_t>> by_end;
        model::DayNumber widest = 0;  // the longest receipt interval, to bound the scan
    };
    std::unordered_map<std::uint64_t, Pending> pending;
    for (std::size_t r = 0; r < m_receipts.size(); ++r) {
        const auto& receipt = m_receipts[r];
        auto& p = pending[pair_key(receipt.sender, receipt.recipient)];
        p.by_end.emplace(receipt.end, receipt.start, r);
        p.widest = std::max(p.widest, receipt.end - receipt.start);
    }
    for (std::size_t s = 0; s < m_sends.size(); ++s) {
        auto& send = m_sends[s];
        auto it = pending.find(pair_key(send.sender, send.recipient));
        if (it == pending.end()) continue;
        auto& p = it->second;
        const model::DayNumber latest_start = send.end + receipt_window_days;
        auto best = p.by_end.end();
        for (auto c = p.by_end.lower_bound(
                 {send.start, std::numeric_limits<model::DayNumber>::min(), 0});
             c != p.by_end.end() && std::get<0>(*c) <= latest_start + p.widest; ++c) {
            if (std::get<1>(*c) > latest_start) continue;
            if (best == p.by_end.end() || std::get<1>(*c) < std::get<1>(*best)) best = c;
        }
        if (best == p.by_end.end()) continue;
        const std::size_t r = std::get<2>(*best);
        send.match = r;
        m_receipts[r].match = s;
        p.by_end.erase(best);
    }
}

namespace {

// The transfer as one share record shows it on its own.
Transfer transfer_of(const ShareRecord& record, const ChronologyFacts& chronology) {
    Transfer t;
    t.sender = record.sender;
    t.recipient = record.recipient;
    t.sent = record.start;
    t.received = record.start;
    t.about = record.facts(chronology).about;
    t.parties = chronology.facts(record.entry).parties;
    t.entry = record.entry;
    return t;
}

}  // namespace

void ShareIndex::build_transfers(const ChronologyFacts& chronology) {
    m_transfers.reserve(m_sends.size() + m_receipts.size());
    for (std::size_t s = 0; s < m_sends.size(); ++s) {
        const auto& send = m_sends[s];
        Transfer t = transfer_of(send, chronology);
        t.send = s;
        if (send.match) {
            const auto& receipt = m_receipts[*send.match];
            t.received = std::max(send.start, receipt.start);
            if (t.about.empty()) t.about = receipt.facts(chronology).about;
            add_unique(t.parties, chronology.facts(receipt.entry).parties);
            t.receipt = *send.match;
            t.entry = receipt.entry;
        }
        m_transfers.push_back(std::move(t));
    }
    for (std::size_t r = 0; r < m_receipts.size(); ++r) {
        const auto& receipt = m_receipts[r];
        if (receipt.match) continue;
        Transfer t = transfer_of(receipt, chronology);
        t.receipt = r;
        m_transfers.push_back(std::move(t));
    }
    for (const auto& t : m_transfers)
        m_sent_days[pair_key(t.sender, t.recipient)].push_back(t.sent);
    for (auto& [key, days] : m_sent_days) std::sort(days.begin(), days.end());
}

bool ShareIndex::sent_before(int sender, int recipient, model::DayNumber day) const {
    auto it = m_sent_days.find(pair_key(sender, recipient));
    return it != m_sent_days.end() && !it->second.empty() && it->second.front() < day;
}

const std::vector<std::size_t>& ShareIndex::sends_by(int sender) const {
    auto it = m_sends_by.find(sender);
    return it == m_sends_by.end() ? k_none : it->second;
}

const std::vector<std::size_t>& ShareIndex::receipts_from(int sender) const {
    auto it = m_receipts_from.find(sender);
    return it == m_receipts_from.end() ? k_none : it->second;
}

}  // namespace imr::analyse
