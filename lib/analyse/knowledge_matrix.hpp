#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_timeline.hpp"
#include "merge/combined_chronology.hpp"

namespace imr::analyse {

// When one agency first knew one indicator about one party, and how.
struct KnowledgeCell {
    std::string agency;
    model::DayNumber day = 0;  // the first day it may have known (the date's start)
    // (1.1) When, as the agency wrote it: the recording entry's date, or the day a share
    // reached it. Show this, not `day`: `circa 2002` is not 1 January 2002.
    model::DateValue date;
    LearntHow how = LearntHow::recorded;
    std::optional<std::string> from;  // the agency it came from, when received
    Evidence evidence;                // the entry that shows it
};

// One indicator about a party: every agency that knew it, in the order they learnt it.
struct KnowledgeRow {
    std::string indicator;
    std::vector<KnowledgeCell> cells;
};

// Who knew what about one party.
struct PartyKnowledge {
    std::string party;
    std::vector<std::string> agencies;  // every agency that knew anything about the party, by name
    std::vector<KnowledgeRow> rows;     // most serious indicator first (indicator_scale.hpp)
};

// The who-knew-what matrix of `imr knowledge`.
struct KnowledgeMatrix {
    std::string review;
    std::vector<PartyKnowledge> parties;
};

// Builds the matrix from the knowledge timeline, for the parties the analysis follows
// (gap_context.hpp; every party when it follows all), or for `party` alone. A party no
// agency knew anything about has no rows.
KnowledgeMatrix knowledge_matrix(const merge::CombinedChronology& merged, const GapContext& context,
                                 const std::optional<std::string>& party = std::nullopt);

}  // namespace imr::analyse
