#include "util/folded_text.hpp"

#include <utf8proc.h>

namespace imr::util {
namespace {

struct CodePoint {
    char32_t value;
    std::uint32_t begin;
    std::uint32_t end;
};

std::vector<CodePoint> decode(std::string_view text) {
    std::vector<CodePoint> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        utf8proc_int32_t value = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                  static_cast<utf8proc_ssize_t>(text.size() - i), &value);
        if (n <= 0) {
            n = 1;
            value = 0xFFFD;
        }
        out.push_back({static_cast<char32_t>(value), static_cast<std::uint32_t>(i),
                       static_cast<std::uint32_t>(i + static_cast<std::size_t>(n))});
        i += static_cast<std::size_t>(n);
    }
    return out;
}

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == U'`' || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x201B ||
           c == 0x2032 || c == 0x02BC || c == 0x02BB || c == 0xFF07;
}

bool is_hyphen(char32_t c) {
    return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
           c == 0xFF0D;
}

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool is_letter(char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO;
}

}  // namespace

bool is_word_char(char32_t folded) { return is_letter(folded); }

FoldedText fold_text(std::string_view text) {
    FoldedText out;
    out.chars.reserve(text.size());
    out.begin.reserve(text.size());
    out.end.reserve(text.size());
    const auto emit = [&](char32_t c, const CodePoint& from) {
        out.chars.push_back(c);
        out.begin.push_back(from.begin);
        out.end.push_back(from.end);
    };
    // A removed character goes with the folded character before it, so that a name's
    // span covers its own accents and invisible characters.
    const auto drop = [&](const CodePoint& from) {
        if (!out.end.empty()) out.end.back() = from.end;
    };
    const std::vector<CodePoint> cps = decode(text);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i].value;
        if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            emit(c, cps[i]);  // the common case, without a table look-up
        } else if (c >= 'A' && c <= 'Z') {
            emit(c + 32, cps[i]);
        } else if (is_space(c)) {
            emit(U' ', cps[i]);
        } else if (is_hyphen(c)) {
            emit(U'-', cps[i]);
        } else if (is_apostrophe(c)) {
            // Inside a word it goes (O'Brien is OBrien), except a possessive 's; anywhere
            // else it is a quotation mark, which separates words.
            const bool after_letter = !out.chars.empty() && is_word_char(out.chars.back());
            const bool before_letter = i + 1 < cps.size() && is_letter(cps[i + 1].value);
            const bool possessive = i + 1 < cps.size() &&
                                    (cps[i + 1].value == U's' || cps[i + 1].value == U'S') &&
                                    (i + 2 == cps.size() || !is_letter(cps[i + 2].value));
            if (after_letter && before_letter && !possessive) {
                drop(cps[i]);
            } else {
                emit(U' ', cps[i]);
            }
        } else {
            utf8proc_int32_t buffer[18];
            int boundary = 0;
            const auto n = utf8proc_decompose_char(
                static_cast<utf8proc_int32_t>(c), buffer, 18,
                static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                               UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
                                               UTF8PROC_DECOMPOSE),
                &boundary);
            if (n <= 0) {
                if (n == 0) drop(cps[i]);
                if (n < 0) emit(c, cps[i]);
                continue;
            }
            for (utf8proc_ssize_t k = 0; k < n && k < 18; ++k) {
                const char32_t folded = static_cast<char32_t>(buffer[k]);
                emit(is_hyphen(folded) ? U'-' : is_space(folded) ? U' ' : folded, cps[i]);
            }
        }
    }
    return out;
}

std::string folded_utf8(std::string_view text) {
    const FoldedText folded = fold_text(text);
    std::string out;
    for (char32_t c : folded.chars) {
        utf8proc_uint8_t bytes[4];
        const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), bytes);
        out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace imr::util
