// nlohmann reports positions only for syntax errors, so the input goes through an
// iterator that records how far the lexer has read; when an event arrives, the token that
// caused it ends there, and its start is found by scanning back over its characters.
#include "support/nlohmann_oracle.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

#include "load/tree_assembler.hpp"

namespace imr::test {
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

// Line and column of a byte offset: lines end at LF, CRLF or a lone CR.
class Positions {
  public:
    explicit Positions(std::string_view text) {
        m_line_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                m_line_starts.push_back(i + 1);
            if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) m_continuations.push_back(i);
        }
    }

    std::pair<int, int> at(std::size_t offset) const {
        const auto line = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset) -
                          m_line_starts.begin();
        const std::size_t start = m_line_starts[static_cast<std::size_t>(line) - 1];
        const auto continuations =
            std::lower_bound(m_continuations.begin(), m_continuations.end(), offset) -
            std::lower_bound(m_continuations.begin(), m_continuations.end(), start);
        return {static_cast<int>(line), static_cast<int>(offset - start - continuations) + 1};
    }

  private:
    std::vector<std::size_t> m_line_starts;
    std::vector<std::size_t> m_continuations;
};

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

class SaxBuilder {
  public:
    using json = nlohmann::json;

    explicit SaxBuilder(std::string_view text) : m_text(text), m_positions(text) {}

    std::size_t m_head = 0;
    load::TreeAssembler m_tree;

    bool null() { return literal(load::SourceNode::Kind::null); }
    bool boolean(bool) { return literal(load::SourceNode::Kind::scalar); }
    bool number_integer(json::number_integer_t) { return number(); }
    bool number_unsigned(json::number_unsigned_t) { return number(); }
    bool number_float(json::number_float_t, const std::string&) { return number(); }

    bool string(std::string& value) {
        load::SourceNode node = at(string_start(), load::SourceNode::Kind::scalar);
        node.style = load::SourceNode::Style::quoted;
        node.scalar = std::move(value);
        m_tree.add(std::move(node));
        return true;
    }
    bool key(std::string& value) { return string(value); }
    bool binary(json::binary_t&) { return true; }

    bool start_object(std::size_t) {
        m_tree.open(at(m_head - 1, load::SourceNode::Kind::mapping));
        return true;
    }
    bool end_object() {
        m_tree.close();
        return true;
    }
    bool start_array(std::size_t) {
        m_tree.open(at(m_head - 1, load::SourceNode::Kind::sequence));
        return true;
    }
    bool end_array() {
        m_tree.close();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        return false;
    }

  private:
    load::SourceNode at(std::size_t offset, load::SourceNode::Kind kind) const {
        load::SourceNode node;
        node.kind = kind;
        std::tie(node.line, node.column) = m_positions.at(offset);
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
        load::SourceNode node = at(start, load::SourceNode::Kind::scalar);
        node.scalar = std::string(m_text.substr(start, end - start));
        m_tree.add(std::move(node));
        return true;
    }

    bool literal(load::SourceNode::Kind kind) {
        std::size_t end = std::min(m_head, m_text.size());
        std::size_t start = end;
        while (start > 0 && m_text[start - 1] >= 'a' && m_text[start - 1] <= 'z') --start;
        load::SourceNode node = at(start, kind);
        if (kind == load::SourceNode::Kind::scalar)
            node.scalar = std::string(m_text.substr(start, end - start));
        m_tree.add(std::move(node));
        return true;
    }

    std::string_view m_text;
    Positions m_positions;
};

}  // namespace

std::optional<load::SourceNode> read_json_with_nlohmann(std::string_view text) {
    SaxBuilder builder(text);
    HeadTrackingIterator first(text.data(), &builder.m_head);
    std::size_t unused = 0;
    HeadTrackingIterator last(text.data() + text.size(), &unused);
    try {
        if (!nlohmann::json::sax_parse(first, last, &builder)) return std::nullopt;
    } catch (const load::LimitExceeded&) {
        return std::nullopt;
    }
    return builder.m_tree.take_document();
}

}  // namespace imr::test
