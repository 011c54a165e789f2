#pragma once

// What the gap rule tests share: a register, inline chronologies loaded and merged through
// the real loader and merger, as a review folder would be, and a few common entries.
#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"

namespace gap_test {
using imr::analyse::Finding;
using imr::analyse::FindingSeverity;

inline const char* const k_register = R"(format: imr-review/1
review: Rules DHR
period: {from: 1 January 2019, to: 31 December 2019}
parties:
  - id: M
    role: victim
    aliases: [the victim, client, patient]
  - id: J
    role: perpetrator
    aliases: [ex-partner, offender]
  - id: N
    role: other
    aliases: [neighbour]
agencies:
  - id: Police
    name: Testshire Police
  - id: Hospital
    name: Testbury Hospital
  - id: GP
    name: Elm Surgery
  - id: IDVA
    name: Advocacy Service
  - id: MARAC
    name: Testshire MARAC
  - id: Probation
    name: Probation Service
  - id: CPS
    name: Crown Prosecution Service
)";

inline std::string chronology(const std::string& agency, const std::string& entries) {
    return "format: imr-chronology/1\nagency: " + agency + "\nentries:\n" + entries;
}

// A chronology file: its name and its text, for gaps().
using File = std::pair<std::string, std::string>;
inline File file(const std::string& name, const std::string& agency, const std::string& entries) {
    return {name, chronology(agency, entries)};
}

// One entry of a chronology as an agency writes it: its date, the parties it concerns and
// what happened, then any further fields, one "key: value" each (type, indicators,
// shared_with...). The entry takes 3 lines and one more for each further field.
inline std::string entry(const std::string& date, const std::string& parties,
                         const std::string& summary, std::initializer_list<std::string> more = {}) {
    std::string text =
        "  - date: " + date + "\n    parties: " + parties + "\n    summary: " + summary + "\n";
    for (const std::string& field : more) text += "    " + field + "\n";
    return text;
}

// Loads the register and the chronologies, merges them and runs `rules` (all when empty).
inline std::vector<Finding> gaps(const std::vector<File>& files,
                                 const std::vector<std::string>& rules = {},
                                 const char* reg = k_register) {
    imr::model::ReviewInput input;
    imr::load::load_text(reg, "review.yaml", "review.yaml", input);
    for (const auto& [name, text] : files) imr::load::load_text(text, name, name, input);
    EXPECT_FALSE(imr::model::has_errors(input.diagnostics));
    const auto merged = imr::merge::merge_review(input);
    const auto context = imr::analyse::make_gap_context(input, merged);
    return imr::analyse::analyse_gaps(merged, context, rules);
}

// Whom a finding is about and what it says, in the order a test writes them: the agency,
// the other agency, the party, the indicator and the message. For the tests that check a
// finding in full.
struct Said {
    std::string agency;
    std::optional<std::string> other_agency;
    std::optional<std::string> party;
    std::optional<std::string> indicator;
    std::string message;
    friend bool operator==(const Said&, const Said&) = default;
};

inline Said said(const Finding& f) {
    return {f.agency, f.other_agency, f.party, f.indicator, f.message};
}

// How gtest prints a Said when a test fails.
inline void PrintTo(const Said& s, std::ostream* out) {
    const auto or_none = [](const std::optional<std::string>& v) { return v ? *v : "(none)"; };
    *out << "{agency: " << s.agency << ", other_agency: " << or_none(s.other_agency)
         << ", party: " << or_none(s.party) << ", indicator: " << or_none(s.indicator)
         << ", message: " << s.message << "}";
}

inline std::vector<Finding> of_rule(const std::vector<Finding>& findings, const std::string& rule) {
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

// An entry the agency wrote that says nothing of sharing: proof its chronology exists
// and covers the period.
inline const std::string k_gp_contact =
    "  - {date: 20 December 2019, parties: [M], summary: Routine review.}\n";

// A hospital attendance after an assault by J, recording the abuse.
inline const std::string k_hospital_assault =
    entry("1 March 2019", "[patient, J]", "Treated for injuries; said her ex-partner hit her.",
          {"indicators: [domestic-abuse, physical-assault, injury]"});

// The advocate hears of threats to kill.
inline const std::string k_threats =
    entry("24 June 2019", "[client, J]", "Client said J threatened to kill her.",
          {"type: disclosure", "indicators: [threats to kill]"});

}  // namespace gap_test
