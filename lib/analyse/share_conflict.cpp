#include "analyse/share_conflict.hpp"

#include <map>
#include <set>
#include <tuple>

#include "util/text.hpp"

namespace imr::analyse {

std::vector<ShareConflict> find_share_conflicts(const ChronologyFacts& chronology,
                                                const ShareIndex& shares) {
    std::vector<ShareConflict> out;
    // The entries of each agency under each ref, and the unmatched receipts by (ref,
    // sender, recipient), in date order.
    std::map<std::pair<std::string, int>, int> entries_with_ref;
    std::map<std::tuple<std::string, int, int>, std::vector<std::size_t>> receipts;
    for (std::size_t i = 0; i < chronology.size(); ++i) {
        const std::string key = util::match_key(chronology.entry(i).entry.ref);
        if (!key.empty()) ++entries_with_ref[{key, chronology.facts(i).agency}];
    }
    if (entries_with_ref.empty()) return out;
    for (std::size_t r = 0; r < shares.receipts().size(); ++r) {
        const ShareRecord& receipt = shares.receipts()[r];
        if (receipt.match) continue;
        const std::string key = util::match_key(chronology.entry(receipt.entry).entry.ref);
        if (!key.empty()) receipts[{key, receipt.sender, receipt.recipient}].push_back(r);
    }
    std::set<std::size_t> used;
    for (std::size_t s = 0; s < shares.sends().size(); ++s) {
        const ShareRecord& send = shares.sends()[s];
        if (send.match) continue;
        const auto& sent = chronology.entry(send.entry).entry;
        const std::string key = util::match_key(sent.ref);
        if (key.empty()) continue;
        auto it = receipts.find({key, send.sender, send.recipient});
        if (it == receipts.end()) continue;
        const bool only_record = entries_with_ref[{key, send.sender}] == 1;
        for (std::size_t r : it->second) {
            if (used.contains(r)) continue;
            const auto& got = chronology.entry(shares.receipts()[r].entry).entry;
            const bool same_type =
                !sent.type.empty() && util::to_lower(sent.type) == util::to_lower(got.type);
            if (!same_type && !only_record) continue;
            if (got.date.start <= sent.date.end && sent.date.start <= got.date.end) continue;
            used.insert(r);
            out.push_back({s, r, std::string(sent.ref)});
            break;
        }
    }
    return out;
}

}  // namespace imr::analyse
