#include "load/tree_assembler.hpp"

namespace imr::load {

const SourceNode& TreeAssembler::add(SourceNode node) {
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
