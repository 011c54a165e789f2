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
        case SourceNode::Kind::null: return "nothing";
        case SourceNode::Kind::scalar: return "a single value";
        case SourceNode::Kind::sequence: return "a list";
        case SourceNode::Kind::mapping: return "a mapping of keys to values";
    }
    return "a value";
}

}  // namespace imr::load
