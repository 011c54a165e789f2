#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// Text folded the way a person reading a record compares names (spec section 4, 1.1),
// with a map back to the original: NFKC, case-folded (ß gives ss), accents and other
// marks removed, invisible characters (zero-width, soft hyphen, bidi controls) removed,
// apostrophes inside a word removed (O’Brien, O'Brien and OBrien all give "obrien"; a
// possessive 's stays apart), every hyphen and dash a '-', every space a ' '. Uses
// utf8proc; invalid UTF-8 is read as U+FFFD, never an error.
struct FoldedText {
    std::u32string chars;
    // For each folded character, the bytes of the original text it came from; a
    // removed character (a mark, a zero-width space) belongs to the one before it.
    std::vector<std::uint32_t> begin;
    std::vector<std::uint32_t> end;
};

FoldedText fold_text(std::string_view text);

// The folded form as UTF-8: for tests and for comparing two names.
std::string folded_utf8(std::string_view text);

// Whether a folded character is part of a word (a letter or a digit).
bool is_word_char(char32_t folded);

}  // namespace imr::util
