#pragma once
// A small combined chronology with hostile text, shared by the renderer tests: markup,
// a spreadsheet formula, quotes, line breaks, commas and non-ASCII names.
#include <string>

#include "load/review_loader.hpp"
#include "merge/merger.hpp"

namespace imr::test {

inline const char* const k_hostile_register = R"(format: imr-review/1
review: Test <DHR> & "Review"
parties:
  - id: S
    aliases: [Ms S]
    private: [Siobhán Ó Briain]
  - id: T
agencies:
  - id: Police
    name: Testshire Police
  - id: Clinic
    name: O'Neill & Sons Clinic
)";

inline const char* const k_hostile_police = R"(format: imr-chronology/1
agency: Police
entries:
  - date: 2 August 2013
    time: "23:40"
    ref: INC-1
    parties: [Ms S, T]
    summary: <script>alert("x")</script> & Siobhán Ó Briain said "stop"
    action: =HYPERLINK("http://x","click")
    comment: |
      Line one, with a comma
      Line two
    indicators: [injury]
    shared_with: [Clinic]
    significant: true
  - date: late March 2014
    parties: [T]
    summary: +SUM(A1:A2) and -1 and @cmd
)";

inline const char* const k_hostile_clinic = R"(format: imr-chronology/1
agency: Clinic
entries:
  - date: 3 August 2013
    parties: [S]
    summary: Seen at clinic; ref INC-1 noted.
    ref: INC-1
    received_from: [Police]
)";

// Merges the three files above, in memory.
inline merge::CombinedChronology hostile_chronology() {
    model::ReviewInput input;
    load::load_text(k_hostile_register, "review.yaml", "review.yaml", input);
    load::load_text(k_hostile_clinic, "clinic.yaml", "clinic.yaml", input);
    load::load_text(k_hostile_police, "police.yaml", "police.yaml", input);
    return merge::merge_review(input);
}

}  // namespace imr::test
