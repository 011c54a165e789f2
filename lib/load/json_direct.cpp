// The JSON reader's fast path: a strict RFC 8259 parser that feeds the TreeAssembler
// directly, counting lines and columns as it goes. nlohmann's SAX parser (json_reader.cpp)
// needed a read-head iterator and a search of the line index for every value, and was
// most of the time of reading a big JSON chronology. This parser says nothing about
// errors: at the first one it stops, and read_json asks nlohmann's parser, which words
// every syntax error as before. It accepts exactly what nlohmann accepts, builds the same
// tree with the same positions (json_reader_test and the json_fuzz target compare them).
#include <charconv>
#include <cstring>

#include <nlohmann/json.hpp>

#include "load/json_direct.hpp"

namespace imr::load {
namespace {

class DirectParser {
  public:
    DirectParser(std::string_view text, TreeAssembler& tree)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()), m_tree(tree) {}

    bool parse() {
        // nlohmann passes over a byte-order mark at the very start (prepare_text has
        // taken off one already; this is a second). Its two continuation bytes are not
        // columns.
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) {
            m_p += 3;
            m_continuations = 2;
        }
        space();
        if (!value()) return false;
        space();
        return m_p == m_end;
    }

  private:
    bool at(char c) const { return m_p != m_end && *m_p == c; }

    // JSON's four whitespace characters; a line feed starts a line.
    void space() {
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '\n') {
                ++m_line;
                m_line_start = m_p + 1;
                m_continuations = 0;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_p;
        }
    }

    // A node starting at the read head. Columns count characters (util::LineIndex):
    // every byte since the line began, less the UTF-8 continuation bytes among them.
    SourceNode node(SourceNode::Kind kind) const {
        SourceNode n;
        n.kind = kind;
        n.line = m_line;
        n.column = static_cast<int>(m_p - m_line_start) - m_continuations + 1;
        return n;
    }

    bool value() {
        if (m_p == m_end) return false;
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
                return number();
        }
    }

    // An object or an array; the assembler bounds the depth (it throws LimitExceeded).
    bool container(SourceNode::Kind kind, char closer) {
        const bool mapping = kind == SourceNode::Kind::mapping;
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
                if (!at('"') || !string()) return false;
                space();
                if (!at(':')) return false;
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
            if (!at(closer)) return false;
            ++m_p;
            m_tree.close();
            return true;
        }
    }

    bool literal(std::string_view word, SourceNode::Kind kind) {
        if (static_cast<std::size_t>(m_end - m_p) < word.size() ||
            std::memcmp(m_p, word.data(), word.size()) != 0)
            return false;
        SourceNode n = node(kind);
        if (kind == SourceNode::Kind::scalar) n.scalar = word;
        m_p += word.size();
        m_tree.add(std::move(n));
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    bool digits() {
        if (m_p == m_end || !digit(*m_p)) return false;
        while (m_p != m_end && digit(*m_p)) ++m_p;
        return true;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, kept as written.
    bool number() {
        SourceNode n = node(SourceNode::Kind::scalar);
        const char* start = m_p;
        if (at('-')) ++m_p;
        if (at('0')) {
            ++m_p;
        } else if (!digits()) {
            return false;
        }
        if (at('.')) {
            ++m_p;
            if (!digits()) return false;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-')) ++m_p;
            if (!digits()) return false;
        }
        const std::string_view text(start, static_cast<std::size_t>(m_p - start));
        // nlohmann refuses a number too large for a double; leave such rare ones to it.
        double unused = 0;
        if (std::from_chars(text.data(), text.data() + text.size(), unused).ec != std::errc{} &&
            !nlohmann::json::accept(text)) {
            return false;
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
        if (m_end - m_p < 4) return false;
        unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hex(m_p[k]);
            if (h < 0) return false;
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

    // After a backslash: one escape, decoded onto `out`.
    bool escape(std::string& out) {
        if (m_p == m_end) return false;
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
                return false;
        }
        unsigned unit = 0;
        if (!code_unit(unit)) return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return false;  // a low surrogate alone
        if (unit >= 0xD800 && unit <= 0xDBFF) {              // must pair with a low one
            unsigned low = 0;
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') return false;
            m_p += 2;
            if (!code_unit(low) || low < 0xDC00 || low > 0xDFFF) return false;
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
            if (m_p == m_end) return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') break;
            if (c < 0x20) return false;
            if (c == '\\') {
                n.scalar.append(run, m_p);
                ++m_p;
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
};

}  // namespace

bool parse_json_directly(std::string_view text, TreeAssembler& tree) {
    return DirectParser(text, tree).parse();
}

}  // namespace imr::load
