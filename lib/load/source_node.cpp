#include "load/source_node.hpp"

namespace imr::load {

const SourceNode* SourceNode::find(const std::string& key) const {
    for (const auto& [k, v] : members) {
        if (k.is_scalar() && k.scalar == key) return &v;
    }
    return nullptr;
}

const char* describe(const SourceNode& node) {
    switch (node.kind) {
        case SourceNode::Kind::null:
            return "nothing";
        case SourceNode::Kind::scalar:
            return "a single value";
        case SourceNode::Kind::sequence:
            return "a list";
        case SourceNode::Kind::mapping:
            return "a mapping of keys to values";
    }
    return "a value";
}

bool operator==(const SourceNode& a, const SourceNode& b) {
    if (a.kind != b.kind || a.style != b.style || a.line != b.line || a.column != b.column ||
        a.scalar != b.scalar || a.items != b.items || a.members.size() != b.members.size()) {
        return false;
    }
    for (std::size_t k = 0; k < a.members.size(); ++k) {
        if (!(a.members[k].first == b.members[k].first) ||
            !(a.members[k].second == b.members[k].second))
            return false;
    }
    return true;
}

}  // namespace imr::load
