#include "analyse/finding.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "util/text.hpp"

namespace imr::analyse {

const char* to_string(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::high:
            return "high";
        case FindingSeverity::medium:
            return "medium";
        case FindingSeverity::low:
            return "low";
    }
    return "low";
}

std::optional<FindingSeverity> finding_severity(std::string_view name) {
    const std::string lowered = util::to_lower(util::trim(name));
    if (lowered == "high") return FindingSeverity::high;
    if (lowered == "medium") return FindingSeverity::medium;
    if (lowered == "low") return FindingSeverity::low;
    return std::nullopt;
}

bool at_least(FindingSeverity severity, FindingSeverity threshold) {
    // The enumerators run from the most serious down.
    return static_cast<int>(severity) <= static_cast<int>(threshold);
}

FindingSeverity grade(int points) {
    if (points >= 3) return FindingSeverity::high;
    if (points == 2) return FindingSeverity::medium;
    return FindingSeverity::low;
}

void sort_findings(std::vector<Finding>& findings) {
    const auto key = [](const Finding& f) {
        // Undated findings after dated ones; empty optionals before set ones otherwise.
        const model::DayNumber day = f.date.value_or(std::numeric_limits<model::DayNumber>::max());
        const Evidence* first = f.evidence.empty() ? nullptr : &f.evidence.front();
        return std::make_tuple(
            static_cast<int>(f.severity), day, std::cref(f.rule), std::cref(f.agency),
            f.other_agency.value_or(""), f.party.value_or(""), f.indicator.value_or(""),
            first ? first->file : std::string{}, first ? first->line : 0, std::cref(f.message));
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

void add_evidence(std::vector<Evidence>& evidence, Evidence item) {
    const auto same = [&](const Evidence& e) { return e.file == item.file && e.line == item.line; };
    if (std::none_of(evidence.begin(), evidence.end(), same)) evidence.push_back(std::move(item));
}

}  // namespace imr::analyse
