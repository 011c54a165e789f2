#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace imr::util {

// Control and bidirectional characters in text (spec section 7, 1.1).

// The offset and code point of the first control character in `text` other than tab,
// line feed and carriage return: C0, DEL or C1 (U+0080-U+009F); nothing when there is
// none. `text` is UTF-8.
struct FoundCharacter {
    std::size_t offset;
    char32_t code_point;
};
std::optional<FoundCharacter> find_control_character(std::string_view text);

// The bidirectional controls that can reorder text around them: U+202A-U+202E
// (embeddings and overrides) and U+2066-U+2069 (isolates).
bool is_bidi_control(char32_t c);

// The first bidirectional control in `text` at or after `from`, if any.
std::optional<FoundCharacter> find_bidi_control(std::string_view text, std::size_t from = 0);

// "U+001B": a code point for a message.
std::string code_point_name(char32_t c);

// Text a terminal can show as it is: control characters (except line breaks and tabs
// when `keep_line_breaks`) and bidirectional controls are written as escapes ("\e",
// "\a", "\x00", "<U+202E>"), so that a file name or a value cannot move the cursor,
// ring the bell or reorder the line around it. Other text is unchanged.
std::string printable(std::string_view text, bool keep_line_breaks = false);

// Text wrapped so that its bidirectional controls cannot reach the text around it:
// between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, with one more
// of each for every isolate the text itself leaves unbalanced. Unchanged when it holds
// no bidirectional control.
std::string bidi_isolated(std::string_view text);

}  // namespace imr::util
