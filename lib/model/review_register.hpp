#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/chronology.hpp"
#include "model/diagnostic.hpp"

namespace imr::model {

// A person in the review, known in output only by `id`.
struct Party {
    std::string id;
    std::string role;
    std::vector<std::string> aliases;
    std::vector<std::string> private_names;  // real names: matched, never printed
    SourceLoc loc;
};

// An agency taking part in the review.
struct Agency {
    std::string id;
    std::string name;  // canonical name used in output; the id when no name is given
    std::vector<std::string> aliases;
    SourceLoc loc;
};

// Thresholds of the gap rules (spec section 6), with the spec's defaults.
struct GapThresholds {
    int receipt_window_days = 7;
    int late_share_days = 3;
    int critical_share_days = 1;
    int risk_current_days = 90;
    std::vector<std::string> critical{"threat-to-kill", "strangulation", "weapon",
                                      "breach-of-order"};
    // (1.1) The indicators the knowledge rules weigh, when the register writes them;
    // otherwise the default of the review's kind (analyse/concerns.hpp).
    std::optional<std::vector<std::string>> concerns;
};

// The review's register, review.yaml (spec section 4).
struct ReviewRegister {
    std::string path;
    std::string review;
    std::string kind = "dhr";  // (1.1) dhr, sar or cspr: sets the default concerns
    std::optional<Period> period;
    std::vector<Party> parties;
    std::vector<Agency> agencies;
    std::map<std::string, std::vector<std::string>> indicators;  // indicator -> extra aliases
    // Indicators the register declares that are not in the built-in vocabulary, in the
    // order written: always concerns (spec section 4, 1.1).
    std::vector<std::string> new_indicators;
    GapThresholds rules;
};

// Everything read from a review folder or a list of files.
struct ReviewInput {
    std::optional<ReviewRegister> review_register;
    std::vector<Chronology> chronologies;  // in byte order of their names
    Diagnostics diagnostics;
    int files = 0;  // how many files were read, register included
};

// A copy of `input` without the entries (each chronology keeps its entry_count): what the
// commands still need after merge_review has taken the entries.
ReviewInput without_entries(const ReviewInput& input);

}  // namespace imr::model
