#include "merge/merger.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

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

    std::string agency(const std::string& written, const model::SourceLoc& loc) {
        if (auto canonical = m_names.agency(written)) return *canonical;
        if (m_names.has_register()) {
            warn(loc, "unresolved-agency", "agency '" + written + "' is not in the review register",
                 suggestion(m_names.agencies(), written, "add it to 'agencies' in review.yaml"));
        }
        // Without a register (or for an unknown agency) names that differ only in case,
        // spaces and punctuation are one agency, named as first written.
        auto [it, inserted] = m_unregistered.emplace(util::match_key(written), written);
        return it->second;
    }

    std::string party(const std::string& written, const model::SourceLoc& loc) {
        if (auto id = m_names.party(written)) return *id;
        if (m_names.has_register()) {
            warn(loc, "unresolved-party", "party '" + written + "' is not in the review register",
                 suggestion(m_names.parties(), written, "add it to a party's 'aliases' in review.yaml"));
        }
        return written;
    }

    std::string indicator(const std::string& written, const model::SourceLoc& loc) {
        if (auto canonical = m_names.indicator(written)) return *canonical;
        warn(loc, "unknown-indicator", "unknown indicator '" + written + "'",
             suggestion(m_names.indicators(), written,
                        "use the built-in vocabulary, or add it under 'indicators' in review.yaml"));
        return written;
    }

private:
    static std::string suggestion(const normalise::NameTable& table, const std::string& written,
                                  const std::string& otherwise) {
        if (auto guess = table.suggest(written)) return "did you mean '" + *guess + "'?";
        return otherwise;
    }

    void warn(const model::SourceLoc& loc, std::string code, std::string message, std::string hint) {
        m_diagnostics.push_back({model::Severity::warning, std::move(code), loc, std::move(message),
                                 std::move(hint)});
    }

    normalise::NameResolver m_names;
    model::Diagnostics& m_diagnostics;
    std::map<std::string, std::string> m_unregistered;
};

std::vector<ResolvedShare> resolve_shares(const std::vector<model::Share>& shares,
                                          const model::Entry& entry, Resolver& resolver) {
    std::vector<ResolvedShare> out;
    for (const auto& share : shares) {
        ResolvedShare resolved;
        resolved.agency = resolver.agency(share.agency, share.loc);
        resolved.date = share.date.value_or(entry.date);
        for (const auto& about : share.about) resolved.about.push_back(resolver.indicator(about, share.loc));
        resolved.how = share.how;
        out.push_back(std::move(resolved));
    }
    return out;
}

bool outside(const model::Period& period, const model::DateValue& date) {
    return date.end < period.from.start || date.start > period.to.end;
}

void check_period(const model::ReviewInput& input, const model::Chronology& chronology,
                  const model::Entry& entry, model::Diagnostics& diagnostics) {
    const auto& reg = input.review_register;
    if (reg && reg->period && outside(*reg->period, entry.date)) {
        diagnostics.push_back({model::Severity::warning, "outside-period", entry.loc,
                               "the entry dated '" + entry.date.text + "' is outside the review period (" +
                                   reg->period->from.text + " to " + reg->period->to.text + ")",
                               "check the date; historic context is fine and stays in the chronology"});
    } else if (chronology.covers && outside(*chronology.covers, entry.date)) {
        diagnostics.push_back({model::Severity::warning, "outside-period", entry.loc,
                               "the entry dated '" + entry.date.text +
                                   "' is outside the period this file covers (" +
                                   chronology.covers->from.text + " to " + chronology.covers->to.text + ")",
                               "check the date, or widen 'covers'"});
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
            diagnostics.push_back({model::Severity::warning, "review-mismatch", chronology.review_loc,
                                   "this file is for review '" + chronology.review + "', not '" + name + "'",
                                   "check that the file belongs to this review"});
        }
    }
    return name;
}

bool output_order(const MergedEntry& a, const MergedEntry& b) {
    const auto time_key = [](const MergedEntry& e) {
        return e.entry.time ? e.entry.time->minutes : 24 * 60;  // untimed after timed
    };
    return std::make_tuple(a.entry.date.start, a.entry.date.end, time_key(a), std::cref(a.agency),
                           std::cref(a.file), a.entry.index) <
           std::make_tuple(b.entry.date.start, b.entry.date.end, time_key(b), std::cref(b.agency),
                           std::cref(b.file), b.entry.index);
}

}  // namespace

MergedChronology merge_review(const model::ReviewInput& input) {
    MergedChronology merged;
    merged.diagnostics = input.diagnostics;
    merged.review = review_name(input, merged.diagnostics);
    Resolver resolver(input, merged.diagnostics);
    std::set<std::string> agencies;
    for (const auto& chronology : input.chronologies) {
        if (chronology.agency.empty()) continue;
        const std::string agency = resolver.agency(chronology.agency, chronology.agency_loc);
        agencies.insert(agency);
        for (const auto& entry : chronology.entries) {
            MergedEntry out;
            out.agency = agency;
            out.file = chronology.name;
            out.entry = entry;
            for (const auto& party : entry.parties) out.parties.push_back(resolver.party(party, entry.loc));
            for (const auto& indicator : entry.indicators) {
                out.indicators.push_back(resolver.indicator(indicator, entry.loc));
            }
            if (entry.risk) {
                if (!entry.risk->subject.empty()) {
                    out.risk_subject = resolver.party(entry.risk->subject, entry.risk->loc);
                } else if (!out.parties.empty()) {
                    out.risk_subject = out.parties.front();
                }
            }
            out.shared_with = resolve_shares(entry.shared_with, entry, resolver);
            out.received_from = resolve_shares(entry.received_from, entry, resolver);
            check_period(input, chronology, entry, merged.diagnostics);
            merged.entries.push_back(std::move(out));
        }
    }
    std::stable_sort(merged.entries.begin(), merged.entries.end(), output_order);
    for (std::size_t i = 0; i < merged.entries.size(); ++i) merged.entries[i].seq = static_cast<int>(i) + 1;
    link_events(merged.entries, input.review_register ? input.review_register->rules.receipt_window_days
                                                      : k_default_receipt_window_days);
    merged.agencies.assign(agencies.begin(), agencies.end());
    model::sort_diagnostics(merged.diagnostics);
    if (input.review_register) {
        merged.contains_private_names = find_private_names(merged, *input.review_register);
    }
    if (auto problem = check_consistency(input, merged); !problem.empty()) {
        throw std::logic_error("merge lost or duplicated an entry: " + problem);
    }
    return merged;
}

std::string check_consistency(const model::ReviewInput& input, const MergedChronology& merged) {
    std::size_t expected = 0;
    for (const auto& chronology : input.chronologies) {
        if (!chronology.agency.empty()) expected += chronology.entries.size();
    }
    if (merged.entries.size() != expected) {
        return std::to_string(expected) + " entries in, " + std::to_string(merged.entries.size()) + " out";
    }
    std::set<std::tuple<std::string, int, int>> seen;
    for (std::size_t i = 0; i < merged.entries.size(); ++i) {
        const auto& e = merged.entries[i];
        if (!seen.emplace(e.entry.loc.file, e.entry.loc.line, e.entry.index).second) {
            return "entry at " + e.entry.loc.file + ":" + std::to_string(e.entry.loc.line) + " appears twice";
        }
        if (i > 0 && output_order(e, merged.entries[i - 1])) {
            return "entry " + std::to_string(e.seq) + " is out of order";
        }
    }
    return {};
}

}  // namespace imr::merge
