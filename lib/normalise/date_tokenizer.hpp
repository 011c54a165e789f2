#pragma once
// The tokens of a written date: numbers, words (months, weekdays, qualifiers...) and
// separators, with their offsets in the original text. Internal to normalise/.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "normalise/date_text.hpp"

namespace imr::normalise::detail {

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

// The keyword a word spells (case-insensitively), or Kw::none.
Keyword lookup(std::string_view word);

// Splits text[range) into tokens. False when there are more than any date has.
bool tokenize(std::string_view s, Trimmed range, TokenList& out);

// The nearest date word to a misspelt one ("Agust" -> "August"), if any.
std::optional<std::string> suggest(std::string_view word);

}  // namespace imr::normalise::detail
