#include "analyse/concerns.hpp"

#include <algorithm>

namespace imr::analyse {
namespace {

// Home Office, Multi-agency statutory guidance for the conduct of Domestic Homicide
// Reviews: abuse is "any incident or pattern of incidents of controlling, coercive,
// threatening behaviour, violence or abuse". The list the knowledge rules weighed before
// 1.1, unchanged, so DHR findings are the same.
const std::vector<std::string> k_dhr{
    "threat-to-kill",   "strangulation",   "weapon",    "breach-of-order",  "domestic-abuse",
    "physical-assault", "sexual-abuse",    "stalking",  "coercive-control", "threats",
    "harassment",       "criminal-damage", "escalation"};

// Care and support statutory guidance (Care Act 2014), 14.17: physical, domestic, sexual,
// psychological, financial or material, modern slavery, discriminatory, organisational
// abuse, neglect and acts of omission, self-neglect; then the needs SARs name as what
// made the adult vulnerable: alcohol, drugs, mental health, suicide risk, self-harm, fire
// risk and hoarding (hoarding is a form of self-neglect in 14.17).
const std::vector<std::string> k_sar{"threat-to-kill",
                                     "strangulation",
                                     "weapon",
                                     "breach-of-order",
                                     "self-neglect",
                                     "neglect",
                                     "physical-assault",
                                     "domestic-abuse",
                                     "sexual-abuse",
                                     "psychological-abuse",
                                     "financial-abuse",
                                     "modern-slavery",
                                     "discriminatory-abuse",
                                     "organisational-abuse",
                                     "exploitation",
                                     "fire-risk",
                                     "hoarding",
                                     "suicide-risk",
                                     "self-harm",
                                     "alcohol",
                                     "drugs",
                                     "mental-health"};

// Working Together to Safeguard Children: physical abuse, emotional abuse, sexual abuse,
// neglect; child sexual and criminal exploitation; and the parental factors that recur in
// serious case reviews: domestic abuse, parental mental ill-health, parental alcohol and
// drug misuse (the "toxic trio").
const std::vector<std::string> k_cspr{
    "threat-to-kill", "strangulation",   "weapon",       "breach-of-order", "physical-assault",
    "sexual-abuse",   "emotional-abuse", "neglect",      "exploitation",    "domestic-abuse",
    "alcohol",        "drugs",           "mental-health"};

// The abuse family: one share or one agency's knowledge of any of these carries the
// substance of the others.
const std::vector<std::string> k_abuse_family{"threat-to-kill",   "strangulation",
                                              "weapon",           "breach-of-order",
                                              "domestic-abuse",   "physical-assault",
                                              "sexual-abuse",     "stalking",
                                              "coercive-control", "threats",
                                              "harassment",       "criminal-damage",
                                              "escalation",       "psychological-abuse",
                                              "emotional-abuse",  "discriminatory-abuse"};

void add_once(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

}  // namespace

const std::vector<std::string>& default_concerns(std::string_view kind) {
    if (kind == "sar") return k_sar;
    if (kind == "cspr") return k_cspr;
    return k_dhr;
}

std::vector<std::string> review_concerns(const model::GapThresholds& rules, std::string_view kind,
                                         const std::vector<std::string>& new_indicators) {
    std::vector<std::string> out;
    for (const auto& x : rules.concerns ? *rules.concerns : default_concerns(kind))
        add_once(out, x);
    for (const auto& x : new_indicators) add_once(out, x);
    for (const auto& x : rules.critical) add_once(out, x);
    return out;
}

std::string concern_family(std::string_view indicator) {
    if (std::find(k_abuse_family.begin(), k_abuse_family.end(), indicator) != k_abuse_family.end())
        return "abuse";
    return std::string(indicator);
}

}  // namespace imr::analyse
