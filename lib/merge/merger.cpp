#include "merge/merger.hpp"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "merge/event_linker.hpp"
#include "merge/redactor.hpp"
#include "normalise/name_resolver.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::merge {
namespace {

class Resolver {
  public:
    Resolver(const model::ReviewInput& input, model::Diagnostics& diagnostics)
        : m_names(input.review_register ? &*input.review_register : nullptr),
          m_diagnostics(diagnostics) {}

    const model::Name& agency(const model::Name& written, const model::SourceLoc& loc) {
        const Resolved& r = resolved(m_agencies, written, [&] {
            if (auto canonical = m_names.agency(written)) return Resolved{*canonical, {}, false};
            // Without a register (or for an unknown agency) names that differ only in case,
            // spaces and punctuation are one agency, named as first written.
            auto [it, inserted] = m_unregistered.emplace(util::match_key(written), written);
            if (!m_names.has_register()) return Resolved{it->second, {}, false};
            return Resolved{
                it->second,
                suggestion(m_names.agencies(), written, "add it to 'agencies' in review.yaml"),
                true};
        });
        if (r.warn) {
            warn(loc, "unresolved-agency", "agency '" + written + "' is not in the review register",
                 r.hint);
        }
        return r.name;
    }

    const model::Name& party(const model::Name& written, const model::SourceLoc& loc) {
        const Resolved& r = resolved(m_parties, written, [&] {
            if (auto id = m_names.party(written)) return Resolved{*id, {}, false};
            if (!m_names.has_register()) return Resolved{written, {}, false};
            return Resolved{written,
                            suggestion(m_names.parties(), written,
                                       "add it to a party's 'aliases' in review.yaml"),
                            true};
        });
        if (r.warn)
            warn(loc, "unresolved-party", "party '" + written + "' is not in the review register",
                 r.hint);
        return r.name;
    }

    const model::Name& indicator(const model::Name& written, const model::SourceLoc& loc) {
        const Resolved& r = resolved(m_indicators, written, [&] {
            if (auto canonical = m_names.indicator(written)) return Resolved{*canonical, {}, false};
            return Resolved{
                written,
                suggestion(
                    m_names.indicators(), written,
                    "use the built-in vocabulary, or add it under 'indicators' in review.yaml"),
                true};
        });
        if (r.warn) warn(loc, "unknown-indicator", "unknown indicator '" + written + "'", r.hint);
        return r.name;
    }

  private:
    // A written name's resolution, worked out once per distinct spelling: a review
    // writes the same few names hundreds of thousands of times.
    struct Resolved {
        model::Name name;  // canonical, or as written: interned once here, shared by every entry
        std::string hint;  // for the warning
        bool warn = false;
    };
    // Keyed by the written name's one stored copy (names are interned): no text is hashed.
    using Cache = std::unordered_map<const char*, Resolved>;

    template <typename Resolve>
    static const Resolved& resolved(Cache& cache, const model::Name& written, Resolve resolve) {
        auto it = cache.find(written.data());
        if (it == cache.end()) it = cache.emplace(written.data(), resolve()).first;
        return it->second;
    }

    static std::string suggestion(const normalise::NameTable& table, const std::string& written,
                                  const std::string& otherwise) {
        if (auto guess = table.suggest(written)) return "did you mean '" + *guess + "'?";
        return otherwise;
    }

    void warn(const model::SourceLoc& loc, std::string code, std::string message,
              std::string hint) {
        m_diagnostics.push_back(
            {model::Severity::warning, std::move(code), loc, std::move(message), std::move(hint)});
    }

    normalise::NameResolver m_names;
    model::Diagnostics& m_diagnostics;
    std::map<std::string, std::string> m_unregistered;
    Cache m_agencies;
    Cache m_parties;
    Cache m_indicators;
};

model::List<ResolvedShare> resolve_shares(const model::List<model::Share>& shares,
                                          const model::Entry& entry, Resolver& resolver) {
    if (shares.empty()) return {};
    std::vector<ResolvedShare> out;
    std::vector<model::Name> about;
    for (const auto& share : shares) {
        ResolvedShare resolved;
        resolved.agency = resolver.agency(share.agency, share.loc);
        resolved.date = share.date.value_or(entry.date);
        about.clear();
        for (const auto& indicator : share.about)
            about.push_back(resolver.indicator(indicator, share.loc));
        resolved.about = about;
        resolved.how = share.how;
        out.push_back(resolved);
    }
    return out;
}

bool outside(const model::Period& period, const model::DateValue& date) {
    return date.end < period.from.start || date.start > period.to.end;
}

bool inside(const model::Period& period, const model::DateValue& date) {
    return date.start >= period.from.start && date.end <= period.to.end;
}

// Historic context is no reason for a warning: an entry before the review period that is
// marked `historic: true` or lies inside the period its file says it covers.
void check_period(const model::ReviewInput& input, const model::Chronology& chronology,
                  const model::Entry& entry, model::Diagnostics& diagnostics) {
    const auto& reg = input.review_register;
    const auto before = [&](const model::Period& period) {
        return entry.date.end < period.from.start;
    };
    const bool historic_for_review =
        reg && reg->period && before(*reg->period) &&
        (entry.historic || (chronology.covers && inside(*chronology.covers, entry.date)));
    const bool historic_for_file =
        chronology.covers && before(*chronology.covers) && entry.historic;
    if (reg && reg->period && outside(*reg->period, entry.date) && !historic_for_review) {
        diagnostics.push_back(
            {model::Severity::warning, "outside-period", entry.loc,
             "the entry dated '" + entry.date.text + "' is outside the review period (" +
                 reg->period->from.text + " to " + reg->period->to.text + ")",
             "check the date; for historic context write 'historic: true' on the entry, or widen "
             "the file's 'covers'"});
    } else if (chronology.covers && outside(*chronology.covers, entry.date) && !historic_for_file &&
               !historic_for_review) {
        diagnostics.push_back(
            {model::Severity::warning, "outside-period", entry.loc,
             "the entry dated '" + entry.date.text + "' is outside the period this file covers (" +
                 chronology.covers->from.text + " to " + chronology.covers->to.text + ")",
             "check the date, widen 'covers', or write 'historic: true' on the entry"});
    }
}

// The review's name: the register's, or the one the files agree on. Files that name
// another review get a warning.
std::string review_name(const model::ReviewInput& input, model::Diagnostics& diagnostics) {
    std::string name = input.review_register ? input.review_register->review : std::string{};
    for (const auto& chronology : input.chronologies) {
        if (chronology.review.empty()) continue;
        if (name.empty()) {
            name = chronology.review;
        } else if (util::match_key(chronology.review) != util::match_key(name)) {
            diagnostics.push_back(
                {model::Severity::warning, "review-mismatch", chronology.review_loc,
                 "this file is for review '" + chronology.review + "', not '" + name + "'",
                 "check that the file belongs to this review"});
        }
    }
    return name;
}

// The spec's output order as a small key per entry: start day, end day (narrower first),
// time (untimed after timed), agency name, file name, position in the file. Names are
// ranked once, so entries compare as integers. The one definition of the order: sorting
// and the consistency check both use it.
struct OrderKey {
    model::DayNumber start;
    model::DayNumber end;
    int time;
    std::uint32_t agency;  // rank of the name among the agencies
    std::uint32_t file;    // rank of the file name
    int index;

    auto tie() const { return std::tie(start, end, time, agency, file, index); }
};

// The rank by text of each of a few distinct names (agencies, files), found by the
// name's one stored copy: no text is compared once the ranks are known.
std::unordered_map<const char*, std::uint32_t> ranks(std::vector<model::Name> names) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::unordered_map<const char*, std::uint32_t> out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out.emplace(names[i].data(), static_cast<std::uint32_t>(i));
    return out;
}

std::vector<OrderKey> order_keys(const std::vector<CombinedEntry>& entries) {
    std::vector<model::Name> agency_names;
    std::vector<model::Name> file_names;
    const model::Name* last_agency = nullptr;
    const model::Name* last_file = nullptr;
    for (const auto& e : entries) {
        if (!last_agency || e.agency != *last_agency) agency_names.push_back(e.agency);
        if (!last_file || e.file != *last_file) file_names.push_back(e.file);
        last_agency = &e.agency;
        last_file = &e.file;
    }
    const auto agencies = ranks(std::move(agency_names));
    const auto files = ranks(std::move(file_names));
    std::vector<OrderKey> keys;
    keys.reserve(entries.size());
    for (const auto& e : entries) {
        keys.push_back({e.entry.date.start, e.entry.date.end,
                        e.entry.time ? e.entry.time->minutes : 24 * 60,
                        agencies.find(e.agency.data())->second, files.find(e.file.data())->second,
                        e.entry.index});
    }
    return keys;
}

// Puts the entries in output order by sorting small integer keys, then moves each entry
// about once: sorting the entries themselves would move every one of them log n times.
void sort_entries(std::vector<CombinedEntry>& entries) {
    const std::vector<OrderKey> order = order_keys(entries);
    // keys[i]: the position of the entry that belongs at i, once sorted. The position
    // breaks ties, so this is the stable sort's order.
    std::vector<std::uint32_t> keys(entries.size());
    for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = static_cast<std::uint32_t>(i);
    std::sort(keys.begin(), keys.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::make_pair(order[a].tie(), a) < std::make_pair(order[b].tie(), b);
    });
    // Apply the permutation in place, one cycle at a time: a second array of entries
    // would double the peak memory of a big review. A visited slot points at itself.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == i) continue;
        CombinedEntry held = std::move(entries[i]);
        std::size_t to = i;
        while (keys[to] != i) {
            const std::size_t from = keys[to];
            entries[to] = std::move(entries[from]);
            keys[to] = static_cast<std::uint32_t>(to);
            to = from;
        }
        entries[to] = std::move(held);
        keys[to] = static_cast<std::uint32_t>(to);
    }
}

// Frees a file's entries once they have moved into the combined chronology. glibc keeps
// freed memory for reuse inside the process; malloc_trim hands a big block's pages back
// to the system, so that a file's entries are not counted once in their file and again
// in the merge (the merged entries' block is only touched as it fills).
void release(std::vector<model::Entry>& entries) {
    const std::size_t bytes = entries.capacity() * sizeof(model::Entry);
    std::vector<model::Entry>().swap(entries);
#ifdef __GLIBC__
    if (bytes >= (std::size_t{1} << 20)) ::malloc_trim(0);
#else
    (void)bytes;
#endif
}

}  // namespace

CombinedChronology merge_review(model::ReviewInput input, unsigned jobs) {
    CombinedChronology merged;
    merged.diagnostics = std::move(input.diagnostics);
    merged.review = review_name(input, merged.diagnostics);
    Resolver resolver(input, merged.diagnostics);
    std::set<std::string> agencies;
    for (const auto& chronology : input.chronologies) {
        if (!chronology.agency.empty()) merged.entries_in += chronology.entries.size();
    }
    merged.entries.reserve(merged.entries_in);
    std::vector<model::Name> names;  // one entry's resolved names, before they are stored
    for (auto& chronology : input.chronologies) {
        if (chronology.agency.empty()) continue;
        const std::string agency = resolver.agency(chronology.agency, chronology.agency_loc);
        agencies.insert(agency);
        for (auto& written : chronology.entries) {
            CombinedEntry out;
            out.agency = agency;
            out.file = chronology.name;
            out.entry = std::move(written);
            const model::Entry& entry = out.entry;
            names.clear();
            for (const auto& party : entry.parties)
                names.push_back(resolver.party(party, entry.loc));
            out.party_ids = names;
            names.clear();
            for (const auto& indicator : entry.indicators)
                names.push_back(resolver.indicator(indicator, entry.loc));
            out.indicators = names;
            if (entry.risk) {
                if (!entry.risk->subject.empty()) {
                    out.risk_subject = resolver.party(entry.risk->subject, entry.risk->loc);
                } else if (!out.party_ids.empty()) {
                    out.risk_subject = out.party_ids.front();
                }
            }
            out.shared_with = resolve_shares(entry.shared_with, entry, resolver);
            out.received_from = resolve_shares(entry.received_from, entry, resolver);
            check_period(input, chronology, entry, merged.diagnostics);
            merged.entries.push_back(std::move(out));
        }
        // The moved-from shells would still cost their size: let them go, and give their
        // pages back at once, or the peak would hold every entry twice.
        release(chronology.entries);
    }
    sort_entries(merged.entries);
    for (std::size_t i = 0; i < merged.entries.size(); ++i)
        merged.entries[i].seq = static_cast<int>(i) + 1;
    link_events(merged.entries, input.review_register
                                    ? input.review_register->rules.receipt_window_days
                                    : k_default_receipt_window_days);
    merged.agencies.assign(agencies.begin(), agencies.end());
    model::sort_diagnostics(merged.diagnostics);
    if (input.review_register) {
        merged.contains_private_names = find_private_names(merged, *input.review_register, jobs);
    }
    if (auto problem = check_consistency(merged); !problem.empty()) {
        throw std::logic_error("merge lost or duplicated an entry: " + problem);
    }
    return merged;
}

// Sorting the (file, line, position) of every entry finds one seen twice in O(n log n)
// on small keys, not strings.
std::string check_consistency(const CombinedChronology& merged) {
    if (merged.entries.size() != merged.entries_in) {
        return std::to_string(merged.entries_in) + " entries in, " +
               std::to_string(merged.entries.size()) + " out";
    }
    const std::vector<OrderKey> order = order_keys(merged.entries);
    std::vector<model::Name> paths;
    for (const auto& e : merged.entries) {
        if (paths.empty() || e.entry.loc.file != paths.back()) paths.push_back(e.entry.loc.file);
    }
    const auto path_ranks = ranks(std::move(paths));
    // (path rank, line) and (index, position in the output) of every entry, sorted: an
    // entry seen twice has the same path, line and index as its neighbour.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;
    seen.reserve(merged.entries.size());
    for (std::size_t i = 0; i < merged.entries.size(); ++i) {
        const auto& e = merged.entries[i];
        if (i > 0 && order[i].tie() < order[i - 1].tie()) {
            return "entry " + std::to_string(e.seq) + " is out of order";
        }
        const auto line = static_cast<std::uint32_t>(e.entry.loc.line);
        const auto index = static_cast<std::uint32_t>(e.entry.index);
        const std::uint64_t path = path_ranks.find(e.entry.loc.file.data())->second;
        seen.emplace_back(path << 32 | line, std::uint64_t{index} << 32 | i);
    }
    std::sort(seen.begin(), seen.end());
    for (std::size_t k = 1; k < seen.size(); ++k) {
        if (seen[k].first == seen[k - 1].first &&
            seen[k].second >> 32 == seen[k - 1].second >> 32) {
            const auto later = std::max(seen[k].second, seen[k - 1].second) & 0xFFFFFFFFu;
            const auto& e = merged.entries[later];
            return "entry at " + e.entry.loc.file + ":" + std::to_string(e.entry.loc.line) +
                   " appears twice";
        }
    }
    return {};
}

}  // namespace imr::merge
