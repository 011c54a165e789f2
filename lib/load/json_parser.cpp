// The one JSON parser: strict RFC 8259, feeding the TreeAssembler directly and counting
// lines and columns as it goes (a search of a line index for every value was most of the
// time of reading a big chronology). At the first error it stops where it is, so the
// position is that of the offending character, and says what it expected and found in
// words an IMR author can act on. It accepts exactly what nlohmann/json accepts; the
// parser-agreement tests and the json_fuzz target hold it to that, with nlohmann as the
// oracle (tests/support/nlohmann_oracle).
#include "load/json_parser.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace imr::load {
namespace {

constexpr std::string_view k_value_words =
    "a value (text in double quotes, a number, true, false, null, '[' or '{')";

class Parser {
  public:
    Parser(std::string_view text, TreeAssembler& tree)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()), m_tree(tree) {}

    std::expected<void, JsonSyntaxError> parse() {
        // nlohmann passes over a byte-order mark at the very start (prepare_text has
        // taken off one already; this is a second). Its two continuation bytes are not
        // columns.
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) {
            m_p += 3;
            m_continuations = 2;
        }
        space();
        if (value()) {
            space();
            if (m_p == m_end) return {};
            expected("the end of the file after the value",
                     "a file holds one JSON value: check for text after its last '}'");
        }
        return std::unexpected(std::move(*m_error));
    }

  private:
    bool at(char c) const { return m_p != m_end && *m_p == c; }

    // JSON's four whitespace characters. A line ends at LF, CRLF or a lone CR, as an
    // editor shows it.
    void space() {
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '\n' || (c == '\r' && (m_p + 1 == m_end || m_p[1] != '\n'))) {
                ++m_line;
                m_line_start = m_p + 1;
                m_continuations = 0;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_p;
        }
    }

    // Columns count characters (util::LineIndex): every byte since the line began, less
    // the UTF-8 continuation bytes among them.
    int column() const { return static_cast<int>(m_p - m_line_start) - m_continuations + 1; }

    // A node starting at the read head.
    SourceNode node(SourceNode::Kind kind) const {
        SourceNode n;
        n.kind = kind;
        n.line = m_line;
        n.column = column();
        return n;
    }

    // Records the error at the read head; always returns false, for `return fail(...)`.
    bool fail(std::string message, std::string hint) {
        if (!m_error)
            m_error = JsonSyntaxError{m_line, column(), std::move(message), std::move(hint)};
        return false;
    }

    // What stands at the read head, in words.
    std::string found() const {
        if (m_p == m_end) return "the end of the file";
        const char c = *m_p;
        if (c == '"') return "text in double quotes";
        if (c == '\'') return "a single quote";
        if (c == '-' || (c >= '0' && c <= '9')) return "a number";
        const char* word_end = m_p;
        while (word_end != m_end && word_end - m_p < 20 &&
               ((*word_end >= 'a' && *word_end <= 'z') || (*word_end >= 'A' && *word_end <= 'Z') ||
                *word_end == '_'))
            ++word_end;
        if (word_end != m_p) return "'" + std::string(m_p, word_end) + "'";
        return "'" + utf8_character(m_p) + "'";
    }

    // The whole UTF-8 character that starts at `p` (the text is valid UTF-8).
    std::string utf8_character(const char* p) const {
        const auto lead = static_cast<unsigned char>(*p);
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        length = std::min<std::size_t>(length, static_cast<std::size_t>(m_end - p));
        return std::string(p, length);
    }

    // The hint for "expected X, found what is at the head".
    std::string hint_here(std::string_view fallback) const {
        if (m_p == m_end) return "the file ends too early: check that every { and [ is closed";
        if (*m_p == '\'') return "JSON strings need double quotes";
        if (*m_p == '}' || *m_p == ']') {
            const char* back = m_p;
            while (back != m_begin &&
                   (back[-1] == ' ' || back[-1] == '\t' || back[-1] == '\n' || back[-1] == '\r'))
                --back;
            if (back != m_begin && back[-1] == ',') return "remove the comma after the last item";
        }
        return std::string(fallback);
    }

    bool expected(std::string_view what, std::string_view fallback_hint) {
        return fail("expected " + std::string(what) + ", found " + found(),
                    hint_here(fallback_hint));
    }

    bool value() {
        if (m_p == m_end) return expected(k_value_words, "");
        switch (*m_p) {
            case '{':
                return container(SourceNode::Kind::mapping, '}');
            case '[':
                return container(SourceNode::Kind::sequence, ']');
            case '"':
                return string();
            case 't':
                return literal("true", SourceNode::Kind::scalar);
            case 'f':
                return literal("false", SourceNode::Kind::scalar);
            case 'n':
                return literal("null", SourceNode::Kind::null);
            default:
                if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) return number();
                return expected(k_value_words, "write text in double quotes: \"like this\"");
        }
    }

    // An object or an array; the assembler bounds the depth (it throws LimitExceeded).
    bool container(SourceNode::Kind kind, char closer) {
        const bool mapping = kind == SourceNode::Kind::mapping;
        const std::string after_item = mapping ? "',' or '}' after the value" : "',' or ']'";
        m_tree.open(node(kind));
        ++m_p;
        space();
        if (at(closer)) {
            ++m_p;
            m_tree.close();
            return true;
        }
        while (true) {
            if (mapping) {
                if (!at('"'))
                    return expected("a key in double quotes", "keys are written \"like_this\"");
                if (!string()) return false;
                space();
                if (!at(':')) return expected("':' after the key", "write a colon after each key");
                ++m_p;
                space();
            }
            if (!value()) return false;
            space();
            if (at(',')) {
                ++m_p;
                space();
                continue;
            }
            if (!at(closer))
                return expected(after_item,
                                m_p != m_end && (*m_p == '"' || *m_p == '{' || *m_p == '[')
                                    ? "put a comma between items"
                                    : "check the JSON syntax: commas between items, "
                                      "none after the last");
            ++m_p;
            m_tree.close();
            return true;
        }
    }

    bool literal(std::string_view word, SourceNode::Kind kind) {
        if (static_cast<std::size_t>(m_end - m_p) < word.size() ||
            std::memcmp(m_p, word.data(), word.size()) != 0)
            return fail(found() + " is not a JSON value: did you mean " + std::string(word) + "?",
                        "write text in double quotes: \"like this\"");
        SourceNode n = node(kind);
        if (kind == SourceNode::Kind::scalar) n.scalar = word;
        m_p += word.size();
        m_tree.add(std::move(n));
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, kept as written.
    bool number() {
        SourceNode n = node(SourceNode::Kind::scalar);
        const char* start = m_p;
        const auto bad = [&] {
            const char* end = m_p;
            while (end != m_end && (digit(*end) || *end == '.' || *end == 'e' || *end == 'E' ||
                                    *end == '+' || *end == '-'))
                ++end;
            m_p = start;
            return fail("'" + std::string(start, end) + "' is not a JSON number",
                        "numbers are written like 9, -2 or 2.5; write other text in double "
                        "quotes");
        };
        if (at('-')) ++m_p;
        if (at('0')) {
            ++m_p;
        } else if (m_p == m_end || !digit(*m_p)) {
            return bad();
        } else {
            while (m_p != m_end && digit(*m_p)) ++m_p;
        }
        if (at('.')) {
            ++m_p;
            if (m_p == m_end || !digit(*m_p)) return bad();
            while (m_p != m_end && digit(*m_p)) ++m_p;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-')) ++m_p;
            if (m_p == m_end || !digit(*m_p)) return bad();
            while (m_p != m_end && digit(*m_p)) ++m_p;
        }
        if (m_p != m_end && digit(*m_p)) return bad();  // a leading zero: 01
        const std::string text(start, static_cast<std::size_t>(m_p - start));
        // nlohmann refuses a number too large for a double (and takes one too small as 0).
        double unused = 0;
        if (std::from_chars(text.data(), text.data() + text.size(), unused).ec ==
            std::errc::result_out_of_range) {
            errno = 0;
            if (std::isinf(std::strtod(text.c_str(), nullptr))) {
                m_p = start;
                return fail("'" + text + "' is too large for a number",
                            "write it in double quotes to keep it as text");
            }
        }
        n.scalar = text;
        m_tree.add(std::move(n));
        return true;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // Four hex digits after "\u".
    bool code_unit(unsigned& unit) {
        unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = m_p + k < m_end ? hex(m_p[k]) : -1;
            if (h < 0) {
                m_p -= 2;
                return fail("'\\u' must be followed by four hexadecimal digits",
                            "write a character as \\u00e9, or as itself");
            }
            unit = unit * 16 + static_cast<unsigned>(h);
        }
        m_p += 4;
        return true;
    }

    static void append_utf8(unsigned cp, std::string& out) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // At a backslash: one escape, decoded onto `out`.
    bool escape(std::string& out) {
        const char* backslash = m_p;
        ++m_p;
        if (m_p == m_end)
            return fail("the text in double quotes is not closed", "add the closing \"");
        const char c = *m_p++;
        switch (c) {
            case '"':
                out += '"';
                return true;
            case '\\':
                out += '\\';
                return true;
            case '/':
                out += '/';
                return true;
            case 'b':
                out += '\b';
                return true;
            case 'f':
                out += '\f';
                return true;
            case 'n':
                out += '\n';
                return true;
            case 'r':
                out += '\r';
                return true;
            case 't':
                out += '\t';
                return true;
            case 'u':
                break;
            default:
                m_p = backslash;
                return fail("'\\" + utf8_character(backslash + 1) + "' is not a JSON escape",
                            "write a backslash as \\\\; the escapes are \\\" \\\\ \\/ \\b \\f "
                            "\\n \\r \\t \\uXXXX");
        }
        unsigned unit = 0;
        if (!code_unit(unit)) return false;
        const auto lone = [&] {
            m_p = backslash;
            return fail("'\\u" + std::string(backslash + 2, 4) +
                            "' is half of a UTF-16 surrogate pair, with no other half",
                        "write the character itself, or both halves (\\ud83d\\ude00)");
        };
        if (unit >= 0xDC00 && unit <= 0xDFFF) return lone();
        if (unit >= 0xD800 && unit <= 0xDBFF) {  // must pair with a low one
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') return lone();
            m_p += 2;
            unsigned low = 0;
            if (!code_unit(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return lone();
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(unit, out);
        return true;
    }

    // A string (a value or a key), without its quotes and with its escapes decoded.
    // prepare_text has checked the UTF-8; control characters must be escaped in JSON.
    bool string() {
        SourceNode n = node(SourceNode::Kind::scalar);
        n.style = SourceNode::Style::quoted;
        ++m_p;
        const char* run = m_p;
        while (true) {
            if (m_p == m_end)
                return fail("the text in double quotes is not closed",
                            "add the closing \" (a line break inside text is written \\n)");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') break;
            if (c < 0x20) {
                if (c == '\n' || c == '\r')
                    return fail("a line break inside text in double quotes",
                                "write a line break inside text as \\n, or close the text "
                                "with \" before the line ends");
                if (c == '\t')
                    return fail("a tab inside text in double quotes", "write a tab as \\t");
                char code[8];
                std::snprintf(code, sizeof code, "0x%02X", c);
                return fail(
                    std::string("a control character (") + code + ") inside text in double quotes",
                    "remove it; it is usually debris from a copy out of another program");
            }
            if (c == '\\') {
                n.scalar.append(run, m_p);
                if (!escape(n.scalar)) return false;
                run = m_p;
                continue;
            }
            if ((c & 0xC0) == 0x80) ++m_continuations;
            ++m_p;
        }
        n.scalar.append(run, m_p);
        ++m_p;
        m_tree.add(std::move(n));
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    TreeAssembler& m_tree;
    int m_line = 1;
    const char* m_line_start = m_begin;
    int m_continuations = 0;  // UTF-8 continuation bytes on this line before the head
    std::optional<JsonSyntaxError> m_error;
};

}  // namespace

std::expected<void, JsonSyntaxError> parse_json(std::string_view text, TreeAssembler& tree) {
    return Parser(text, tree).parse();
}

}  // namespace imr::load
