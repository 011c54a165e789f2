#pragma once

#include <string>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/gap_context.hpp"
#include "merge/combined_chronology.hpp"

namespace imr::analyse {

// One step of a finding's knowledge path, citing the entry that shows it.
struct ExplanationStep {
    std::string text;  // "Northvale Constabulary recorded stalking about K in ..."
    std::string file;
    int line = 0;
};

// (1.1) How a finding came about, so a panel can check it by hand (`imr gaps --explain N`):
// for each indicator it is about, who recorded it (file:line), which shares carried it and
// to whom, whether the other agency knew it by the finding's date; then the rule's test.
struct FindingExplanation {
    std::size_t number = 0;  // as the findings were listed, from 1
    Finding finding;
    std::string finds;                      // the rule's test, in the spec's words
    std::vector<ExplanationStep> recorded;  // who recorded what
    std::vector<ExplanationStep> shares;    // which shares carried it, and to whom
    std::vector<std::string> lacked;        // what the other agency did not know, and when
    std::vector<std::string> why;           // why the rule fired
};

// Explains `finding` (number `number` of the listing) against the chronology it came from.
// Only the finding's party and indicators are followed, up to the finding's date (all
// dates when it has none). Steps are in date order, then chronology order.
FindingExplanation explain_finding(const merge::CombinedChronology& merged,
                                   const GapContext& context, const Finding& finding,
                                   std::size_t number);

}  // namespace imr::analyse
