// One writer of YAML scalars for every YAML imr writes, chosen so that the text reads back
// byte for byte: YAML readers normalise line breaks, trim and fold white space and take
// many plain words for other types, so each style is used only where none of that can bite.
#include "render/yaml_scalar.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace imr::render {
namespace {

unsigned char byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// Bytes of a character a YAML reader would not keep as written outside double quotes: C0
// controls other than tab and line feed, DEL, C1 controls (U+0085 is a YAML 1.1 line break),
// the line and paragraph separators, and the byte order mark. 0 when the character is fine.
std::size_t special_at(std::string_view s, std::size_t i) {
    const unsigned char c = byte(s, i);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return 1;
    if (c == 0xC2 && i + 1 < s.size() && byte(s, i + 1) >= 0x80 && byte(s, i + 1) <= 0x9F) return 2;
    if (c == 0xE2 && i + 2 < s.size() && byte(s, i + 1) == 0x80 &&
        (byte(s, i + 2) == 0xA8 || byte(s, i + 2) == 0xA9))
        return 3;
    if (c == 0xEF && i + 2 < s.size() && byte(s, i + 1) == 0xBB && byte(s, i + 2) == 0xBF) return 3;
    return 0;
}

bool has_special(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (special_at(s, i) != 0) return true;
    }
    return false;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool plain_allowed(std::string_view s) {
    if (s.empty() || is_blank(s.front()) || is_blank(s.back())) return false;
    if (s.find('\t') != std::string_view::npos || s.find('\n') != std::string_view::npos)
        return false;
    if (has_special(s)) return false;
    static constexpr std::string_view k_indicators = "-?:,[]{}#&*!|>'\"%@`";
    if (k_indicators.find(s.front()) != std::string_view::npos) {
        // "-5 points" is a plain scalar; "- x", "-" and "--- x" are not.
        if (s.front() != '-' || s.size() < 2 || s[1] == ' ' || s[1] == '-') return false;
    }
    if (s.starts_with("...")) return false;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos ||
        s.back() == ':')
        return false;
    return !yaml_plain_reads_as_non_string(s);
}

std::string double_quoted(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = byte(s, i);
        const std::size_t special = special_at(s, i);
        char buffer[12];
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (special == 1) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
            out += buffer;
        } else if (special == 2) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", byte(s, i + 1));
            out += buffer;
        } else if (special == 3) {
            const unsigned code =
                c == 0xEF ? 0xFEFFu : (byte(s, i + 2) == 0xA8 ? 0x2028u : 0x2029u);
            std::snprintf(buffer, sizeof buffer, "\\u%04X", code);
            out += buffer;
        } else {
            out += static_cast<char>(c);
        }
        i += special > 1 ? special : 1;
    }
    out += '"';
    return out;
}

std::string single_quoted(std::string_view s) {
    std::string out = "'";
    for (char c : s) {
        out += c;
        if (c == '\'') out += '\'';
    }
    out += '\'';
    return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = s.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(s.substr(start));
            return lines;
        }
        lines.push_back(s.substr(start, end - start));
        start = end + 1;
    }
}

// A literal block keeps every character but carriage returns (read as line feeds) and lines of
// white space alone (read as empty lines, or as indentation).
bool literal_allowed(std::string_view s) {
    if (s.find('\r') != std::string_view::npos || has_special(s)) return false;
    bool content = false;
    for (std::string_view line : split_lines(s)) {
        const bool blank_only = !line.empty() && std::all_of(line.begin(), line.end(),
                                                             [](char c) { return is_blank(c); });
        if (blank_only) return false;
        content = content || !line.empty();
    }
    return content;
}

std::string literal(std::string_view s, int indent) {
    std::string header = "|";
    // The reader finds the indentation from the first line with text; say it when that line
    // starts with white space, or empty lines come first.
    if (is_blank(s.front()) || s.front() == '\n') header += '2';
    std::string_view body = s;
    if (body.ends_with("\n\n")) {
        header += '+';
        body.remove_suffix(1);
    } else if (body.ends_with('\n')) {
        body.remove_suffix(1);
    } else {
        header += '-';
    }
    std::string out = header;
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (std::string_view line : split_lines(body)) {
        out += '\n';
        if (!line.empty()) {
            out += pad;
            out += line;
        }
    }
    return out;
}

// Folds a long line at single spaces between words; folding reads each break back as a space.
std::string folded(std::string_view s, int indent, int width) {
    if (s.size() <= static_cast<std::size_t>(width) || is_blank(s.front()) || is_blank(s.back()) ||
        s.find('\t') != std::string_view::npos || s.find('\n') != std::string_view::npos ||
        s.find('\r') != std::string_view::npos || has_special(s))
        return {};
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (s.size() - start > static_cast<std::size_t>(width)) {
        std::size_t cut = std::string_view::npos;
        for (std::size_t i = start + 1; i + 1 < s.size(); ++i) {
            if (s[i] == ' ' && s[i - 1] != ' ' && s[i + 1] != ' ') {
                if (i - start <= static_cast<std::size_t>(width) || cut == std::string_view::npos)
                    cut = i;
                if (i - start > static_cast<std::size_t>(width)) break;
            }
        }
        if (cut == std::string_view::npos) break;
        lines.push_back(s.substr(start, cut - start));
        start = cut + 1;
    }
    lines.push_back(s.substr(start));
    if (lines.size() < 2) return {};
    std::string out = ">-";
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (std::string_view line : lines) {
        out += '\n';
        out += pad;
        out += line;
    }
    return out;
}

}  // namespace

bool yaml_plain_reads_as_non_string(std::string_view text) {
    static constexpr std::array<std::string_view, 16> k_words = {
        "",  "~",  "null", "true", "false", "yes",   "no",   "y",
        "n", "on", "off",  ".inf", "-.inf", "+.inf", ".nan", "="};
    const std::string lower = lowered(text);
    if (std::find(k_words.begin(), k_words.end(), lower) != k_words.end()) return true;
    // YAML 1.1 timestamps: 2013-08-02, 2013-08-02 10:00, 2013-8-2t10:00:00z.
    if (text.size() >= 5 &&
        std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        text[4] == '-')
        return true;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    bool digit = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '_' && c != 'e' && c != 'E' && c != 'x' && c != 'o' && c != '+' &&
                 c != '-' && c != ':' && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
            return false;
        }
    }
    return digit;
}

std::string yaml_scalar(std::string_view text, const YamlScalarPlace& place) {
    const int indent = place.parent_indent + 2;
    if (plain_allowed(text)) {
        if (place.block_allowed && place.fold_width > 0) {
            if (std::string fold = folded(text, indent, place.fold_width); !fold.empty())
                return fold;
        }
        return std::string(text);
    }
    const bool breaks = text.find('\n') != std::string_view::npos;
    if (breaks && place.block_allowed && literal_allowed(text)) return literal(text, indent);
    if (!breaks && text.find('\r') == std::string_view::npos && !has_special(text) &&
        text.find('\t') == std::string_view::npos) {
        if (place.block_allowed && place.fold_width > 0) {
            if (std::string fold = folded(text, indent, place.fold_width); !fold.empty())
                return fold;
        }
        const bool needs_escapes =
            text.find('"') != std::string_view::npos || text.find('\\') != std::string_view::npos;
        return needs_escapes ? single_quoted(text) : double_quoted(text);
    }
    return double_quoted(text);
}

}  // namespace imr::render
