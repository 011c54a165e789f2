#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "merge/combined_chronology.hpp"
#include "model/chronology.hpp"
#include "model/review_register.hpp"

namespace imr::analyse {

// What the gap rules need besides the combined chronology: the register's thresholds,
// the review period, the period each agency's chronology covers, and whom the analysis
// is about.
struct GapContext {
    model::GapThresholds rules;                   // the spec's defaults without a register
    std::optional<model::Period> period;          // the review period, if the register gives one
    std::map<std::string, model::Period> covers;  // canonical agency -> what its file `covers`
    // Party ids the knowledge rules follow: the register's victims, perpetrators and
    // children. Empty means every party (no register, or no roles given).
    std::set<std::string> focus_parties;
    std::string kind = "dhr";  // (1.1) the kind of review
    // (1.1) The indicators the knowledge rules weigh, most serious first (concerns.hpp):
    // the spec's dhr default without a register.
    std::vector<std::string> concerns;
};

// The roles whose parties the knowledge rules follow: a bystander named in an entry
// (a neighbour who called the police) is not someone agencies must share knowledge about.
bool is_focus_role(const std::string& role);

// Builds the context from what was loaded and how the merge named each file's agency.
GapContext make_gap_context(const model::ReviewInput& input,
                            const merge::CombinedChronology& merged);

}  // namespace imr::analyse
