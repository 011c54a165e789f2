#pragma once
// Shared by the date and time normalisers and their tokenizer: the characters people type
// in dates (as pasted from Word), trimming, and calendar arithmetic. Internal to normalise/.

#include <date/date.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "model/date_value.hpp"

namespace imr::normalise::detail {

using model::DayNumber;
using model::Precision;

inline constexpr std::string_view k_date_examples =
    "write a date such as 2 August 2013, August 2013, late March 2014 or 25 June – 3 July 2013";
inline constexpr std::string_view k_time_examples =
    "write a time such as 23:40, 2340hrs, 11.40pm or noon";

inline constexpr std::array<std::string_view, 13> k_month_names = {
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};
inline constexpr std::array<std::string_view, 7> k_weekday_names = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
inline constexpr std::array<std::string_view, 4> k_season_names = {"spring", "summer", "autumn",
                                                                   "winter"};
inline constexpr std::array<std::string_view, 3> k_third_names = {"early", "mid", "late"};
inline constexpr std::array<std::string_view, 5> k_suffixes = {"", "st", "nd", "rd", "th"};

// ---------------------------------------------------------------------------------------------
// Characters. Agencies paste from Word, so no-break and thin spaces count as spaces and every
// Unicode dash counts as a hyphen.

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline unsigned char byte(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

// Bytes of the space character starting at i, or 0.
inline int space_at(std::string_view s, std::size_t i) {
    const unsigned char c = byte(s, i);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c == 0xC2 && i + 1 < s.size() && byte(s, i + 1) == 0xA0) return 2;  // no-break space
    if (c == 0xE2 && i + 2 < s.size() && byte(s, i + 1) == 0x80 &&
        (byte(s, i + 2) == 0x89 || byte(s, i + 2) == 0xAF))  // thin, narrow no-break space
        return 3;
    return 0;
}

// Bytes of the space character ending just before `end` and starting at or after `begin`, or 0.
inline int space_ending_at(std::string_view s, std::size_t begin, std::size_t end) {
    if (end > begin && space_at(s, end - 1) == 1) return 1;
    if (end >= begin + 2 && space_at(s, end - 2) == 2) return 2;
    if (end >= begin + 3 && space_at(s, end - 3) == 3) return 3;
    return 0;
}

// Bytes of the dash starting at i (hyphen, U+2010..U+2014 including en and em dash, minus), or 0.
inline int dash_at(std::string_view s, std::size_t i) {
    if (s[i] == '-') return 1;
    if (byte(s, i) != 0xE2 || i + 2 >= s.size()) return 0;
    const unsigned char b1 = byte(s, i + 1);
    const unsigned char b2 = byte(s, i + 2);
    if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x94) return 3;
    if (b1 == 0x88 && b2 == 0x92) return 3;
    return 0;
}

// The text without surrounding spaces and, when asked, one trailing full stop.
struct Trimmed {
    std::size_t begin = 0;
    std::size_t end = 0;
};

inline Trimmed trim(std::string_view s, bool strip_full_stop) {
    std::size_t b = 0;
    while (b < s.size()) {
        const int n = space_at(s, b);
        if (n == 0) break;
        b += static_cast<std::size_t>(n);
    }
    std::size_t e = s.size();
    while (const int n = space_ending_at(s, b, e)) e -= static_cast<std::size_t>(n);
    if (strip_full_stop && e > b && s[e - 1] == '.') {
        --e;
        while (const int n = space_ending_at(s, b, e)) e -= static_cast<std::size_t>(n);
    }
    return {b, e};
}

inline bool equals_lower(std::string_view text, std::string_view lowercase) {
    if (text.size() != lowercase.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowercase[i]) return false;
    }
    return true;
}

// Joins pieces into one string. Also sidesteps GCC 12's false -Wrestrict warning on
// `"literal" + std::string` (GCC bug 105651), which -Werror builds would trip over.
inline std::string concat(std::initializer_list<std::string_view> pieces) {
    std::size_t size = 0;
    for (std::string_view piece : pieces) size += piece.size();
    std::string out;
    out.reserve(size);
    for (std::string_view piece : pieces) out += piece;
    return out;
}

inline void append_digits(std::string& out, int value, int width) {
    char buffer[12];
    int n = 0;
    do {
        buffer[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 11);
    for (int i = n; i < width; ++i) out += '0';
    while (n > 0) out += buffer[--n];
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic, by Howard Hinnant's date.

inline DayNumber day_number(int y, int m, int d) {
    const date::sys_days days{date::year{y} / date::month{static_cast<unsigned>(m)} /
                              date::day{static_cast<unsigned>(d)}};
    return days.time_since_epoch().count();
}

inline int days_in_month(int y, int m) {
    return static_cast<int>(static_cast<unsigned>(
        (date::year{y} / date::month{static_cast<unsigned>(m)} / date::last).day()));
}

inline int weekday_of(DayNumber day) {
    return static_cast<int>(date::weekday{date::sys_days{date::days{day}}}.c_encoding());
}

}  // namespace imr::normalise::detail
