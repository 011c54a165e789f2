#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date_value.hpp"

namespace imr::analyse {

// How much a finding matters to a panel. Critical indicators, a party at high risk and
// contact soon after the missed information rank a finding higher (see docs/gap-rules.md).
enum class FindingSeverity { high, medium, low };

// "high", "medium" or "low".
const char* to_string(FindingSeverity severity);

// The severity named `name` (case-insensitive), if any.
std::optional<FindingSeverity> finding_severity(std::string_view name);

// True when `severity` is `threshold` or more serious (high is the most serious).
bool at_least(FindingSeverity severity, FindingSeverity threshold);

// A severity from the points a rule gives a finding: 3 or more is high, 2 medium,
// fewer low.
FindingSeverity grade(int points);

// One chronology entry a finding rests on, so a panel can check it by hand.
struct Evidence {
    std::string file;  // as cited in the combined chronology
    int line = 0;
    std::string agency;
    model::DateValue date;  // the entry's date

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// (1.1) An agency that knew what the other lacked, for the knowledge rules: since when,
// and the entry that shows it.
struct KnownBy {
    std::string agency;
    std::string indicator;
    model::DayNumber since = 0;  // the day it knew it from (by, when its record is uncertain)
    std::string file;
    int line = 0;

    friend bool operator==(const KnownBy&, const KnownBy&) = default;
};

// One information-sharing gap (spec section 6). `agency` is A and `other_agency` B as the
// spec defines them for each rule; what does not apply is empty.
struct Finding {
    std::string rule;  // unreceived-share, unrecorded-send, ...
    FindingSeverity severity = FindingSeverity::low;
    std::string agency;
    std::optional<std::string> other_agency;
    std::optional<std::string> party;
    std::optional<std::string> indicator;
    std::optional<model::DayNumber> date;  // when the gap arose
    std::string message;                   // one plain sentence: what happened
    std::vector<Evidence> evidence;        // never empty
    // (1.1) Every indicator the finding is about, `indicator` first; and, for the
    // knowledge rules, every agency that knew what the other lacked.
    std::vector<std::string> indicators;
    std::vector<KnownBy> known_by;

    friend bool operator==(const Finding&, const Finding&) = default;
};

// Sorts findings by severity (high first), date, rule, agencies, party, indicator and
// evidence: a total order on their content, so output never depends on rule order.
void sort_findings(std::vector<Finding>& findings);

// Adds `item` to `evidence` unless it is already there.
void add_evidence(std::vector<Evidence>& evidence, Evidence item);

}  // namespace imr::analyse
