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
        // (1.1) Adult and child reviews: the Care Act 2014 categories of abuse and neglect,
        // self-neglect, and the needs and risks SARs and CSPRs keep naming. "DNA" (did not
        // attend) is left out: it is also deoxyribonucleic acid and "do not attempt" (DNACPR).
        {"self-neglect",
         {"self neglect", "selfneglect", "squalor", "neglecting himself", "neglecting herself",
          "poor self care", "unkempt", "diogenes"}},
        {"neglect",
         {"neglected", "neglect of a child", "child neglect", "acts of omission", "wilful neglect",
          "poor home conditions"}},
        {"financial-abuse",
         {"financial exploitation", "financial abuse", "material abuse", "money taken",
          "theft of money", "financially exploited", "cash taken", "bank card taken"}},
        {"psychological-abuse", {"psychological abuse", "verbal abuse", "intimidation"}},
        {"emotional-abuse", {"emotional abuse", "emotional harm"}},
        {"modern-slavery", {"modern slavery", "forced labour", "trafficking", "human trafficking"}},
        {"discriminatory-abuse", {"discriminatory abuse", "hate crime", "hate incident"}},
        {"organisational-abuse", {"organisational abuse", "institutional abuse"}},
        {"exploitation",
         {"cuckooing", "criminal exploitation", "sexual exploitation", "CSE", "CCE", "county lines",
          "home taken over", "exploited"}},
        {"hoarding", {"hoarder", "hoarded", "clutter", "cluttered"}},
        {"fire-risk", {"fire risk", "fire hazard", "smoking in bed", "cigarette burns"}},
        {"non-engagement",
         {"did not attend", "was not brought", "missed appointment", "missed appointments",
          "disengaged", "disengagement", "declined services", "not engaging", "refused services",
          "no access visit"}},
        {"homelessness",
         {"homeless", "no fixed abode", "NFA", "rough sleeping", "sofa surfing", "evicted",
          "eviction"}},
    };
    return table;
}

const NameTable& builtin_table() {
    static const NameTable table = [] {
        NameTable t;
        for (const auto& row : builtin_aliases()) {
            const std::string name = row.name;
            t.add(name, name);
            for (const char* alias : row.aliases) t.add(alias, name);
        }
        return t;
    }();
    return table;
}

}  // namespace

std::optional<std::string> builtin_indicator(std::string_view written) {
    return builtin_table().resolve(written);
}

bool is_builtin_indicator(std::string_view written) {
    const std::string key = util::match_key(written);
    return std::any_of(
        builtin_aliases().begin(), builtin_aliases().end(),
        [&](const IndicatorAliases& row) { return util::match_key(row.name) == key; });
}

const std::vector<std::string>& builtin_indicators() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& row : builtin_aliases()) out.emplace_back(row.name);
        return out;
    }();
    return names;
}

NameResolver::NameResolver(const model::ReviewRegister* review_register) {
    // The built-in names first (they keep their order), then the review's own words, then
    // the built-in aliases: the first claim on a written form wins, so a review's alias
    // beats a built-in alias of another indicator (spec section 4, 1.1).
    for (const auto& row : builtin_aliases()) m_indicators.add(row.name, row.name);
    const auto add_builtin_aliases = [&] {
        for (const auto& row : builtin_aliases()) {
            for (const char* alias : row.aliases) m_indicators.add(alias, row.name);
        }
    };
    if (review_register == nullptr) {
        add_builtin_aliases();
        return;
    }
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
        // A register entry either adds aliases to a built-in indicator (its key is a
        // built-in name) or names a new one, even when a built-in alias has its words.
        const std::string canonical = is_builtin_indicator(name) ? *builtin_indicator(name) : name;
        m_indicators.add(name, canonical);
        for (const auto& alias : aliases) m_indicators.add(alias, canonical);
    }
    add_builtin_aliases();
}

}  // namespace imr::normalise
