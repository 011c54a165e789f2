#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date_value.hpp"
#include "model/entry.hpp"

namespace imr::model {

// An inclusive period of days, such as a file's `covers` or the review's `period`.
struct Period {
    DateValue from;
    DateValue to;

    friend bool operator==(const Period&, const Period&) = default;
};

// One agency's chronology file (spec section 2).
struct Chronology {
    std::string path;    // as the user reached it: for diagnostics
    std::string name;    // the file's name within its review folder: for citations
    std::string agency;  // as written
    SourceLoc agency_loc;
    std::string author;
    std::string review;
    SourceLoc review_loc;
    std::optional<Period> covers;
    bool mdy = false;            // date_order: mdy
    std::vector<Entry> entries;  // the entries that could be read, in file order
    int entry_count = 0;         // how many entries the file holds, readable or not
};

}  // namespace imr::model
