// Reads YAML with yaml-cpp's event API, not its node tree: the node tree is slow and
// loses nothing we need, but the events carry a Mark for every value, which is how
// every diagnostic gets its line and column.
#include "load/yaml_reader.hpp"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <map>
#include <streambuf>
#include <string_view>

#include "load/document_reader.hpp"
#include "load/tree_assembler.hpp"
#include "util/line_index.hpp"

namespace imr::load {
namespace {

// Aliases can multiply a document ("billion laughs"); refuse before that costs much.
constexpr std::size_t k_max_alias_nodes = 100000;

struct AliasLimit {
    int line;
    int column;
};

// yaml-cpp 0.7 ends a quoted scalar that is never closed at the end of the file, silently
// swallowing every entry after it. Catch that: a quote must close before the text ends.
struct UnclosedQuote {
    int line;
    int column;
};

bool quote_closes(std::string_view text, std::size_t open) {
    const char quote = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' is an escaped single quote
            } else {
                return true;
            }
        }
    }
    return false;
}

std::size_t count_nodes(const SourceNode& node) {
    std::size_t n = 1;
    for (const auto& item : node.items) n += count_nodes(item);
    for (const auto& [k, v] : node.members) n += count_nodes(k) + count_nodes(v);
    return n;
}

// Feeds yaml-cpp's events into a TreeAssembler, expanding aliases within a budget.
// Positions come from the byte offset of yaml-cpp's marks: their columns count bytes,
// ours count characters, as the JSON reader's and editors' do.
class TreeBuilder : public YAML::EventHandler {
  public:
    explicit TreeBuilder(std::string_view text) : m_text(text), m_lines(text) {}

    TreeAssembler m_tree;

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        SourceNode node = placed(mark, SourceNode::Kind::null);
        if (!written_at(mark)) place_empty(node, mark);
        remember(anchor, add(std::move(node)));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = m_anchors.find(anchor);
        SourceNode node = it == m_anchors.end() ? SourceNode{} : it->second;
        m_alias_nodes += count_nodes(node);
        if (m_alias_nodes > k_max_alias_nodes) {
            const auto pos = position(mark);
            throw AliasLimit{pos.line, pos.column};
        }
        add(std::move(node));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        // A plain `~`, `null` or empty scalar is YAML's null; quoted ones are text.
        const bool plain = tag == "?" || tag.empty();
        if (plain && (value == "~" || value == "null" || value == "Null" || value == "NULL" ||
                      value.empty())) {
            remember(anchor, add(placed(mark, SourceNode::Kind::null)));
            return;
        }
        if (!plain) check_closed(mark);
        SourceNode node = placed(mark, SourceNode::Kind::scalar);
        node.style = plain ? SourceNode::Style::plain : SourceNode::Style::quoted;
        node.scalar = value;
        remember(anchor, add(std::move(node)));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        m_tree.open(placed(mark, SourceNode::Kind::sequence));
        m_open.push_back({anchor, false});
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        m_tree.open(placed(mark, SourceNode::Kind::mapping));
        m_open.push_back({anchor, true});
    }

    void OnMapEnd() override { close(); }

  private:
    // An open sequence or mapping. In a mapping, whether the next node is a value, and
    // where its key is.
    struct Open {
        YAML::anchor_t anchor;
        bool mapping;
        bool at_value = false;
        int key_line = 0;
        int key_column = 0;
    };

    // The byte offset of a mark, within the text.
    std::size_t offset(const YAML::Mark& mark) const {
        return std::min(static_cast<std::size_t>(std::max(mark.pos, 0)), m_text.size());
    }

    util::LineIndex::Position position(const YAML::Mark& mark) const {
        return m_lines.position(offset(mark));
    }

    SourceNode placed(const YAML::Mark& mark, SourceNode::Kind kind) const {
        SourceNode node;
        node.kind = kind;
        const auto pos = position(mark);
        node.line = pos.line;
        node.column = pos.column;
        return node;
    }

    const SourceNode& add(SourceNode node) {
        const SourceNode& stored = m_tree.add(std::move(node));
        added(stored);
        return stored;
    }

    // Keeps track of keys and values in the innermost open mapping.
    void added(const SourceNode& node) {
        if (m_open.empty() || !m_open.back().mapping) return;
        Open& open = m_open.back();
        if (!open.at_value) {
            open.key_line = node.line;
            open.key_column = node.column;
        }
        open.at_value = !open.at_value;
    }

    void close() {
        const YAML::anchor_t anchor = m_open.back().anchor;
        m_open.pop_back();
        const SourceNode& closed = m_tree.close();
        added(closed);
        remember(anchor, closed);
    }

    // Whether a null's mark is at text written for it (`~`, `null`, an anchor or a tag).
    // For an empty value yaml-cpp gives the mark of the token after it instead.
    bool written_at(const YAML::Mark& mark) const {
        const std::string_view rest = m_text.substr(offset(mark));
        if (rest.starts_with('&') || rest.starts_with('!')) return true;
        for (const std::string_view word : {"~", "null", "Null", "NULL"}) {
            if (rest.starts_with(word) && (rest.size() == word.size() ||
                                           std::string_view(" \t\r\n,]}").find(rest[word.size()]) !=
                                               std::string_view::npos)) {
                return true;
            }
        }
        return false;
    }

    // Places an empty value where it is missing, not at the next key (often on the next
    // line): a mapping's value at its key, a list item at its dash.
    void place_empty(SourceNode& node, const YAML::Mark& mark) const {
        if (m_open.empty()) return;
        const Open& open = m_open.back();
        if (open.mapping) {
            if (open.at_value) {
                node.line = open.key_line;
                node.column = open.key_column;
            }
            return;
        }
        std::size_t i = offset(mark);
        while (i > 0 && (m_text[i - 1] == ' ' || m_text[i - 1] == '\t' || m_text[i - 1] == '\r' ||
                         m_text[i - 1] == '\n')) {
            --i;
        }
        if (i > 0 && m_text[i - 1] == '-') {
            const auto dash = m_lines.position(i - 1);
            node.line = dash.line;
            node.column = dash.column;
        }
    }

    void check_closed(const YAML::Mark& mark) {
        const auto pos = static_cast<std::size_t>(mark.pos);
        if (pos >= m_text.size() || (m_text[pos] != '"' && m_text[pos] != '\'')) return;
        if (!quote_closes(m_text, pos)) {
            const auto at = position(mark);
            throw UnclosedQuote{at.line, at.column};
        }
    }

    void remember(YAML::anchor_t anchor, const SourceNode& node) {
        if (anchor != YAML::NullAnchor) m_anchors[anchor] = node;
    }

    std::string_view m_text;
    util::LineIndex m_lines;
    std::vector<Open> m_open;
    std::map<YAML::anchor_t, SourceNode> m_anchors;
    std::size_t m_alias_nodes = 0;
};

// A read-only stream buffer over text already in memory.
class TextBuffer : public std::streambuf {
  public:
    explicit TextBuffer(std::string_view text) {
        char* start = const_cast<char*>(text.data());  // only ever read: no put area is set
        setg(start, start, start + text.size());
    }
};

std::string plain_message(std::string msg) {
    if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
    return msg;
}

// A hint for yaml-cpp's terse messages, where we can tell what usually causes them.
std::string hint_for(const std::string& msg, std::string_view text, int line) {
    // Find the offending line to look for tabs in its indentation.
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos && start < text.size() && text[start] == '\t') {
        return "YAML indentation must use spaces, not tabs";
    }
    if (msg.find("end of map not found") != std::string::npos ||
        msg.find("illegal map value") != std::string::npos) {
        return "check the indentation, and put quotes around values that contain ': '";
    }
    if (msg.find("end of sequence not found") != std::string::npos) {
        return "check that every item of the list starts with '- ' at the same indentation";
    }
    if (msg.find("unknown escape") != std::string::npos) {
        return "inside double quotes write a backslash as \\\\, or use single quotes";
    }
    return "check the YAML syntax around this line";
}

}  // namespace

std::optional<SourceNode> read_yaml(std::string_view text, const std::string& file,
                                    model::Diagnostics& diagnostics, EntrySink* sink) {
    TextBuffer buffer(text);  // the parser reads the text where it is, without a copy
    std::istream in(&buffer);
    TreeBuilder builder(text);
    builder.m_tree.stream_entries(sink);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
        // A second document in one file is not a chronology.
        TreeBuilder extra(text);
        auto extra_root =
            parser.HandleNextDocument(extra) ? extra.m_tree.take_root() : std::nullopt;
        if (extra_root) {
            diagnostics.push_back(
                {model::Severity::error,
                 "syntax",
                 {file, extra_root->line, 1},
                 "the file holds more than one YAML document",
                 "remove the '---' line and everything after it, or split the file"});
            return std::nullopt;
        }
    } catch (const AliasLimit& limit) {
        diagnostics.push_back(
            {model::Severity::error,
             "too-many-aliases",
             {file, limit.line, limit.column},
             "YAML aliases expand to more than " + std::to_string(k_max_alias_nodes) + " values",
             "write the values out instead of using '*' aliases"});
        return std::nullopt;
    } catch (const LimitExceeded& limit) {
        diagnostics.push_back(limit.diagnostic(file));
        return std::nullopt;
    } catch (const UnclosedQuote& quote) {
        diagnostics.push_back(
            {model::Severity::error,
             "syntax",
             {file, quote.line, quote.column},
             "YAML syntax error: this quoted value is never closed",
             "add the closing quote; everything after it was read as part of the value"});
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        // yaml-cpp's columns count bytes; ours count characters.
        const auto pos =
            e.mark.is_null()
                ? util::LineIndex::Position{0, 0}
                : util::LineIndex(text).position(static_cast<std::size_t>(std::max(e.mark.pos, 0)));
        const int line = pos.line;
        const int column = pos.column;
        diagnostics.push_back({model::Severity::error,
                               "syntax",
                               {file, line, column},
                               "YAML syntax error: " + plain_message(e.msg),
                               hint_for(e.msg, text, line)});
        return std::nullopt;
    }
    return builder.m_tree.take_document();
}

}  // namespace imr::load
