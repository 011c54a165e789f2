#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "analyse/chronology_facts.hpp"

namespace imr::analyse {

// One share as one agency recorded it: a send (an item of `shared_with`) or a receipt
// (an item of `received_from`).
struct ShareRecord {
    std::size_t entry = 0;  // in the combined chronology
    std::size_t item = 0;   // in the entry's shared_with or received_from
    bool send = true;
    int sender = -1;
    int recipient = -1;
    model::DayNumber start = 0;  // the share's own date, or its entry's
    model::DayNumber end = 0;
    std::optional<std::size_t> match;  // the matching receipt of a send, or send of a receipt

    const ShareFacts& facts(const ChronologyFacts& chronology) const;
};

// One passing of information from one agency to another, however many of the two
// recorded it: a matched send and receipt are one transfer.
struct Transfer {
    int sender = -1;
    int recipient = -1;
    model::DayNumber sent = 0;        // when the sender's knowledge is taken
    model::DayNumber received = 0;    // when the recipient has it
    std::vector<int> about;           // what it carried; empty = everything the sender knew
    std::vector<int> parties;         // whom it was about: the parties of the entries recording it
    std::optional<std::size_t> send;  // index in ShareIndex::sends()
    std::optional<std::size_t> receipt;  // index in ShareIndex::receipts()
    std::size_t entry = 0;  // the entry that shows the recipient had it: the receipt, else the send
};

// Every recorded send and receipt, each send matched to the recipient's receipt when the
// recipient recorded one from that sender within `receipt_window_days` of the send (date
// intervals overlapping [send start, send end + window]). Matching is greedy in date
// order, one receipt per send, through per-pair indexes: O(n log n), never all pairs.
// Shares an agency records with itself are ignored.
class ShareIndex {
  public:
    ShareIndex(const ChronologyFacts& chronology, int receipt_window_days);

    const std::vector<ShareRecord>& sends() const { return m_sends; }
    const std::vector<ShareRecord>& receipts() const { return m_receipts; }
    const std::vector<Transfer>& transfers() const { return m_transfers; }

    // Whether a transfer from `sender` to `recipient` was sent before `day`: a route by
    // which the sender was already passing information to the recipient.
    bool sent_before(int sender, int recipient, model::DayNumber day) const;

    // Indexes into sends() of `sender`'s sends, in date order.
    const std::vector<std::size_t>& sends_by(int sender) const;

    // Indexes into receipts() of the receipts recorded from `sender`, in date order.
    const std::vector<std::size_t>& receipts_from(int sender) const;

  private:
    void collect(const ChronologyFacts& chronology);
    void match(int receipt_window_days);
    void build_transfers(const ChronologyFacts& chronology);

    std::vector<ShareRecord> m_sends;
    std::vector<ShareRecord> m_receipts;
    std::vector<Transfer> m_transfers;
    std::unordered_map<std::uint64_t, std::vector<model::DayNumber>>
        m_sent_days;  // (sender, recipient)
    std::unordered_map<int, std::vector<std::size_t>> m_sends_by;
    std::unordered_map<int, std::vector<std::size_t>> m_receipts_from;
};

}  // namespace imr::analyse
