// Written dates and times (spec section 3): a hand-written tokenizer and a small
// recursive-descent parser. No regex, no exceptions and no allocation beyond the
// result's strings, because a review loads every entry of every agency through here.
#include "normalise/date_normaliser.hpp"

#include "normalise/date_text.hpp"
#include "normalise/date_tokenizer.hpp"
#include "normalise/time_normaliser.hpp"

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

using namespace detail;

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
    void year_month(DayNumber day) {
        const date::year_month_day ymd{date::sys_days{date::days{day}}};
        digits(static_cast<int>(ymd.year()), 4);
        put('-');
        digits(static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
    }
    std::string str() const { return std::string(m_text, m_size); }

  private:
    char m_text[32];
    std::size_t m_size = 0;
};

// ---------------------------------------------------------------------------------------------
// The parser. A date is [qualifier] half [separator half] [?]; a half is one of the forms of
// the spec's table, possibly missing its month or year when a later half supplies them.

struct Half {
    int day = -1;  // -1: not written (0 is written, and wrong)
    int month = -1;
    int year = 0;  // 0: not written (no written year reads as 0)
    int weekday = -1;
    int third = -1;          // part-month or part-year: 0 early, 1 mid, 2 late
    bool part_year = false;  // early / mid / late with a year and no month
    int season = 0;          // EDTF code 21-24
    int offset = 0;          // where the half starts in the text
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
        case Precision::part_year:
            out += k_third_names[static_cast<std::size_t>(h.third)];
            out += ' ';
            append_digits(out, h.year, 4);
            return out;
        case Precision::season:
            out += k_season_names[static_cast<std::size_t>(h.season - 21)];
            out += ' ';
            append_digits(out, h.year, 4);
            return out;
        default:
            break;
    }
    if (precision != Precision::year && h.month >= 1) {
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

    // `week`: the text began "week commencing" and names the week's first day.
    std::expected<NormalisedDate, DateProblem> run(bool week);

    // Whether the order was consulted: only a day and month written as numbers need it.
    bool by_order() const { return m_by_order; }

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
    bool m_by_order = false;
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
    m_by_order = true;
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
    // Aug-13, Aug-2013, August-2013: a month and its year joined by a hyphen, as Excel
    // writes them. Never a range: a range's second half names its month or day.
    if (tight(0, Tok::hyphen) && peek(1).kind == Tok::number &&
        (peek(1).digits == 2 || peek(1).digits == 4) && !is_month(2) &&
        (peek(2).spaced ||
         (peek(2).kind != Tok::hyphen && peek(2).kind != Tok::slash && peek(2).kind != Tok::dot))) {
        ++m_pos;
        return parse_year(h, true);
    }
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
    } else if (at(Tok::hyphen) && (is_month(1) || peek(1).kind == Tok::number)) {
        ++m_pos;  // mid-March 2014, mid-2014
    }
    if (at(Tok::number) && peek().digits == 4) {  // early 2014, end of 2014: part of a year
        h.part_year = true;
        return parse_year(h, false);
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
    if (h.part_year) {
        // Thirds of a year by whole months: January-April, May-August, September-December.
        const int first = 1 + 4 * h.third;
        const int last = first + 3;
        span = {day_number(h.year, first, 1), day_number(h.year, last, days_in_month(h.year, last)),
                Precision::part_year};
        return true;
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
        case Precision::part_year:
            out.year_month(is_start ? span.start : span.end);
            break;
        default:
            out.iso(is_start ? span.start : span.end);
            break;
    }
    if (approximate) out.put('~');
}

std::expected<NormalisedDate, DateProblem> DateParser::run(bool week) {
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
        if (week) {
            if (span.precision != Precision::day) {
                fail(start_offset, concat({"'", m_trimmed, "' is not a date"}),
                     "a week commencing names its first day, as in w/c 14/10/2013");
                return std::unexpected(m_problem);
            }
            v.end = span.start + 6;
            v.precision = Precision::week;
            edtf.iso(v.start);
            if (approximate) edtf.put('~');
            edtf.put('/');
            edtf.iso(v.end);
            if (approximate) edtf.put('~');
        } else if (span.precision == Precision::part_month ||
                   span.precision == Precision::part_year) {
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
        if (week) {
            fail(start_offset, concat({"'", m_trimmed, "' is not a date"}),
                 "a week commencing names one day, as in w/c 14/10/2013");
            return std::unexpected(m_problem);
        }
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

// The length of a "week commencing" prefix at text[begin), spaces after it included, or 0.
std::size_t week_prefix(std::string_view text, std::size_t begin, std::size_t end) {
    static constexpr std::string_view k_prefixes[] = {
        "week commencing", "week beginning", "week starting", "w/c", "w/b", "wc"};
    const std::string_view rest = text.substr(begin, end - begin);
    for (std::string_view prefix : k_prefixes) {
        if (rest.size() <= prefix.size() || !equals_lower(rest.substr(0, prefix.size()), prefix))
            continue;
        std::size_t i = prefix.size();
        const bool spaced = space_at(rest, i) != 0;
        if (prefix == "wc" && !spaced) continue;  // "wc" alone is a prefix only before a space
        if (!spaced && !is_digit(rest[i]) && rest[i] != ':') continue;
        while (i < rest.size() && space_at(rest, i))
            i += static_cast<std::size_t>(space_at(rest, i));
        if (i < rest.size() && rest[i] == ':') ++i;
        while (i < rest.size() && space_at(rest, i))
            i += static_cast<std::size_t>(space_at(rest, i));
        return i;
    }
    return 0;
}

// Where a time written after the date starts: "02/12/2013 14:05", "2013-12-02T14:05",
// "2 December 2013 at 14:05", "2 Dec 2013 1405hrs", "2 Dec 2013, 11.40 pm".
struct TimePart {
    std::size_t date_end = 0;    // the date is text[begin, date_end)
    std::size_t time_begin = 0;  // the time is text[time_begin, end)
};

bool ends_with_lower(std::string_view text, std::string_view lowercase) {
    return text.size() >= lowercase.size() &&
           equals_lower(text.substr(text.size() - lowercase.size()), lowercase);
}

// A chunk is a time when it is digits with a colon (14:05, 11:40pm), or digits with am, pm or
// hrs (1405hrs, 11.40 p.m.). A bare number never is: "2 August 2013 2014" is not a time.
bool looks_like_time(std::string_view chunk) {
    if (chunk.empty() || !is_digit(chunk[0])) return false;
    std::size_t digits = 0;
    bool colon = false;
    for (char c : chunk) {
        if (is_digit(c)) ++digits;
        if (c == ':') colon = true;
    }
    if (digits < 1) return false;
    if (colon) return true;
    static constexpr std::string_view k_suffixes_of_time[] = {"am",  "pm",  "a.m.", "p.m.", "a.m",
                                                              "p.m", "hrs", "hr",   "hours"};
    for (std::string_view suffix : k_suffixes_of_time) {
        if (ends_with_lower(chunk, suffix) && chunk.size() > suffix.size()) {
            std::string_view number = chunk.substr(0, chunk.size() - suffix.size());
            while (!number.empty() && space_at(number, number.size() - 1)) number.remove_suffix(1);
            if (!number.empty() && is_digit(number.back())) return true;
        }
    }
    return false;
}

std::optional<TimePart> find_time(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view s = text.substr(0, end);
    // ISO 8601: a T between the date and the time.
    for (std::size_t i = begin + 1; i + 1 < end; ++i) {
        if ((s[i] == 'T' || s[i] == 't') && is_digit(s[i - 1]) && is_digit(s[i + 1])) {
            return TimePart{i, i + 1};
        }
    }
    // "at" between the date and the time.
    for (std::size_t i = begin + 1; i + 3 < end; ++i) {
        if (space_at(s, i - 1) && equals_lower(s.substr(i, 2), "at") && space_at(s, i + 2)) {
            std::size_t t = i + 2;
            while (t < end && space_at(s, t)) t += static_cast<std::size_t>(space_at(s, t));
            if (t < end && looks_like_time(s.substr(t))) return TimePart{i, t};
        }
    }
    // The last chunk (or two: "11:40 pm") after a space.
    std::size_t cut = end;
    for (int chunks = 0; chunks < 2; ++chunks) {
        std::size_t i = cut;
        while (i > begin && !space_ending_at(s, begin, i)) --i;
        if (i <= begin) return std::nullopt;
        std::size_t date_end = i;
        while (const int n = space_ending_at(s, begin, date_end))
            date_end -= static_cast<std::size_t>(n);
        if (looks_like_time(s.substr(i, end - i))) {
            if (date_end > begin && s[date_end - 1] == ',') --date_end;
            if (date_end <= begin) return std::nullopt;
            return TimePart{date_end, i};
        }
        cut = date_end;
    }
    return std::nullopt;
}

// The time written after a date ("02/12/2013 14:05"), added to the date read before it.
std::expected<NormalisedDate, DateProblem> read_time(
    std::expected<NormalisedDate, DateProblem> result, std::string_view text, Trimmed trimmed,
    Trimmed shown, const std::optional<TimePart>& time) {
    if (!result || !time) return result;
    const std::string_view time_text =
        text.substr(time->time_begin, trimmed.end - time->time_begin);
    auto parsed = normalise_time(time_text);
    if (!parsed) {
        DateProblem problem = std::move(parsed.error());
        problem.offset += static_cast<int>(time->time_begin);
        return std::unexpected(std::move(problem));
    }
    if (result->value.precision != model::Precision::day) {
        return std::unexpected(DateProblem{
            concat({"'", text.substr(shown.begin, shown.end - shown.begin), "' is not a date"}),
            "a time belongs to one day: write the day, as in 2 December 2013 14:05",
            static_cast<int>(time->time_begin)});
    }
    result->time = *parsed;
    result->time_text = std::string(time_text);
    return result;
}

}  // namespace

std::expected<NormalisedDate, DateProblem> normalise_date(std::string_view text, DateOrder order) {
    const Trimmed trimmed = trim(text, true);
    if (trimmed.begin == trimmed.end) {
        return std::unexpected(DateProblem{"the date is empty", std::string(k_date_examples), 0});
    }
    const Trimmed shown = trim(text, false);
    const auto not_a_date = [&](int offset) {
        return std::unexpected(DateProblem{
            concat({"'", text.substr(shown.begin, shown.end - shown.begin), "' is not a date"}),
            std::string(k_date_examples), offset});
    };
    Trimmed body = trimmed;
    const std::size_t week = week_prefix(text, body.begin, body.end);
    body.begin += week;
    if (body.begin >= body.end) return not_a_date(static_cast<int>(body.begin));
    const std::optional<TimePart> time = find_time(text, body.begin, body.end);
    if (time) body.end = time->date_end;
    TokenList tokens;
    if (!tokenize(text, body, tokens)) return not_a_date(static_cast<int>(trimmed.begin));
    DateParser parser(text, shown, tokens, order);
    auto result = read_time(parser.run(week != 0), text, trimmed, shown, time);
    if (parser.by_order()) (result ? result->by_order : result.error().by_order) = true;
    return result;
}

}  // namespace imr::normalise
