#include "analyse/gap_analyser.hpp"

#include <algorithm>
#include <stdexcept>

#include "analyse/analysis.hpp"
#include "analyse/critical_not_shared_rule.hpp"
#include "analyse/date_conflict_rule.hpp"
#include "analyse/gap_rule.hpp"
#include "analyse/late_share_rule.hpp"
#include "analyse/missing_chronology_rule.hpp"
#include "analyse/partial_share_rule.hpp"
#include "analyse/risk_divergence_rule.hpp"
#include "analyse/unreceived_share_rule.hpp"
#include "analyse/unrecorded_send_rule.hpp"
#include "analyse/unshared_knowledge_rule.hpp"
#include "util/edit_distance.hpp"

namespace imr::analyse {

std::vector<std::unique_ptr<GapRule>> make_gap_rules() {
    std::vector<std::unique_ptr<GapRule>> rules;
    rules.push_back(make_unreceived_share_rule());
    rules.push_back(make_unrecorded_send_rule());
    rules.push_back(make_late_share_rule());
    rules.push_back(make_unshared_knowledge_rule());
    rules.push_back(make_partial_share_rule());
    rules.push_back(make_critical_not_shared_rule());
    rules.push_back(make_risk_divergence_rule());
    rules.push_back(make_missing_chronology_rule());
    rules.push_back(make_date_conflict_rule());
    return rules;
}

const std::vector<std::string>& gap_rule_ids() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const auto& rule : make_gap_rules()) out.emplace_back(rule->id());
        return out;
    }();
    return ids;
}

bool is_gap_rule(std::string_view id) {
    const auto& ids = gap_rule_ids();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::optional<std::string> nearest_gap_rule(std::string_view id) {
    return util::nearest(std::string(id), gap_rule_ids());
}

std::vector<Finding> analyse_gaps(const merge::CombinedChronology& merged,
                                  const GapContext& context, const std::vector<std::string>& only) {
    const Analysis analysis(merged, context);
    std::vector<Finding> findings;
    for (const auto& rule : make_gap_rules()) {
        if (!only.empty() && std::find(only.begin(), only.end(), rule->id()) == only.end())
            continue;
        for (auto& finding : rule->check(analysis)) {
            // A finding without evidence is a bug in the rule, not a property of the input.
            if (finding.evidence.empty()) {
                throw std::logic_error("rule " + std::string(rule->id()) +
                                       " made a finding without evidence");
            }
            // Every finding lists what it is about, the principal indicator first.
            if (finding.indicator) {
                auto& all = finding.indicators;
                std::erase(all, *finding.indicator);
                all.insert(all.begin(), *finding.indicator);
            }
            findings.push_back(std::move(finding));
        }
    }
    sort_findings(findings);
    return findings;
}

}  // namespace imr::analyse
