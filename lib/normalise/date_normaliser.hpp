#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date_value.hpp"

namespace imr::normalise {

// How numeric dates such as 02/08/2013 are read (the file's `date_order`).
enum class DateOrder { dmy, mdy };

// Why a text is not a date. `offset` is the 0-based byte offset in the text where the
// problem starts (0 when the whole text is at fault).
struct DateProblem {
    std::string message;  // e.g. "'31 June 2014' is not a date"
    std::string hint;     // e.g. "June has 30 days"; may be empty
    int offset = 0;       // bytes, not characters
    // Whether the DateOrder decided the outcome; if not, the other order gives the same.
    bool by_order = false;
};

// A successfully normalised date, and warnings worth telling its author (a two-digit
// year read with the pivot at 70, say). A date written with its time ("02/12/2013 14:05")
// gives the time too, and the time as written.
struct NormalisedDate {
    model::DateValue value;
    std::vector<std::string> warnings;
    std::optional<model::TimeOfDay> time;
    std::string time_text;
    // Whether the DateOrder decided the outcome (a day and month written as numbers); if
    // not, the other order gives the same.
    bool by_order = false;
};

// Normalises a written date (spec section 3). Never guesses: anything not understood,
// impossible or reversed is a DateProblem. Never throws.
std::expected<NormalisedDate, DateProblem> normalise_date(std::string_view text,
                                                          DateOrder order = DateOrder::dmy);

}  // namespace imr::normalise
