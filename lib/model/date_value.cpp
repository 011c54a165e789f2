#include "model/date_value.hpp"

#include <date/date.h>

#include <cstdio>

namespace imr::model {

const char* to_string(Precision precision) {
    switch (precision) {
        case Precision::day:
            return "day";
        case Precision::month:
            return "month";
        case Precision::year:
            return "year";
        case Precision::part_month:
            return "part-month";
        case Precision::season:
            return "season";
        case Precision::range:
            return "range";
        case Precision::week:
            return "week";
        case Precision::part_year:
            return "part-year";
    }
    return "day";
}

std::string iso_date(DayNumber day) {
    const date::year_month_day ymd{date::sys_days{date::days{day}}};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

std::string to_string(TimeOfDay time) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", time.minutes / 60 % 100, time.minutes % 60);
    return buffer;
}

}  // namespace imr::model
