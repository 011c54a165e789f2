#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/name.hpp"

namespace imr::model {

// How exact a normalised date is (spec section 3).
enum class Precision { day, month, year, part_month, season, range, week, part_year };

// "day", "month", "year", "part-month", "season", "range", "week" or "part-year".
const char* to_string(Precision precision);

// A calendar day as a count of days since 1970-01-01 (date::sys_days::rep).
using DayNumber = std::int32_t;

// A date as written, normalised to an interval of calendar days [start, end].
struct DateValue {
    Name text;  // exactly as the agency wrote it (interned: dates recur across entries)
    DayNumber start = 0;
    DayNumber end = 0;
    Precision precision = Precision::day;
    bool approximate = false;
    Name edtf;  // ISO 8601-2 form: 2013-08-02, 2013-08, 2014-22, 2013-06-25/2013-07-03, ...

    friend bool operator==(const DateValue&, const DateValue&) = default;
};

// ISO form YYYY-MM-DD of a day number.
std::string iso_date(DayNumber day);

// A time of day as minutes after midnight, 0..1439.
struct TimeOfDay {
    int minutes = 0;

    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

// "HH:MM".
std::string to_string(TimeOfDay time);

}  // namespace imr::model
