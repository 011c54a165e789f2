#include "load/tree_assembler.hpp"

namespace imr::load {

void TreeAssembler::open(SourceNode container) {
    if (m_stack.size() >= k_max_depth) {
        throw LimitExceeded{"too-deep",
                            "values nest more than " + std::to_string(k_max_depth) + " levels deep",
                            "a chronology needs only a few levels: check the brackets and indentation",
                            container.line, container.column};
    }
    m_stack.push_back({std::move(container), {}, false});
}

const SourceNode& TreeAssembler::add(SourceNode node) {
    if (node.scalar.size() > k_max_scalar_bytes) {
        throw LimitExceeded{"too-long",
                            "a value is " + std::to_string(node.scalar.size() / 1024) +
                                " KiB long, more than the " + std::to_string(k_max_scalar_bytes / 1024) +
                                " KiB imr accepts",
                            "split the text into several entries, or check for a missing quote",
                            node.line, node.column};
    }
    if (m_stack.empty()) {
        if (!m_root) m_root = std::move(node);
        return *m_root;
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
    return add(std::move(open.node));
}

}  // namespace imr::load
