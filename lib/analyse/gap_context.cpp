#include "analyse/gap_context.hpp"

#include <map>

#include "analyse/concerns.hpp"
#include "normalise/name_resolver.hpp"
#include "util/text.hpp"

namespace imr::analyse {

bool is_focus_role(const std::string& role) {
    const std::string lowered = util::to_lower(util::trim(role));
    return lowered == "victim" || lowered == "perpetrator" || lowered == "child";
}

GapContext make_gap_context(const model::ReviewInput& input,
                            const merge::CombinedChronology& merged) {
    GapContext context;
    std::vector<std::string> new_indicators;
    if (const auto& reg = input.review_register) {
        context.rules = reg->rules;
        context.period = reg->period;
        context.kind = reg->kind;
        new_indicators = reg->new_indicators;
        for (const auto& party : reg->parties) {
            if (is_focus_role(party.role)) context.focus_parties.insert(party.id);
        }
        // Concerns may be written as any alias; the rules compare canonical names.
        if (context.rules.concerns) {
            const normalise::NameResolver names(&*reg);
            for (auto& x : *context.rules.concerns) x = names.indicator(x).value_or(x);
        }
    }
    context.concerns = review_concerns(context.rules, context.kind, new_indicators);
    // The merge names each file's agency canonically; the entries say which file is whose.
    std::map<std::string, std::string> agency_of_file;
    for (const auto& entry : merged.entries) agency_of_file.emplace(entry.file, entry.agency);
    for (const auto& chronology : input.chronologies) {
        if (!chronology.covers) continue;
        auto it = agency_of_file.find(chronology.name);
        if (it == agency_of_file.end()) continue;  // a file with no entries covers nothing to check
        auto [at, inserted] = context.covers.emplace(it->second, *chronology.covers);
        if (!inserted) {
            // Two files for one agency: together they cover from the earlier start to the later
            // end.
            if (chronology.covers->from.start < at->second.from.start)
                at->second.from = chronology.covers->from;
            if (chronology.covers->to.end > at->second.to.end)
                at->second.to = chronology.covers->to;
        }
    }
    return context;
}

}  // namespace imr::analyse
