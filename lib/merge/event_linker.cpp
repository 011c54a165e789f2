#include "merge/event_linker.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

#include "util/text.hpp"

namespace imr::merge {
namespace {

class DisjointSets {
  public:
    explicit DisjointSets(std::size_t n) : m_parent(n) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    std::size_t find(std::size_t x) {
        while (m_parent[x] != x) x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    // Joins the sets; the smaller index stays the root so numbering is deterministic.
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b);
        m_parent[b] = a;
    }

  private:
    std::vector<std::size_t> m_parent;
};

// The first unused position at or after a given one, among n: each use() links the
// position to the next, and find() compresses the paths it follows.
class NextUnused {
  public:
    NextUnused() = default;
    explicit NextUnused(std::size_t n) : m_next(n + 1) {
        std::iota(m_next.begin(), m_next.end(), 0);
    }
    std::size_t find(std::size_t k) {
        std::size_t root = k;
        while (m_next[root] != root) root = m_next[root];
        while (m_next[k] != root) k = std::exchange(m_next[k], root);
        return root;
    }
    void use(std::size_t k) { m_next[k] = k + 1; }

  private:
    std::vector<std::size_t> m_next;  // m_next[n] == n: past the end
};

// Entries naming the same ref belong together when at least two agencies wrote it.
void link_refs(const std::vector<CombinedEntry>& entries, DisjointSets& sets) {
    std::map<std::string, std::vector<std::size_t>> by_ref;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string key = util::match_key(entries[i].entry.ref);
        if (!key.empty()) by_ref[key].push_back(i);
    }
    for (const auto& [key, members] : by_ref) {
        std::set<std::string> agencies;
        for (auto i : members) agencies.insert(entries[i].agency);
        if (agencies.size() < 2) continue;
        for (auto i : members) sets.join(members.front(), i);
    }
}

// A send A→B and a receipt at B from A, dated from the send's start to the window's end.
void link_shares(const std::vector<CombinedEntry>& entries, int window, DisjointSets& sets) {
    struct Receipt {
        model::DayNumber day;
        std::size_t entry;
    };
    std::map<std::pair<std::string, std::string>, std::vector<Receipt>> receipts;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (const auto& share : entries[i].received_from) {
            if (share.agency == entries[i].agency) continue;
            receipts[{share.agency, entries[i].agency}].push_back({share.date.start, i});
        }
    }
    // Per pair, its receipts in date order and, for skipping the used ones, the next
    // unused position from each (path-compressed): a busy pair's receipts are passed over
    // once each, not once per send.
    struct Pending {
        std::vector<Receipt> list;
        NextUnused next;
    };
    std::map<std::pair<std::string, std::string>, Pending> pending;
    for (auto& [pair, list] : receipts) {
        std::sort(list.begin(), list.end(), [](const Receipt& a, const Receipt& b) {
            return std::tie(a.day, a.entry) < std::tie(b.day, b.entry);
        });
        Pending& p = pending[pair];
        p.next = NextUnused(list.size());
        p.list = std::move(list);
    }
    // An entry's receipts of one pair may appear in several lists only through different
    // shares; an entry is used once across all of them.
    std::vector<bool> used(entries.size(), false);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (const auto& share : entries[i].shared_with) {
            auto it = pending.find({entries[i].agency, share.agency});
            if (it == pending.end()) continue;
            auto& [list, next] = it->second;
            auto first =
                std::lower_bound(list.begin(), list.end(), share.date.start,
                                 [](const Receipt& r, model::DayNumber d) { return r.day < d; });
            for (std::size_t k = next.find(static_cast<std::size_t>(first - list.begin()));
                 k < list.size() && list[k].day <= share.date.end + window; k = next.find(k + 1)) {
                next.use(k);  // taken here, or taken before through another list
                if (!used[list[k].entry]) {
                    used[list[k].entry] = true;
                    sets.join(i, list[k].entry);
                    break;
                }
            }
        }
    }
}

}  // namespace

void link_events(std::vector<CombinedEntry>& entries, int receipt_window_days) {
    DisjointSets sets(entries.size());
    link_refs(entries, sets);
    link_shares(entries, receipt_window_days, sets);
    std::vector<int> size(entries.size(), 0);
    for (std::size_t i = 0; i < entries.size(); ++i) ++size[sets.find(i)];
    std::map<std::size_t, int> numbers;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t root = sets.find(i);
        if (size[root] < 2) {
            entries[i].event.reset();
            continue;
        }
        auto [it, inserted] = numbers.emplace(root, static_cast<int>(numbers.size()) + 1);
        entries[i].event = it->second;
    }
}

}  // namespace imr::merge
