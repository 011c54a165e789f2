#include "analyse/finding.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
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
    // Views, not copies: the comparison runs O(n log n) times.
    const auto view = [](const std::optional<std::string>& text) {
        return text ? std::string_view(*text) : std::string_view();
    };
    const auto key = [&](const Finding& f) {
        // Undated findings after dated ones.
        const model::DayNumber day = f.date.value_or(std::numeric_limits<model::DayNumber>::max());
        const Evidence* first = f.evidence.empty() ? nullptr : &f.evidence.front();
        return std::make_tuple(static_cast<int>(f.severity), day, std::string_view(f.rule),
                               std::string_view(f.agency), view(f.other_agency), view(f.party),
                               view(f.indicator),
                               first ? std::string_view(first->file) : std::string_view(),
                               first ? first->line : 0, std::string_view(f.message));
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

void add_evidence(std::vector<Evidence>& evidence, Evidence item) {
    const auto same = [&](const Evidence& e) { return e.file == item.file && e.line == item.line; };
    if (std::none_of(evidence.begin(), evidence.end(), same)) evidence.push_back(std::move(item));
}

}  // namespace imr::analyse
