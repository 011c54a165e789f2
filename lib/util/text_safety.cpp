#include "util/text_safety.hpp"

#include <cstdio>

namespace imr::util {
namespace {

// The code point at `i` (valid UTF-8 assumed; a stray byte is itself) and its length.
char32_t decode_at(std::string_view text, std::size_t i, std::size_t& length) {
    const auto c = static_cast<unsigned char>(text[i]);
    length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (length == 1 || i + length > text.size()) {
        length = 1;
        return c;
    }
    char32_t value = c & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k)
        value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return value;
}

bool is_control(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

std::optional<FoundCharacter> find_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        std::size_t length = 1;
        const char32_t value = decode_at(text, i, length);
        if (is_control(value)) return FoundCharacter{i, value};
        i += length;
    }
    return std::nullopt;
}

bool is_bidi_control(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::optional<FoundCharacter> find_bidi_control(std::string_view text, std::size_t from) {
    // Every bidi control starts with 0xE2 0x80 or 0xE2 0x81.
    for (std::size_t i = text.find('\xE2', from); i != std::string_view::npos;
         i = text.find('\xE2', i + 1)) {
        std::size_t length = 1;
        const char32_t value = decode_at(text, i, length);
        if (is_bidi_control(value)) return FoundCharacter{i, value};
    }
    return std::nullopt;
}

std::string code_point_name(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

std::string printable(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {
            out += text[i++];
            continue;
        }
        std::size_t length = 1;
        const char32_t c = decode_at(text, i, length);
        if (c == '\t' || ((c == '\n' || c == '\r') && keep_line_breaks)) {
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == 0x1B) {
            out += "\\e";
        } else if (c == 0x07) {
            out += "\\a";
        } else if (c == '\t') {
            out += "\\t";
        } else if (is_control(c)) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(c));
            out += buffer;
        } else if (is_bidi_control(c)) {
            out += "<" + code_point_name(c) + ">";
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::string bidi_isolated(std::string_view text) {
    if (!find_bidi_control(text)) return std::string(text);
    std::size_t open = 0;
    std::size_t unmatched = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const char32_t c = decode_at(text, i, length);
        if (c >= 0x2066 && c <= 0x2068) {
            ++open;
        } else if (c == 0x2069) {
            if (open > 0) {
                --open;
            } else {
                ++unmatched;
            }
        }
        i += length;
    }
    std::string out;
    for (std::size_t k = 0; k < 1 + unmatched; ++k) out += "\u2068";
    out.append(text);
    for (std::size_t k = 0; k < 1 + unmatched + open; ++k) out += "\u2069";
    return out;
}

}  // namespace imr::util
