// Reads JSON: first with the direct parser (json_direct.cpp), and for a file with a syntax
// error with nlohmann's SAX interface, whose messages say what is wrong. nlohmann
// reports positions only for syntax errors, so the input goes through an iterator that
// records how far the lexer has read; when an event arrives, the token that caused it
// ends there, and its start is found by scanning back over the token's characters.
#include <nlohmann/json.hpp>

#include <cstring>
#include <iterator>
#include <stdexcept>

#include "load/document_reader.hpp"
#include "load/json_direct.hpp"
#include "load/tree_assembler.hpp"
#include "util/line_index.hpp"
#include "util/text.hpp"

namespace imr::load {
namespace {

// An input iterator over the text that publishes its read head to `*head`.
class HeadTrackingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    HeadTrackingIterator(const char* p, std::size_t* head) : m_p(p), m_head(head) {}
    reference operator*() const { return *m_p; }
    HeadTrackingIterator& operator++() {
        ++m_p;
        ++*m_head;
        return *this;
    }
    HeadTrackingIterator operator++(int) {
        auto copy = *this;
        ++*this;
        return copy;
    }
    bool operator==(const HeadTrackingIterator& other) const { return m_p == other.m_p; }
    bool operator!=(const HeadTrackingIterator& other) const { return m_p != other.m_p; }

  private:
    const char* m_p;
    std::size_t* m_head;
};

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z'); }

class SaxBuilder {
  public:
    using json = nlohmann::json;

    SaxBuilder(std::string_view text, const std::string& file, model::Diagnostics& diagnostics)
        : m_text(text), m_lines(text), m_file(file), m_diagnostics(diagnostics) {}

    std::size_t m_head = 0;
    TreeAssembler m_tree;
    bool m_failed = false;

    bool null() { return literal(SourceNode::Kind::null); }
    bool boolean(bool) { return literal(SourceNode::Kind::scalar); }
    bool number_integer(json::number_integer_t) { return number(); }
    bool number_unsigned(json::number_unsigned_t) { return number(); }
    bool number_float(json::number_float_t, const std::string&) { return number(); }

    bool string(std::string& value) {
        SourceNode node = at(string_start(), SourceNode::Kind::scalar);
        node.style = SourceNode::Style::quoted;
        node.scalar = std::move(value);
        m_tree.add(std::move(node));
        return true;
    }
    bool key(std::string& value) { return string(value); }
    bool binary(json::binary_t&) { return true; }

    bool start_object(std::size_t) {
        m_tree.open(at(m_head - 1, SourceNode::Kind::mapping));
        return true;
    }
    bool end_object() {
        m_tree.close();
        return true;
    }
    bool start_array(std::size_t) {
        m_tree.open(at(m_head - 1, SourceNode::Kind::sequence));
        return true;
    }
    bool end_array() {
        m_tree.close();
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) {
        m_failed = true;
        const auto pos = m_lines.position(position == 0 ? 0 : position - 1);
        // nlohmann's message starts "[json.exception.parse_error.101] parse error at line
        // 3, column 5: "; keep only what follows, which says what was wrong.
        std::string message = ex.what();
        if (auto colon = message.find(": "); colon != std::string::npos) {
            message = message.substr(colon + 2);
        }
        std::string hint = "check the JSON syntax: commas between items, none after the last";
        if (trailing_comma(position)) {
            hint = "remove the comma after the last item";
        } else if (last_token.find('\'') != std::string::npos ||
                   message.find("invalid literal") != std::string::npos) {
            hint = "JSON strings need double quotes";
        } else if (message.find("unexpected end of input") != std::string::npos) {
            hint = "the file ends too early: check that every { and [ is closed";
        }
        m_diagnostics.push_back({model::Severity::error,
                                 "syntax",
                                 {m_file, pos.line, pos.column},
                                 "JSON syntax error: " + message,
                                 hint});
        return false;
    }

  private:
    // Whether the error is a '}' or ']' right after a comma: the commonest JSON mistake.
    bool trailing_comma(std::size_t position) const {
        if (position == 0 || position > m_text.size()) return false;
        const char closer = m_text[position - 1];
        if (closer != '}' && closer != ']') return false;
        std::size_t i = position - 1;
        while (i > 0 && (m_text[i - 1] == ' ' || m_text[i - 1] == '\n' || m_text[i - 1] == '\r' ||
                         m_text[i - 1] == '\t')) {
            --i;
        }
        return i > 0 && m_text[i - 1] == ',';
    }

    SourceNode at(std::size_t offset, SourceNode::Kind kind) const {
        SourceNode node;
        node.kind = kind;
        const auto pos = m_lines.position(offset);
        node.line = pos.line;
        node.column = pos.column;
        return node;
    }

    // The head is just past the closing quote: scan back to the unescaped opening one.
    std::size_t string_start() const {
        std::size_t i = m_head >= 2 ? m_head - 2 : 0;
        while (i > 0) {
            if (m_text[i] == '"') {
                std::size_t slashes = 0;
                while (slashes < i && m_text[i - 1 - slashes] == '\\') ++slashes;
                if (slashes % 2 == 0) return i;
            }
            --i;
        }
        return 0;
    }

    // The lexer may have read one character past a number (and put it back).
    bool number() {
        std::size_t end = std::min(m_head, m_text.size());
        if (end > 0 && !is_number_char(m_text[end - 1])) --end;
        std::size_t start = end;
        while (start > 0 && is_number_char(m_text[start - 1])) --start;
        SourceNode node = at(start, SourceNode::Kind::scalar);
        node.scalar = std::string(m_text.substr(start, end - start));
        m_tree.add(std::move(node));
        return true;
    }

    bool literal(SourceNode::Kind kind) {
        std::size_t end = std::min(m_head, m_text.size());
        std::size_t start = end;
        while (start > 0 && is_letter(m_text[start - 1])) --start;
        SourceNode node = at(start, kind);
        if (kind == SourceNode::Kind::scalar)
            node.scalar = std::string(m_text.substr(start, end - start));
        m_tree.add(std::move(node));
        return true;
    }

    std::string_view m_text;
    util::LineIndex m_lines;
    const std::string& m_file;
    model::Diagnostics& m_diagnostics;
};

}  // namespace

std::optional<SourceNode> read_json(std::string_view text, const std::string& file,
                                    model::Diagnostics& diagnostics, EntrySink* sink) {
    // Blank text is an empty document, as in YAML: the readers then say "the file is
    // empty", which helps more than nlohmann's "unexpected end of input".
    if (util::trim(text).empty()) return TreeAssembler().take_document();
    TreeAssembler tree;
    tree.stream_entries(sink);
    try {
        if (parse_json_directly(text, tree)) return tree.take_document();
    } catch (const LimitExceeded& limit) {
        diagnostics.push_back(limit.diagnostic(file));
        return std::nullopt;
    }
    // A syntax error. The entries streamed so far are dropped with the file, so nlohmann
    // may read it again whole, to say what is wrong and where as it always has.
    const std::size_t before = diagnostics.size();
    auto root = read_json_sax(text, file, diagnostics);
    if (root || diagnostics.size() == before) {
        throw std::logic_error("the JSON reader refused '" + file +
                               "', which nlohmann's parser accepts");
    }
    return std::nullopt;
}

std::optional<SourceNode> read_json_sax(std::string_view text, const std::string& file,
                                        model::Diagnostics& diagnostics, EntrySink* sink) {
    SaxBuilder builder(text, file, diagnostics);
    builder.m_tree.stream_entries(sink);
    HeadTrackingIterator first(text.data(), &builder.m_head);
    std::size_t unused = 0;
    HeadTrackingIterator last(text.data() + text.size(), &unused);
    // Blank text is an empty document, as in YAML: the readers then say "the file is
    // empty", which helps more than nlohmann's "unexpected end of input".
    const bool blank = util::trim(text).empty();
    try {
        if (!blank) nlohmann::json::sax_parse(first, last, &builder);
    } catch (const LimitExceeded& limit) {
        diagnostics.push_back(limit.diagnostic(file));
        return std::nullopt;
    }
    if (builder.m_failed) return std::nullopt;
    return builder.m_tree.take_document();
}

}  // namespace imr::load
