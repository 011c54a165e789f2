#pragma once

#include <optional>
#include <vector>

#include "load/source_node.hpp"

namespace imr::load {

// Builds a SourceNode tree from a stream of parser events (YAML or JSON). In a mapping,
// values alternate key, value. Both readers feed one of these.
class TreeAssembler {
public:
    // Starts a sequence or mapping; its children follow until close().
    void open(SourceNode container) { m_stack.push_back({std::move(container), {}, false}); }

    // Adds a complete value (or mapping key) to the open container, or makes it the root.
    // Returns the node as stored; valid until the next call.
    const SourceNode& add(SourceNode node);

    // Ends the innermost open container and adds it to its parent. Returns it as stored.
    const SourceNode& close();

    // How many containers are open.
    std::size_t depth() const { return m_stack.size(); }

    // The finished tree, if any value was added at the top level.
    std::optional<SourceNode> take_root() { return std::move(m_root); }

private:
    struct Open {
        SourceNode node;
        SourceNode pending_key;
        bool has_key;
    };
    std::vector<Open> m_stack;
    std::optional<SourceNode> m_root;
};

}  // namespace imr::load
