#include "load/tree_assembler.hpp"

#include "util/text_safety.hpp"

namespace imr::load {

void TreeAssembler::open(SourceNode container) {
    if (m_stack.size() >= k_max_depth) {
        throw LimitExceeded{
            "too-deep", "values nest more than " + std::to_string(k_max_depth) + " levels deep",
            "a chronology needs only a few levels: check the brackets and indentation",
            container.line, container.column};
    }
    m_stack.push_back({std::move(container), {}, false});
    if (m_sink != nullptr && opens_entries())
        m_streaming = m_sink->take_entries(m_stack.front().node);
}

bool TreeAssembler::opens_entries() const {
    if (m_stack.size() != 2 || m_stack.back().node.kind != SourceNode::Kind::sequence) return false;
    const Open& root = m_stack.front();
    if (root.node.kind != SourceNode::Kind::mapping || !root.has_key) return false;
    if (root.pending_key.kind != SourceNode::Kind::scalar || root.pending_key.scalar != "entries")
        return false;
    // Only the first `entries`: a second is a duplicate key, reported, and never read.
    return root.node.find("entries") == nullptr;
}

const SourceNode& TreeAssembler::add(SourceNode node) {
    if (node.scalar.size() > k_max_scalar_bytes) {
        throw LimitExceeded{"too-long",
                            "a value is " + std::to_string(node.scalar.size() / 1024) +
                                " KiB long, more than the " +
                                std::to_string(k_max_scalar_bytes / 1024) + " KiB imr accepts",
                            "split the text into several entries, or check for a missing quote",
                            node.line, node.column};
    }
    if (node.kind == SourceNode::Kind::scalar) {
        // Raw control characters stop the file before parsing (document_reader); these
        // were written as escapes ("\e", "\0", "\u001b"), and are refused alike.
        if (const auto control = util::find_control_character(node.scalar)) {
            throw LimitExceeded{
                "control-character",
                "a value contains an invisible control character (" +
                    util::code_point_name(control->code_point) + ", written as an escape)",
                "delete it: control characters (terminal colours, NUL, bell) do not belong in "
                "a chronology",
                node.line, node.column};
        }
    }
    if (m_stack.empty()) {
        if (!m_root) m_root = std::move(node);
        return *m_root;
    }
    if (m_streaming && m_stack.size() == 2) {
        m_streamed = std::move(node);
        m_sink->entry(m_streamed);
        return m_streamed;
    }
    Open& top = m_stack.back();
    if (top.node.kind == SourceNode::Kind::sequence) {
        top.node.items.push_back(std::move(node));
        return top.node.items.back();
    }
    if (!top.has_key) {
        top.pending_key = std::move(node);
        top.has_key = true;
        return top.pending_key;
    }
    top.node.members.emplace_back(std::move(top.pending_key), std::move(node));
    top.has_key = false;
    return top.node.members.back().second;
}

const SourceNode& TreeAssembler::close() {
    Open open = std::move(m_stack.back());
    m_stack.pop_back();
    if (m_stack.size() == 1) m_streaming = false;  // the entries list (or another) ended
    return add(std::move(open.node));
}

SourceNode TreeAssembler::take_document() {
    if (m_root) return std::move(*m_root);
    SourceNode empty;
    empty.line = 1;
    empty.column = 1;
    return empty;
}

}  // namespace imr::load
