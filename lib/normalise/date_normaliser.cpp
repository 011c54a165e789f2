// Written dates and times (spec section 3): a hand-written tokenizer and a small
// recursive-descent parser. No regex, no exceptions and no allocation beyond the
// result's strings, because a review loads every entry of every agency through here.
#include "normalise/date_normaliser.hpp"

#include "util/edit_distance.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace imr::normalise {
namespace {

using model::DayNumber;
using model::Precision;

constexpr std::string_view k_date_examples =
    "write a date such as 2 August 2013, August 2013, late March 2014 or 25 June – 3 July 2013";
constexpr std::string_view k_time_examples = "write a time such as 23:40, 2340hrs, 11.40pm or noon";

constexpr std::array<std::string_view, 13> k_month_names = {
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> k_weekday_names = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 4> k_season_names = {"spring", "summer", "autumn", "winter"};
constexpr std::array<std::string_view, 3> k_third_names = {"early", "mid", "late"};
constexpr std::array<std::string_view, 5> k_suffixes = {"", "st", "nd", "rd", "th"};

// ---------------------------------------------------------------------------------------------
// Characters. Agencies paste from Word, so no-break and thin spaces count as spaces and every
// Unicode dash counts as a hyphen.

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
unsigned char byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// Bytes of the space character starting at i, or 0.
int space_at(std::string_view s, std::size_t i) {
    const unsigned char c = byte(s, i);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c == 0xC2 && i + 1 < s.size() && byte(s, i + 1) == 0xA0) return 2;  // no-break space
    if (c == 0xE2 && i + 2 < s.size() && byte(s, i + 1) == 0x80 &&
        (byte(s, i + 2) == 0x89 || byte(s, i + 2) == 0xAF))  // thin, narrow no-break space
        return 3;
    return 0;
}

// Bytes of the space character ending just before `end` and starting at or after `begin`, or 0.
int space_ending_at(std::string_view s, std::size_t begin, std::size_t end) {
    if (end > begin && space_at(s, end - 1) == 1) return 1;
    if (end >= begin + 2 && space_at(s, end - 2) == 2) return 2;
    if (end >= begin + 3 && space_at(s, end - 3) == 3) return 3;
    return 0;
}

// Bytes of the dash starting at i (hyphen, U+2010..U+2014 including en and em dash, minus), or 0.
int dash_at(std::string_view s, std::size_t i) {
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

Trimmed trim(std::string_view s, bool strip_full_stop) {
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

bool equals_lower(std::string_view text, std::string_view lowercase) {
    if (text.size() != lowercase.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowercase[i]) return false;
    }
    return true;
}

// Joins pieces into one string. Also sidesteps GCC 12's false -Wrestrict warning on
// `"literal" + std::string` (GCC bug 105651), which -Werror builds would trip over.
std::string concat(std::initializer_list<std::string_view> pieces) {
    std::size_t size = 0;
    for (std::string_view piece : pieces) size += piece.size();
    std::string out;
    out.reserve(size);
    for (std::string_view piece : pieces) out += piece;
    return out;
}

void append_digits(std::string& out, int value, int width) {
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

DayNumber day_number(int y, int m, int d) {
    const date::sys_days days{date::year{y} / date::month{static_cast<unsigned>(m)} /
                              date::day{static_cast<unsigned>(d)}};
    return days.time_since_epoch().count();
}

int days_in_month(int y, int m) {
    return static_cast<int>(static_cast<unsigned>(
        (date::year{y} / date::month{static_cast<unsigned>(m)} / date::last).day()));
}

int weekday_of(DayNumber day) {
    return static_cast<int>(date::weekday{date::sys_days{date::days{day}}}.c_encoding());
}

// An EDTF string under construction. The longest, "9999-12-31~/9999-12-31~", is 23 bytes;
// writing it here and copying it once is a good part of the normaliser's speed.
class EdtfWriter {
  public:
    void put(char c) { m_text[m_size++] = c; }
    // Years are 1000-9999 and other fields 2 digits, so `width` digits are always enough.
    void digits(int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            m_text[m_size + i] = static_cast<char>('0' + value % 10);
        m_size += width;
    }
    void iso(DayNumber day) {
        const date::year_month_day ymd{date::sys_days{date::days{day}}};
        digits(static_cast<int>(ymd.year()), 4);
        put('-');
        digits(static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
        put('-');
        digits(static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
    }
    std::string str() const { return std::string(m_text, m_size); }

  private:
    char m_text[32];
    std::size_t m_size = 0;
};

// ---------------------------------------------------------------------------------------------
// Tokens.

enum class Tok : std::uint8_t { end, number, word, hyphen, slash, dot, comma, question, other };

enum class Kw : std::uint8_t {
    none,
    month,     // value 1-12
    weekday,   // value 0-6, Sunday 0
    season,    // value 21-24, the EDTF season code
    third,     // early / mid / late: value 0-2
    third_of,  // beginning / start / middle / end, followed by "of": value 0-2
    of,
    suffix,     // st nd rd th: value 1-4
    qualifier,  // circa, c., approx., about, ...
    between,
    and_,
    to,
    from,
};

struct Keyword {
    std::string_view name;
    Kw kw = Kw::none;
    std::int8_t value = 0;
};

// clang-format off
constexpr Keyword k_keywords[] = {
    {"january", Kw::month, 1}, {"jan", Kw::month, 1}, {"february", Kw::month, 2},
    {"feb", Kw::month, 2}, {"march", Kw::month, 3}, {"mar", Kw::month, 3}, {"april", Kw::month, 4},
    {"apr", Kw::month, 4}, {"may", Kw::month, 5}, {"june", Kw::month, 6}, {"jun", Kw::month, 6},
    {"july", Kw::month, 7}, {"jul", Kw::month, 7}, {"august", Kw::month, 8}, {"aug", Kw::month, 8},
    {"september", Kw::month, 9}, {"sep", Kw::month, 9}, {"sept", Kw::month, 9},
    {"october", Kw::month, 10}, {"oct", Kw::month, 10}, {"november", Kw::month, 11},
    {"nov", Kw::month, 11}, {"december", Kw::month, 12}, {"dec", Kw::month, 12},
    {"sunday", Kw::weekday, 0}, {"sun", Kw::weekday, 0}, {"monday", Kw::weekday, 1},
    {"mon", Kw::weekday, 1}, {"tuesday", Kw::weekday, 2}, {"tue", Kw::weekday, 2},
    {"tues", Kw::weekday, 2}, {"wednesday", Kw::weekday, 3}, {"wed", Kw::weekday, 3},
    {"weds", Kw::weekday, 3}, {"thursday", Kw::weekday, 4}, {"thu", Kw::weekday, 4},
    {"thur", Kw::weekday, 4}, {"thurs", Kw::weekday, 4}, {"friday", Kw::weekday, 5},
    {"fri", Kw::weekday, 5}, {"saturday", Kw::weekday, 6}, {"sat", Kw::weekday, 6},
    {"spring", Kw::season, 21}, {"summer", Kw::season, 22}, {"autumn", Kw::season, 23},
    {"fall", Kw::season, 23}, {"winter", Kw::season, 24}, {"early", Kw::third, 0},
    {"mid", Kw::third, 1}, {"late", Kw::third, 2}, {"beginning", Kw::third_of, 0},
    {"start", Kw::third_of, 0}, {"middle", Kw::third_of, 1}, {"end", Kw::third_of, 2},
    {"of", Kw::of, 0}, {"st", Kw::suffix, 1}, {"nd", Kw::suffix, 2}, {"rd", Kw::suffix, 3},
    {"th", Kw::suffix, 4}, {"circa", Kw::qualifier, 0}, {"c", Kw::qualifier, 0},
    {"ca", Kw::qualifier, 0}, {"approx", Kw::qualifier, 0}, {"approximately", Kw::qualifier, 0},
    {"about", Kw::qualifier, 0}, {"around", Kw::qualifier, 0}, {"between", Kw::between, 0},
    {"and", Kw::and_, 0}, {"to", Kw::to, 0}, {"until", Kw::to, 0}, {"till", Kw::to, 0},
    {"from", Kw::from, 0},
};
// clang-format on

Keyword lookup(std::string_view word) {
    char buffer[16];
    if (word.size() > sizeof buffer) return {};
    for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = lower(word[i]);
    const std::string_view lowered(buffer, word.size());
    for (const Keyword& k : k_keywords) {
        // The first-letter test spares a memcmp call for most entries of the same length.
        if (k.name.size() == lowered.size() && k.name[0] == lowered[0] && k.name == lowered)
            return k;
    }
    return {};
}

// Left uninitialised by default: tokenize() writes each one it hands out in full, and the
// parser never reads past the end token.
struct Token {
    Tok kind;
    Kw kw;
    bool spaced;          // white space before it
    std::int8_t value;    // of the keyword
    std::int16_t digits;  // of a number, as written (leading zeros count)
    std::int32_t number;  // saturates at 10^9
    std::int32_t offset;  // in the original text
    std::int32_t length;
};

constexpr int k_max_tokens = 32;  // the longest real date has about 15

struct TokenList {
    std::array<Token, k_max_tokens + 1> items;  // the last used one is Tok::end
    int count = 0;
};

// Splits text[begin, end) into tokens. False when there are more than any date has.
bool tokenize(std::string_view s, Trimmed range, TokenList& out) {
    std::size_t i = range.begin;
    bool spaced = false;
    int n = 0;
    while (i < range.end) {
        if (const int k = space_at(s, i)) {
            i += static_cast<std::size_t>(k);
            spaced = true;
            continue;
        }
        if (n == k_max_tokens) return false;
        Token t{};  // kind end, keyword none, zeros
        t.offset = static_cast<std::int32_t>(i);
        t.spaced = spaced;
        spaced = false;
        const char c = s[i];
        if (is_digit(c)) {
            std::int64_t value = 0;
            std::size_t j = i;
            while (j < range.end && is_digit(s[j])) {
                if (value < 1'000'000'000) value = value * 10 + (s[j] - '0');
                ++j;
            }
            t.kind = Tok::number;
            t.number = static_cast<std::int32_t>(std::min<std::int64_t>(value, 1'000'000'000));
            t.digits = static_cast<std::int16_t>(std::min<std::size_t>(j - i, 99));
            i = j;
        } else if (is_alpha(c)) {
            std::size_t j = i;
            while (j < range.end && is_alpha(s[j])) ++j;
            const Keyword k = lookup(s.substr(i, j - i));
            t.kind = Tok::word;
            t.kw = k.kw;
            t.value = k.value;
            i = j;
        } else if (const int k = dash_at(s, i)) {
            t.kind = Tok::hyphen;
            i += static_cast<std::size_t>(k);
        } else {
            t.kind = c == '/'   ? Tok::slash
                     : c == '.' ? Tok::dot
                     : c == ',' ? Tok::comma
                     : c == '?' ? Tok::question
                                : Tok::other;
            // Step over a whole UTF-8 character so an offset never points inside one.
            const unsigned char u = byte(s, i);
            const std::size_t width = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
            i = std::min(i + width, range.end);
        }
        t.length = static_cast<std::int32_t>(i) - t.offset;
        out.items[static_cast<std::size_t>(n++)] = t;
    }
    Token end{};
    end.offset = static_cast<std::int32_t>(range.end);
    end.spaced = spaced;
    out.items[static_cast<std::size_t>(n)] = end;
    out.count = n;
    return true;
}

// The nearest date word to a misspelt one ("Agust" → "August"), if any.
std::optional<std::string> suggest(std::string_view word) {
    static const std::vector<std::string> k_candidates{
        "January",       "February",  "March",   "April",    "May",       "June",    "July",
        "August",        "September", "October", "November", "December",  "Monday",  "Tuesday",
        "Wednesday",     "Thursday",  "Friday",  "Saturday", "Sunday",    "spring",  "summer",
        "autumn",        "winter",    "early",   "late",     "beginning", "between", "circa",
        "approximately", "about",     "around"};
    if (word.size() < 3 || word.size() > 20) return std::nullopt;
    return util::nearest(word, k_candidates);
}

// ---------------------------------------------------------------------------------------------
// The parser. A date is [qualifier] half [separator half] [?]; a half is one of the forms of
// the spec's table, possibly missing its month or year when a later half supplies them.

struct Half {
    int day = -1;  // -1: not written (0 is written, and wrong)
    int month = -1;
    int year = 0;  // 0: not written (no written year reads as 0)
    int weekday = -1;
    int third = -1;  // part-month: 0 early, 1 mid, 2 late
    int season = 0;  // EDTF code 21-24
    int offset = 0;  // where the half starts in the text
    int month_offset = -1;
    int day_offset = -1;
    bool numeric = false;  // day and month written as numbers, in date_order
    bool iso = false;      // year first, as 2013-08
    bool year_inherited = false;
};

struct Span {
    DayNumber start = 0;
    DayNumber end = 0;
    Precision precision = Precision::day;
};

int ordinal_suffix(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) return 4;
    switch (day % 10) {
        case 1:
            return 1;
        case 2:
            return 2;
        case 3:
            return 3;
        default:
            return 4;
    }
}

// How a half reads to a person, for hints: "25 June 2013", "late March 2014", "summer 2014".
std::string describe(const Half& h, Precision precision) {
    std::string out;
    switch (precision) {
        case Precision::day:
            append_digits(out, h.day, 1);
            out += ' ';
            break;
        case Precision::part_month:
            out += k_third_names[static_cast<std::size_t>(h.third)];
            out += ' ';
            break;
        case Precision::season:
            out += k_season_names[static_cast<std::size_t>(h.season - 21)];
            out += ' ';
            append_digits(out, h.year, 4);
            return out;
        default:
            break;
    }
    if (precision != Precision::year) {
        out += k_month_names[static_cast<std::size_t>(h.month)];
        out += ' ';
    }
    append_digits(out, h.year, 4);
    return out;
}

class DateParser {
  public:
    DateParser(std::string_view text, Trimmed trimmed, const TokenList& tokens, DateOrder order)
        : m_text(text),
          m_trimmed(text.substr(trimmed.begin, trimmed.end - trimmed.begin)),
          m_tokens(tokens),
          m_order(order) {}

    std::expected<NormalisedDate, DateProblem> run();

  private:
    const Token& peek(int ahead = 0) const {
        return m_tokens.items[static_cast<std::size_t>(std::min(m_pos + ahead, m_tokens.count))];
    }
    bool at(Tok kind) const { return peek().kind == kind; }
    bool at_kw(Kw kw) const { return peek().kind == Tok::word && peek().kw == kw; }
    bool is_month(int ahead) const {
        return peek(ahead).kind == Tok::word && peek(ahead).kw == Kw::month;
    }
    void skip(Tok kind) {
        if (at(kind)) ++m_pos;
    }
    // A separator written tight between two tokens, as in 02/08/2013 or 2013-08.
    bool tight(int ahead, Tok kind) const {
        return peek(ahead).kind == kind && !peek(ahead).spaced && !peek(ahead + 1).spaced;
    }
    bool at_range_separator() const { return at(Tok::hyphen) || at(Tok::slash) || at_kw(Kw::to); }
    std::string_view token_text(const Token& t) const {
        return m_text.substr(static_cast<std::size_t>(t.offset),
                             static_cast<std::size_t>(t.length));
    }

    bool parse_half(Half& h);
    bool parse_day_first(Half& h);
    bool parse_year_first(Half& h);
    bool parse_month_first(Half& h);
    bool parse_part_month(Half& h);
    bool parse_year(Half& h, bool allow_two_digits);
    bool parse_suffix(const Token& day);
    void set_numeric(Half& h, const Token& first, const Token& second);
    bool inherit(Half& first, const Half& second);
    bool resolve(const Half& h, Span& span);
    std::string month_hint(const Half& h) const;
    std::string reversed_hint(const Half& first, const Span& span, const Half& second,
                              const Span& second_span);

    bool fail(int offset, std::string message, std::string_view hint) {
        m_problem.message = std::move(message);
        m_problem.hint = std::string(hint);
        m_problem.offset = offset >= 0 ? offset : m_tokens.items[0].offset;  // never outside
        return false;
    }
    bool not_a_date(int offset, std::string_view hint) {
        return fail(offset, concat({"'", m_trimmed, "' is not a date"}), hint);
    }
    bool unexpected();

    std::string_view m_text;
    std::string_view m_trimmed;
    const TokenList& m_tokens;
    DateOrder m_order;
    int m_pos = 0;
    DateProblem m_problem;
    std::vector<std::string> m_warnings;
};

bool DateParser::unexpected() {
    const Token& t = peek();
    if (t.kind == Tok::word && t.kw == Kw::none) {
        if (const auto near = suggest(token_text(t))) {
            return not_a_date(t.offset, concat({"did you mean ", *near, "?"}));
        }
    }
    return not_a_date(t.offset, k_date_examples);
}

bool DateParser::parse_year(Half& h, bool allow_two_digits) {
    const Token& t = peek();
    if (t.digits == 4 && t.number >= 1000) {
        h.year = t.number;
        ++m_pos;
        return true;
    }
    if (t.digits == 2 && allow_two_digits) {
        h.year = t.number < 70 ? 2000 + t.number : 1900 + t.number;
        std::string warning = "two-digit year '";
        warning += token_text(t);
        warning += "' read as ";
        append_digits(warning, h.year, 4);
        m_warnings.push_back(std::move(warning));
        ++m_pos;
        return true;
    }
    return not_a_date(t.offset,
                      concat({"'", token_text(t),
                              "' is not a year: write years with four digits, 1000 to 9999"}));
}

bool DateParser::parse_suffix(const Token& day) {
    const Token& t = peek();
    if (t.kind != Tok::word || t.kw != Kw::suffix || t.spaced) return true;
    const int want = ordinal_suffix(day.number);
    if (t.value != want) {
        return not_a_date(day.offset, concat({"write ", token_text(day),
                                              k_suffixes[static_cast<std::size_t>(want)]}));
    }
    ++m_pos;
    return true;
}

void DateParser::set_numeric(Half& h, const Token& first, const Token& second) {
    const bool dmy = m_order == DateOrder::dmy;
    h.numeric = true;
    h.day = dmy ? first.number : second.number;
    h.month = dmy ? second.number : first.number;
    h.day_offset = dmy ? first.offset : second.offset;
    h.month_offset = dmy ? second.offset : first.offset;
}

bool DateParser::parse_half(Half& h) {
    h.offset = peek().offset;
    if (at_kw(Kw::weekday)) {
        h.weekday = peek().value;
        ++m_pos;
        skip(Tok::dot);
        skip(Tok::comma);
        if (!at(Tok::number) && !at_kw(Kw::month)) return unexpected();
    }
    const Token& t = peek();
    if (t.kind == Tok::number) return t.digits <= 2 ? parse_day_first(h) : parse_year_first(h);
    if (t.kind != Tok::word) return unexpected();
    switch (t.kw) {
        case Kw::month:
            return parse_month_first(h);
        case Kw::third:
        case Kw::third_of:
            return parse_part_month(h);
        case Kw::season:
            h.season = t.value;
            ++m_pos;
            return !at(Tok::number) || parse_year(h, false);
        default:
            return unexpected();
    }
}

// 2 August 2013, 2nd of Aug 2013, 02/08/2013, 2/8/13, 02-Aug-13, 08/2013, or the bare day
// that starts a range (15 in "15-21 June 2013").
bool DateParser::parse_day_first(Half& h) {
    const Token& first = peek();
    const Token& sep = peek(1);
    const Token& second = peek(2);
    const bool tight_sep =
        (sep.kind == Tok::slash || sep.kind == Tok::dot || sep.kind == Tok::hyphen) &&
        tight(1, sep.kind);
    if (tight_sep && second.kind == Tok::number) {
        if (second.digits > 2) {  // 08/2013
            h.month = first.number;
            h.month_offset = first.offset;
            m_pos += 2;
            return parse_year(h, false);
        }
        if (tight(3, sep.kind) && peek(4).kind == Tok::number) {  // 02/08/2013
            set_numeric(h, first, second);
            m_pos += 4;
            return parse_year(h, true);
        }
        if (is_month(3)) {  // 15-21 June 2013, 15/16 June 2013: a range of days
            h.day = first.number;
            h.day_offset = first.offset;
            ++m_pos;
            return true;
        }
        set_numeric(h, first, second);  // 25/06 – 03/07/2013
        m_pos += 3;
        return true;
    }
    if (tight_sep && is_month(2)) {  // 02-Aug-13
        h.day = first.number;
        h.day_offset = first.offset;
        h.month = second.value;
        h.month_offset = second.offset;
        m_pos += 3;
        if (tight(0, sep.kind) && peek(1).kind == Tok::number) {
            ++m_pos;
            return parse_year(h, true);
        }
        return true;
    }
    h.day = first.number;
    h.day_offset = first.offset;
    ++m_pos;
    if (!parse_suffix(first)) return false;
    if (at_kw(Kw::of) && is_month(1)) ++m_pos;
    if (!at_kw(Kw::month)) return true;
    h.month = peek().value;
    h.month_offset = peek().offset;
    ++m_pos;
    skip(Tok::dot);
    if (at(Tok::comma) && peek(1).kind == Tok::number) ++m_pos;
    return !at(Tok::number) || parse_year(h, true);
}

// 2013, 2013-08, 2013-08-02, and 2013/08/02 (year first is never read any other way).
bool DateParser::parse_year_first(Half& h) {
    const Token& y = peek();
    if (y.digits != 4 || y.number < 1000) return parse_year(h, false);
    h.year = y.number;
    h.iso = true;
    ++m_pos;
    const auto small_number = [this](int ahead) {
        return peek(ahead).kind == Tok::number && peek(ahead).digits <= 2;
    };
    if (tight(0, Tok::hyphen) && small_number(1)) {
        h.month = peek(1).number;
        h.month_offset = peek(1).offset;
        m_pos += 2;
        if (tight(0, Tok::hyphen) && small_number(1)) {
            h.day = peek(1).number;
            h.day_offset = peek(1).offset;
            m_pos += 2;
        }
    } else if ((tight(0, Tok::slash) || tight(0, Tok::dot)) && small_number(1) &&
               tight(2, peek().kind) && small_number(3)) {
        h.month = peek(1).number;
        h.month_offset = peek(1).offset;
        h.day = peek(3).number;
        h.day_offset = peek(3).offset;
        m_pos += 4;
    }
    return true;
}

// August 2013, Aug. 2013, August 2, 2013, and June 25 starting a range.
bool DateParser::parse_month_first(Half& h) {
    h.month = peek().value;
    h.month_offset = peek().offset;
    ++m_pos;
    skip(Tok::dot);
    if (at(Tok::number) && peek().digits <= 2) {
        const Token& day = peek();
        h.day = day.number;
        h.day_offset = day.offset;
        ++m_pos;
        if (!parse_suffix(day)) return false;
    }
    if (at(Tok::comma) && peek(1).kind == Tok::number) ++m_pos;
    return !at(Tok::number) || parse_year(h, false);
}

// early March 2014, mid-March 2014, end of March 2014.
bool DateParser::parse_part_month(Half& h) {
    const Token& t = peek();
    h.third = t.value;
    ++m_pos;
    if (t.kw == Kw::third_of) {
        if (!at_kw(Kw::of)) return unexpected();
        ++m_pos;
    } else if (at(Tok::hyphen) && is_month(1)) {
        ++m_pos;
    }
    if (!at_kw(Kw::month)) {
        if (at(Tok::word) && peek().kw == Kw::none) return unexpected();
        return not_a_date(peek().offset, concat({"name the month, as in ",
                                                 k_third_names[static_cast<std::size_t>(h.third)],
                                                 " March 2014"}));
    }
    h.month = peek().value;
    h.month_offset = peek().offset;
    ++m_pos;
    skip(Tok::dot);
    if (at(Tok::comma) && peek(1).kind == Tok::number) ++m_pos;
    return !at(Tok::number) || parse_year(h, false);
}

// The first half of a range takes what it lacks from the second: "15-21 June 2013".
bool DateParser::inherit(Half& first, const Half& second) {
    if (first.day >= 0 && first.month < 0) {
        if (second.day < 0 || second.month < 0) return not_a_date(first.offset, k_date_examples);
        first.month = second.month;
        first.month_offset = second.month_offset;  // a wrong month is pointed at where written
    }
    if (first.year == 0 && second.year != 0) {
        first.year = second.year;
        first.year_inherited = true;
    }
    return true;
}

std::string DateParser::month_hint(const Half& h) const {
    std::string hint = "there is no month ";
    append_digits(hint, h.month, 1);
    if (h.numeric && h.year != 0) {
        // Would the other order have made a date? Then the file's date_order is the likely fault.
        const int month = h.day;
        const int day = h.month;
        if (month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(h.year, month)) {
            hint += m_order == DateOrder::dmy
                        ? ": write mdy dates with date_order: mdy"
                        : ": this file has date_order: mdy, so write the month first or set "
                          "date_order: dmy";
        }
    } else if (h.iso && h.day < 0 && h.year % 100 < h.month) {
        hint += ": write ";
        append_digits(hint, h.year, 4);
        hint += '-';
        append_digits(hint, h.year / 100 * 100 + h.month, 4);
        hint += " for a range of years";
    }
    return hint;
}

bool DateParser::resolve(const Half& h, Span& span) {
    if (h.day >= 0 && h.month < 0) return not_a_date(h.offset, k_date_examples);
    if (h.month == 0 || h.month > 12) return not_a_date(h.month_offset, month_hint(h));
    if (h.weekday >= 0 && h.day < 0) {
        return not_a_date(h.offset, "a weekday needs a whole date, as in Friday 2 August 2013");
    }
    if (h.year == 0) {
        std::string hint = "add the year, as in ";
        hint += h.season != 0  ? "summer 2014"
                : h.third >= 0 ? "late March 2014"
                : h.day >= 0   ? "2 August 2013"
                               : "August 2013";
        return not_a_date(h.offset, hint);
    }
    if (h.season != 0) {
        static constexpr int k_first_month[] = {3, 6, 9, 12};
        const int first = k_first_month[h.season - 21];
        if (h.season == 24 && h.year == 9999) {
            return not_a_date(h.offset, "winter 9999 ends in 10000: years run from 1000 to 9999");
        }
        const int last_year = h.season == 24 ? h.year + 1 : h.year;
        const int last = h.season == 24 ? 2 : first + 2;
        span = {day_number(h.year, first, 1),
                day_number(last_year, last, days_in_month(last_year, last)), Precision::season};
        return true;
    }
    if (h.month < 0) {
        span = {day_number(h.year, 1, 1), day_number(h.year, 12, 31), Precision::year};
        return true;
    }
    const int length = days_in_month(h.year, h.month);
    if (h.third >= 0) {
        static constexpr int k_first_day[] = {1, 11, 21};
        const int first = k_first_day[h.third];
        const int last = h.third == 2 ? length : first + 9;
        span = {day_number(h.year, h.month, first), day_number(h.year, h.month, last),
                Precision::part_month};
        return true;
    }
    if (h.day < 0) {
        span = {day_number(h.year, h.month, 1), day_number(h.year, h.month, length),
                Precision::month};
        return true;
    }
    if (h.day < 1) return not_a_date(h.day_offset, "there is no day 0: days start at 1");
    if (h.day > length) {
        std::string hint(k_month_names[static_cast<std::size_t>(h.month)]);
        if (h.month == 2) {
            hint += ' ';
            append_digits(hint, h.year, 4);
        }
        hint += " has ";
        append_digits(hint, length, 2);
        hint += " days";
        return not_a_date(h.day_offset, hint);
    }
    const DayNumber day = day_number(h.year, h.month, h.day);
    if (h.weekday >= 0 && weekday_of(day) != h.weekday) {
        std::string hint = describe(h, Precision::day);
        hint += " was a ";
        hint += k_weekday_names[static_cast<std::size_t>(weekday_of(day))];
        hint += ", not a ";
        hint += k_weekday_names[static_cast<std::size_t>(h.weekday)];
        return not_a_date(h.offset, hint);
    }
    span = {day, day, Precision::day};
    return true;
}

// How to mend a range that ends before it starts. "20 November to 12 February 2014" most likely
// means the November before; "3 July – 25 June 2013" most likely has its halves swapped. The
// hint offers whichever reading is the shorter interval: it is a suggestion, not a guess taken.
std::string DateParser::reversed_hint(const Half& first, const Span& span, const Half& second,
                                      const Span& second_span) {
    Half earlier = first;
    --earlier.year;
    Span earlier_span;  // resolve() may record a problem here; the caller's fail() replaces it
    if (first.year_inherited && earlier.year >= 1000 && resolve(earlier, earlier_span) &&
        earlier_span.start <= second_span.end &&
        second_span.end - earlier_span.start < span.end - second_span.start) {
        return concat({"the first half takes its year from the second: did you mean ",
                       describe(earlier, span.precision), " – ",
                       describe(second, second_span.precision), "?"});
    }
    return concat({"did you mean ", describe(second, second_span.precision), " – ",
                   describe(first, span.precision), " the other way round?"});
}

// The EDTF of one side of an interval: the half's own form when EDTF allows it there, else
// its first or last day (EDTF intervals do not nest, and seasons have no place in them).
void append_edtf_bound(EdtfWriter& out, const Half& h, const Span& span, bool is_start,
                       bool approximate) {
    switch (span.precision) {
        case Precision::year:
            out.digits(h.year, 4);
            break;
        case Precision::month:
            out.digits(h.year, 4);
            out.put('-');
            out.digits(h.month, 2);
            break;
        default:
            out.iso(is_start ? span.start : span.end);
            break;
    }
    if (approximate) out.put('~');
}

std::expected<NormalisedDate, DateProblem> DateParser::run() {
    bool approximate = false;
    for (;;) {
        if (at(Tok::question)) {
            approximate = true;
            ++m_pos;
        } else if (at_kw(Kw::qualifier)) {
            approximate = true;
            ++m_pos;
            if (at(Tok::dot) && !peek().spaced) ++m_pos;
        } else {
            break;
        }
    }
    const int start_offset = peek().offset;
    Half first;
    Half second;
    bool range = false;
    if (at_kw(Kw::between) || at_kw(Kw::from)) {
        const bool between = at_kw(Kw::between);
        ++m_pos;
        if (!parse_half(first)) return std::unexpected(m_problem);
        if (!(at_range_separator() || (between && at_kw(Kw::and_)))) {
            unexpected();
            return std::unexpected(m_problem);
        }
        ++m_pos;
        if (!parse_half(second)) return std::unexpected(m_problem);
        range = true;
    } else {
        if (!parse_half(first)) return std::unexpected(m_problem);
        if (at_range_separator()) {
            ++m_pos;
            if (!parse_half(second)) return std::unexpected(m_problem);
            range = true;
        }
    }
    if (at(Tok::question)) {
        approximate = true;
        ++m_pos;
    }
    if (!at(Tok::end)) {
        unexpected();
        return std::unexpected(m_problem);
    }

    Span span;
    Span second_span;
    if (range && !inherit(first, second)) return std::unexpected(m_problem);
    if (!resolve(first, span)) return std::unexpected(m_problem);
    if (range && !resolve(second, second_span)) return std::unexpected(m_problem);

    NormalisedDate result;
    model::DateValue& v = result.value;
    EdtfWriter edtf;
    v.approximate = approximate;
    if (!range) {
        v.start = span.start;
        v.end = span.end;
        v.precision = span.precision;
        if (span.precision == Precision::part_month) {
            append_edtf_bound(edtf, first, span, true, approximate);
            edtf.put('/');
            append_edtf_bound(edtf, first, span, false, approximate);
        } else if (span.precision == Precision::season) {
            edtf.digits(first.year, 4);
            edtf.put('-');
            edtf.digits(first.season, 2);
            if (approximate) edtf.put('~');
        } else {
            append_edtf_bound(edtf, first, span, true, approximate);
        }
    } else {
        if (second_span.end < span.start) {
            fail(start_offset, concat({"'", m_trimmed, "' ends before it starts"}),
                 reversed_hint(first, span, second, second_span));
            return std::unexpected(m_problem);
        }
        v.start = span.start;
        v.end = second_span.end;
        v.precision = Precision::range;
        append_edtf_bound(edtf, first, span, true, approximate);
        edtf.put('/');
        append_edtf_bound(edtf, second, second_span, false, approximate);
    }
    v.edtf = edtf.str();
    v.text = std::string(m_text);
    result.warnings = std::move(m_warnings);
    return result;
}

}  // namespace

std::expected<NormalisedDate, DateProblem> normalise_date(std::string_view text, DateOrder order) {
    const Trimmed trimmed = trim(text, true);
    if (trimmed.begin == trimmed.end) {
        return std::unexpected(DateProblem{"the date is empty", std::string(k_date_examples), 0});
    }
    TokenList tokens;
    if (!tokenize(text, trimmed, tokens)) {
        const Trimmed shown = trim(text, false);
        return std::unexpected(DateProblem{
            concat({"'", text.substr(shown.begin, shown.end - shown.begin), "' is not a date"}),
            std::string(k_date_examples), static_cast<int>(trimmed.begin)});
    }
    const Trimmed shown = trim(text, false);
    return DateParser(text, shown, tokens, order).run();
}

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
            if (i < s.size() && s[i] == ':' && two_digits_at(i + 1)) i += 3;  // seconds: not kept
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
