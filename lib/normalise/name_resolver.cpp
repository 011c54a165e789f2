#include "normalise/name_resolver.hpp"

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
        {"physical-assault",
         {"assault", "physical abuse", "physical violence", "ABH", "GBH", "common assault",
          "actual bodily harm"}},
        {"injury", {"injuries", "injured", "bruising", "bruises"}},
        {"threat-to-kill", {"threats to kill", "threat to kill", "TTK"}},
        {"threats", {"threat", "threatening behaviour", "verbal threats"}},
        {"harassment", {"harassing", "harassing messages", "harassing texts"}},
        {"stalking", {"stalked"}},
        {"breach-of-order",
         {"breach of restraining order", "bail breach", "breach of bail",
          "non-molestation order breach", "breach of non-molestation order", "order breach",
          "restraining order breach"}},
        {"criminal-damage", {"damage", "property damage"}},
        {"strangulation", {"choking", "non-fatal strangulation", "NFS"}},
        {"weapon", {"weapons", "knife", "use of weapon"}},
        {"sexual-abuse", {"sexual assault", "sexual violence", "rape"}},
        {"coercive-control",
         {"coercive and controlling behaviour", "controlling behaviour", "coercion", "CCB"}},
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
        {"previous-abuse-history",
         {"previous history", "history of abuse", "previous DA", "previous domestic abuse",
          "previous convictions"}},
    };
    return table;
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
        m_indicators.add(name, name);
        for (const char* alias : row.aliases) m_indicators.add(alias, name);
    }
    if (review_register == nullptr) return;
    m_has_register = true;
    for (const auto& agency : review_register->agencies) {
        m_agencies.add(agency.name, agency.name);
        m_agencies.add(agency.id, agency.name);
        for (const auto& alias : agency.aliases) m_agencies.add(alias, agency.name);
    }
    for (const auto& party : review_register->parties) {
        m_parties.add(party.id, party.id);
        for (const auto& alias : party.aliases) m_parties.add(alias, party.id);
        for (const auto& name : party.private_names) m_parties.add(name, party.id);
    }
    for (const auto& [name, aliases] : review_register->indicators) {
        // A register entry either adds aliases to a built-in indicator or names a new one.
        const std::string canonical = m_indicators.resolve(name).value_or(name);
        m_indicators.add(name, canonical);
        for (const auto& alias : aliases) m_indicators.add(alias, canonical);
    }
}

}  // namespace imr::normalise
