#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/boxed.hpp"
#include "model/date_value.hpp"
#include "model/diagnostic.hpp"
#include "model/text.hpp"

namespace imr::model {

// One recorded share of information: an item of `shared_with` or `received_from`.
struct Share {
    Name agency;  // as written
    SourceLoc loc;
    List<Name> about;               // indicators it carried, as written; empty = everything
    std::optional<DateValue> date;  // when; defaults to the entry's date
    Name how;                       // phone, letter, email, meeting, system, other; may be empty

    friend bool operator==(const Share&, const Share&) = default;
};

// Risk levels in their spec order: standard and low rank equal.
enum class RiskLevel { standard, low, medium, high, very_high };

// "standard", "low", "medium", "high" or "very high".
const char* to_string(RiskLevel level);

// Orders risk levels: low = standard < medium < high < very high.
int rank(RiskLevel level);

// A recorded risk assessment.
struct Risk {
    Name tool;  // DASH, OASys, ...
    std::optional<RiskLevel> level;
    std::optional<std::string> score;  // as written: 9, 14.5
    Name subject;                      // as written; empty = the entry's first party
    SourceLoc loc;

    friend bool operator==(const Risk&, const Risk&) = default;
};

// One row of an agency's chronology, with everything the agency wrote.
struct Entry {
    SourceLoc loc;  // where the entry starts
    int index = 0;  // its position in its file, from 0
    DateValue date;
    std::optional<TimeOfDay> time;
    Name time_text;
    Text ref;
    Name type;           // incident, referral, ...: a few words, used over and over
    List<Name> parties;  // as written
    Text summary;        // the agency's texts, kept in the arena (text.hpp)
    Text action;
    Text comment;
    List<Name> indicators;  // as written
    Boxed<Risk> risk;       // most entries have none: a pointer, not the space of one
    List<Share> shared_with;
    List<Share> received_from;
    bool significant = false;
    bool historic = false;  // written as context from before the review period

    friend bool operator==(const Entry&, const Entry&) = default;
};

}  // namespace imr::model
