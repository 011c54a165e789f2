#include "merge/chronology_filter.hpp"

#include <algorithm>
#include <set>

#include "normalise/date_normaliser.hpp"
#include "normalise/name_resolver.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace imr::merge {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// The canonical name `written` stands for: through the register when there is one,
// else (and for names the register does not hold) among the names the chronology uses,
// matched as names in the files are: ignoring case, spaces and punctuation.
std::optional<std::string> resolve_name(const std::string& written,
                                        const std::optional<std::string>& registered,
                                        const std::vector<std::string>& used) {
    if (registered) return registered;
    const std::string key = util::match_key(written);
    for (const auto& name : used) {
        if (util::match_key(name) == key) return name;
    }
    return std::nullopt;
}

std::string unknown_name(std::string_view what, const std::string& written,
                         const std::vector<std::string>& known) {
    std::string message = "unknown " + std::string(what) + " '" + written + "'";
    if (auto guess = util::nearest(written, known))
        return message + " (did you mean '" + *guess + "'?)";
    if (known.empty()) return message;
    return message + " (known: " + joined(known, ", ") + ")";
}

std::expected<model::DateValue, std::string> bound(const std::string& text,
                                                   std::string_view option) {
    auto date = normalise::normalise_date(text);
    if (!date) {
        const auto& problem = date.error();
        return std::unexpected("--" + std::string(option) + ": " + problem.message +
                               (problem.hint.empty() ? "" : " (" + problem.hint + ")"));
    }
    return date->value;
}

}  // namespace

bool ChronologyFilter::keeps(const CombinedEntry& m) const {
    const model::DateValue& date = m.entry.date;
    if (from && date.end < *from) return false;
    if (to && date.start > *to) return false;
    if (!agencies.empty() && !contains(agencies, m.agency)) return false;
    if (!parties.empty() &&
        std::none_of(m.party_ids.begin(), m.party_ids.end(),
                     [&](const std::string& p) { return contains(parties, p); })) {
        return false;
    }
    return !significant_only || m.entry.significant;
}

std::expected<ChronologyFilter, std::string> resolve_filter(
    const FilterRequest& request, const CombinedChronology& merged,
    const model::ReviewRegister* review_register) {
    ChronologyFilter filter;
    filter.significant_only = request.significant_only;
    std::vector<std::string> said;
    if (!request.from.empty()) {
        auto from = bound(request.from, "from");
        if (!from) return std::unexpected(from.error());
        filter.from = from->start;
        said.push_back("from " + from->text);
    }
    if (!request.to.empty()) {
        auto to = bound(request.to, "to");
        if (!to) return std::unexpected(to.error());
        filter.to = to->end;
        said.push_back("to " + to->text);
    }
    if (filter.from && filter.to && *filter.to < *filter.from) {
        return std::unexpected("--to '" + request.to + "' is before --from '" + request.from + "'");
    }

    const normalise::NameResolver names(review_register);
    std::set<std::string> used_parties;
    for (const auto& m : merged.entries)
        used_parties.insert(m.party_ids.begin(), m.party_ids.end());
    std::vector<std::string> known_agencies = merged.agencies;
    for (const auto& name : names.agency_names()) {
        if (!contains(known_agencies, name)) known_agencies.push_back(name);
    }
    std::vector<std::string> known_parties = names.party_ids();
    for (const auto& id : used_parties) {
        if (!contains(known_parties, id)) known_parties.push_back(id);
    }

    for (const auto& written : request.agencies) {
        auto agency = resolve_name(written, names.agency(written), known_agencies);
        if (!agency)
            return std::unexpected("--agency: " + unknown_name("agency", written, known_agencies));
        if (!contains(filter.agencies, *agency)) filter.agencies.push_back(*agency);
    }
    for (const auto& written : request.parties) {
        auto party = resolve_name(written, names.party(written), known_parties);
        if (!party)
            return std::unexpected("--party: " + unknown_name("party", written, known_parties));
        if (!contains(filter.parties, *party)) filter.parties.push_back(*party);
    }
    if (!filter.agencies.empty()) {
        said.push_back((filter.agencies.size() == 1 ? "agency " : "agencies ") +
                       joined(filter.agencies, ", "));
    }
    if (!filter.parties.empty()) {
        said.push_back((filter.parties.size() == 1 ? "party " : "parties ") +
                       joined(filter.parties, ", "));
    }
    if (filter.significant_only) said.push_back("significant entries only");
    filter.description = joined(said, "; ");
    return filter;
}

void apply_filter(const ChronologyFilter& filter, CombinedChronology& merged) {
    const std::size_t before = merged.entries.size();
    merged.unfiltered_entries = before;
    std::erase_if(merged.entries, [&](const CombinedEntry& m) { return !filter.keeps(m); });
    merged.filter = filter.description + " (" + std::to_string(merged.entries.size()) + " of " +
                    std::to_string(before) + " entries; numbers are those of the whole chronology)";
}

}  // namespace imr::merge
