#include "normalise/date_tokenizer.hpp"

#include <vector>

#include "util/edit_distance.hpp"

namespace imr::normalise::detail {
namespace {

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

}  // namespace

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

}  // namespace imr::normalise::detail
