#include "analyse/share_conflict.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "util/text.hpp"

namespace imr::analyse {
namespace {

bool overlap(const model::DateValue& a, const model::DateValue& b) {
    return a.start <= b.end && b.start <= a.end;
}

// The agencies entry `i` records sharing with or receiving from, other than its own.
std::set<int> partners(const EntryFacts& facts) {
    std::set<int> out;
    for (const auto& s : facts.sends) {
        if (s.agency != facts.agency) out.insert(s.agency);
    }
    for (const auto& r : facts.receipts) {
        if (r.agency != facts.agency) out.insert(r.agency);
    }
    return out;
}

}  // namespace

std::vector<ShareConflict> find_share_conflicts(const ChronologyFacts& chronology,
                                                const ShareIndex& shares) {
    std::vector<ShareConflict> out;
    // (entry, other agency) of every share record matched within the window: a share that
    // did arrive (an email received the next day) is no sign of a wrong date.
    std::set<std::pair<std::size_t, int>> matched;
    for (const auto& s : shares.sends()) {
        if (s.match) matched.emplace(s.entry, s.recipient);
    }
    for (const auto& r : shares.receipts()) {
        if (r.match) matched.emplace(r.entry, r.sender);
    }
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < chronology.size(); ++i) {
        const std::string key = util::match_key(chronology.entry(i).entry.ref);
        if (!key.empty()) groups[key].push_back(i);
    }
    for (const auto& [key, members] : groups) {
        std::map<int, std::vector<std::size_t>> by_agency;
        for (std::size_t i : members) by_agency[chronology.facts(i).agency].push_back(i);
        if (by_agency.size() < 2) continue;
        std::set<std::pair<int, int>> done;  // unordered agency pairs already reported
        for (std::size_t i : members) {
            const int a = chronology.facts(i).agency;
            const auto& entry = chronology.entry(i).entry;
            const bool only_record = by_agency[a].size() == 1;
            for (int b : partners(chronology.facts(i))) {
                auto it = by_agency.find(b);
                if (it == by_agency.end() || matched.contains({i, b})) continue;
                const auto& theirs = it->second;
                const bool same_type =
                    std::any_of(theirs.begin(), theirs.end(), [&](std::size_t j) {
                        const auto& type = chronology.entry(j).entry.type;
                        return !entry.type.empty() &&
                               util::to_lower(entry.type) == util::to_lower(type);
                    });
                if (!same_type && !only_record) continue;  // a notification, not the event
                if (std::any_of(theirs.begin(), theirs.end(), [&](std::size_t j) {
                        return overlap(entry.date, chronology.entry(j).entry.date);
                    }))
                    continue;
                if (!done.emplace(std::min(a, b), std::max(a, b)).second) continue;
                // B's record nearest in date: the one the panel compares.
                const std::size_t j = *std::min_element(
                    theirs.begin(), theirs.end(), [&](std::size_t x, std::size_t y) {
                        const auto gap = [&](std::size_t k) {
                            const auto& d = chronology.entry(k).entry.date;
                            return d.start > entry.date.end ? d.start - entry.date.end
                                                            : entry.date.start - d.end;
                        };
                        return gap(x) < gap(y);
                    });
                out.push_back({i, j, std::string(entry.ref)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const ShareConflict& x, const ShareConflict& y) {
        return std::make_pair(x.sender_entry, x.other_entry) <
               std::make_pair(y.sender_entry, y.other_entry);
    });
    return out;
}

}  // namespace imr::analyse
