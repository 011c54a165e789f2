#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/source_node.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// How deep values may nest, and how long one text may be. A chronology needs a depth of
// six and texts of a few kilobytes; the limits stop hostile files (deep nesting made
// yaml-cpp overflow its stack in the past) long before they cost anything.
inline constexpr std::size_t k_max_depth = 64;
inline constexpr std::size_t k_max_scalar_bytes = 1 << 20;

// Thrown by TreeAssembler when a limit is passed; the readers turn it into a diagnostic.
struct LimitExceeded {
    std::string code;  // too-deep, too-long
    std::string message;
    std::string hint;
    int line;
    int column;

    // As a diagnostic in `file`.
    model::Diagnostic diagnostic(const std::string& file) const {
        return {model::Severity::error, code, {file, line, column}, message, hint};
    }
};

// Takes the items of a file's `entries` list one at a time, as the parser completes
// each, so that no reader holds the whole file's tree (chronology_reader.hpp). An item's
// nodes are dropped as soon as entry() returns.
class EntrySink {
  public:
    virtual ~EntrySink() = default;

    // Called when the top-level mapping's first `entries` key opens a list, with the
    // top-level mapping as read so far (the keys written before `entries`). Returns
    // whether to take the list's items; if not, they stay in the tree.
    virtual bool take_entries(const SourceNode& root_so_far) = 0;

    // One complete item of the list, in file order. It may be moved from.
    virtual void entry(SourceNode& item) = 0;
};

// Builds a SourceNode tree from a stream of parser events (YAML or JSON). In a mapping,
// values alternate key, value. Both readers feed one of these.
class TreeAssembler {
  public:
    // Hands the items of the top-level `entries` list to `sink` instead of keeping them:
    // that list is then empty in the tree. Without a sink (the default) the tree is whole.
    void stream_entries(EntrySink* sink) { m_sink = sink; }

    // Starts a sequence or mapping; its children follow until close(). Throws
    // LimitExceeded past k_max_depth.
    void open(SourceNode container);

    // Adds a complete value (or mapping key) to the open container, or makes it the root.
    // Returns the node as stored; valid until the next call. Throws LimitExceeded for a
    // text longer than k_max_scalar_bytes.
    const SourceNode& add(SourceNode node);

    // Ends the innermost open container and adds it to its parent. Returns it as stored.
    const SourceNode& close();

    // How many containers are open.
    std::size_t depth() const { return m_stack.size(); }

    // The finished tree, if any value was added at the top level.
    std::optional<SourceNode> take_root() { return std::move(m_root); }

    // The finished tree; for a document with no value at all, a null node at 1:1, so
    // "the file is empty" points at its start.
    SourceNode take_document();

  private:
    struct Open {
        SourceNode node;
        SourceNode pending_key;
        bool has_key;
    };
    // Whether a list opening at the top of the stack is the top-level `entries` list.
    bool opens_entries() const;

    std::vector<Open> m_stack;
    std::optional<SourceNode> m_root;
    EntrySink* m_sink = nullptr;
    bool m_streaming = false;  // the entries list is open and its items go to m_sink
    SourceNode m_streamed;     // the item last handed over, valid until the next
};

}  // namespace imr::load
