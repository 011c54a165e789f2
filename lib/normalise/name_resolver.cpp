#include "normalise/name_resolver.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace imr::normalise {
namespace {

struct IndicatorAliases {
    const char* name;
    std::vector<const char*> aliases;
};

// Aliases as IMR authors write them; matched by match_key, so case, spaces, hyphens
// and full stops do not matter.
const std::vector<IndicatorAliases>& builtin_aliases() {
    static const std::vector<IndicatorAliases> table{
        {"domestic-abuse", {"DA", "DV", "domestic violence", "domestic abuse incident", "DVA"}},
        {"physical-assault", {"assault", "physical abuse", "physical violence", "ABH", "GBH",
                              "common assault", "actual bodily harm"}},
        {"injury", {"injuries", "injured", "bruising", "bruises"}},
        {"threat-to-kill", {"threats to kill", "threat to kill", "TTK"}},
        {"threats", {"threat", "threatening behaviour", "verbal threats"}},
        {"harassment", {"harassing", "harassing messages", "harassing texts"}},
        {"stalking", {"stalked"}},
        {"breach-of-order", {"breach of restraining order", "bail breach", "breach of bail",
                             "non-molestation order breach", "breach of non-molestation order",
                             "order breach", "restraining order breach"}},
        {"criminal-damage", {"damage", "property damage"}},
        {"strangulation", {"choking", "non-fatal strangulation", "NFS"}},
        {"weapon", {"weapons", "knife", "use of weapon"}},
        {"sexual-abuse", {"sexual assault", "sexual violence", "rape"}},
        {"coercive-control", {"coercive and controlling behaviour", "controlling behaviour",
                              "coercion", "CCB"}},
        {"separation", {"recent separation", "separated", "relationship ended"}},
        {"new-partner", {"new relationship"}},
        {"escalation", {"escalating", "escalating abuse"}},
        {"pregnancy", {"pregnant"}},
        {"child-present", {"children present", "child witnessed", "children in household"}},
        {"alcohol", {"alcohol misuse", "alcohol use", "drink"}},
        {"drugs", {"drug misuse", "drug use", "substance misuse"}},
        {"mental-health", {"MH", "mental health concerns", "depression", "anxiety"}},
        {"suicide-risk", {"suicidal", "suicidal ideation", "suicide"}},
        {"self-harm", {"self harming", "DSH", "deliberate self harm"}},
        {"previous-abuse-history", {"previous history", "history of abuse", "previous DA",
                                    "previous domestic abuse", "previous convictions"}},
    };
    return table;
}

void add(std::unordered_map<std::string, std::string>& map, std::string_view written,
         const std::string& canonical) {
    const std::string key = util::match_key(written);
    if (!key.empty()) map.emplace(key, canonical);  // first claim wins: register order
}

std::optional<std::string> lookup(const std::unordered_map<std::string, std::string>& map,
                                  std::string_view written) {
    auto it = map.find(util::match_key(written));
    if (it == map.end()) return std::nullopt;
    return it->second;
}

}  // namespace

const std::vector<std::string>& builtin_indicators() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& row : builtin_aliases()) out.emplace_back(row.name);
        return out;
    }();
    return names;
}

NameResolver::NameResolver(const model::ReviewRegister* review_register) {
    for (const auto& row : builtin_aliases()) {
        const std::string name = row.name;
        add(m_indicators, name, name);
        for (const char* alias : row.aliases) add(m_indicators, alias, name);
        m_indicator_names.push_back(name);
    }
    if (review_register == nullptr) return;
    m_has_register = true;
    for (const auto& agency : review_register->agencies) {
        add(m_agencies, agency.name, agency.name);
        add(m_agencies, agency.id, agency.name);
        for (const auto& alias : agency.aliases) add(m_agencies, alias, agency.name);
        m_agency_names.push_back(agency.name);
    }
    for (const auto& party : review_register->parties) {
        add(m_parties, party.id, party.id);
        for (const auto& alias : party.aliases) add(m_parties, alias, party.id);
        for (const auto& name : party.private_names) add(m_parties, name, party.id);
        m_party_ids.push_back(party.id);
    }
    for (const auto& [name, aliases] : review_register->indicators) {
        // A register entry either adds aliases to a built-in indicator or names a new one.
        const std::string canonical = lookup(m_indicators, name).value_or(name);
        add(m_indicators, name, canonical);
        for (const auto& alias : aliases) add(m_indicators, alias, canonical);
        if (std::find(m_indicator_names.begin(), m_indicator_names.end(), canonical) ==
            m_indicator_names.end()) {
            m_indicator_names.push_back(canonical);
        }
    }
}

std::optional<std::string> NameResolver::agency(std::string_view written) const {
    return lookup(m_agencies, written);
}

std::optional<std::string> NameResolver::party(std::string_view written) const {
    return lookup(m_parties, written);
}

std::optional<std::string> NameResolver::indicator(std::string_view written) const {
    return lookup(m_indicators, written);
}

}  // namespace imr::normalise
