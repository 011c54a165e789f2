// Written times (spec section 3): 23:40, 2340, 2340hrs, 11.40pm, 11:40 pm, noon, midnight.
#include "normalise/time_normaliser.hpp"

#include "normalise/date_normaliser.hpp"
#include "normalise/date_text.hpp"

namespace imr::normalise {

using namespace detail;

std::expected<model::TimeOfDay, DateProblem> normalise_time(std::string_view text) {
    const Trimmed trimmed = trim(text, true);
    const std::string_view s = text.substr(trimmed.begin, trimmed.end - trimmed.begin);
    const int base = static_cast<int>(trimmed.begin);
    const std::string_view shown =
        text.substr(trimmed.begin, trim(text, false).end - trimmed.begin);  // with its full stop
    const auto problem = [&](int offset, std::string_view hint) {
        return std::unexpected(
            DateProblem{concat({"'", shown, "' is not a time"}), std::string(hint), offset});
    };
    if (s.empty()) {
        return std::unexpected(DateProblem{"the time is empty", std::string(k_time_examples), 0});
    }
    if (equals_lower(s, "noon") || equals_lower(s, "midday") || equals_lower(s, "12 noon")) {
        return model::TimeOfDay{12 * 60};
    }
    if (equals_lower(s, "midnight") || equals_lower(s, "12 midnight")) return model::TimeOfDay{0};

    std::size_t i = 0;
    int value = 0;
    while (i < s.size() && is_digit(s[i]) && i < 5) value = value * 10 + (s[i++] - '0');
    const std::size_t digits = i;
    int hour = 0;
    int minute = -1;
    int minute_offset = base;
    bool four_digits = false;
    const auto two_digits_at = [&](std::size_t at) {
        return at + 1 < s.size() && is_digit(s[at]) && is_digit(s[at + 1]) &&
               (at + 2 == s.size() || !is_digit(s[at + 2]));
    };
    if (digits == 4) {
        hour = value / 100;
        minute = value % 100;
        minute_offset = base + 2;
        four_digits = true;
    } else if (digits == 1 || digits == 2) {
        hour = value;
        if (i < s.size() && (s[i] == ':' || s[i] == '.') && two_digits_at(i + 1)) {
            minute = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
            minute_offset = base + static_cast<int>(i) + 1;
            i += 3;
            if (i < s.size() && s[i] == ':' && two_digits_at(i + 1)) {  // seconds: not kept
                if (s[i + 1] > '5') {
                    return problem(base + static_cast<int>(i) + 1, "seconds run from 00 to 59");
                }
                i += 3;
            }
        }
    } else if (digits == 3) {
        std::string hint = "write 24-hour times with four digits, as in 0";
        hint += s.substr(0, 3);
        return problem(base, hint);
    } else {
        return problem(base, k_time_examples);
    }
    // What follows the number: am, pm, a.m., hrs, hours; spaces between are fine.
    while (i < s.size() && space_at(s, i)) i += static_cast<std::size_t>(space_at(s, i));
    const std::string_view rest = s.substr(i);
    enum class Suffix { none, am, pm, hours } suffix = Suffix::none;
    if (equals_lower(rest, "am") || equals_lower(rest, "a.m.") || equals_lower(rest, "a.m")) {
        suffix = Suffix::am;
    } else if (equals_lower(rest, "pm") || equals_lower(rest, "p.m.") ||
               equals_lower(rest, "p.m")) {
        suffix = Suffix::pm;
    } else if (equals_lower(rest, "hrs") || equals_lower(rest, "hr") || equals_lower(rest, "h") ||
               equals_lower(rest, "hours")) {
        suffix = Suffix::hours;
    } else if (!rest.empty()) {
        return problem(base + static_cast<int>(i), k_time_examples);
    }
    const bool twelve_hour = suffix == Suffix::am || suffix == Suffix::pm;
    if (twelve_hour && four_digits) {
        return problem(base,
                       "write 12-hour times with a colon, as in 11:40pm, or 24-hour times "
                       "without am or pm, as in 2340");
    }
    if (minute > 59) return problem(minute_offset, "minutes run from 00 to 59");
    if (twelve_hour) {
        if (hour < 1 || hour > 12) {
            std::string hint = "with am or pm the hour runs from 1 to 12";
            if (hour > 12 && hour < 24) {
                hint += ": write ";
                append_digits(hint, hour, 2);
                hint += ':';
                append_digits(hint, std::max(minute, 0), 2);
                hint += " without am or pm";
            }
            return problem(base, hint);
        }
        hour = hour % 12 + (suffix == Suffix::pm ? 12 : 0);
        return model::TimeOfDay{hour * 60 + std::max(minute, 0)};
    }
    if (minute < 0) {
        std::string hint = "write ";
        append_digits(hint, hour, 2);
        hint += ":00";
        if (hour >= 1 && hour <= 12) {
            hint += ", ";
            append_digits(hint, hour, 1);
            hint += "am or ";
            append_digits(hint, hour, 1);
            hint += "pm";
        }
        return problem(base, hint);
    }
    if (hour == 24 && minute == 0) {
        return problem(base,
                       "the day runs from 00:00 to 23:59: write 00:00 (midnight) with the "
                       "next day's date");
    }
    if (hour > 23) return problem(base, "hours run from 00 to 23");
    return model::TimeOfDay{hour * 60 + minute};
}

}  // namespace imr::normalise
