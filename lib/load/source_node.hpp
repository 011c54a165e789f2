#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace imr::load {

struct SourceMember;

// A value read from a YAML or JSON file, with the line and column (1-based) where it
// starts. Both readers produce this one shape so that one interpreter checks both.
struct SourceNode {
    enum class Kind { null, scalar, sequence, mapping };
    // How a scalar was written: `quoted` for YAML quoted scalars and JSON strings,
    // `plain` for YAML plain scalars and JSON numbers and booleans.
    enum class Style { plain, quoted };

    Kind kind = Kind::null;
    Style style = Style::plain;
    int line = 0;
    int column = 0;
    std::string scalar;                 // for Kind::scalar
    std::vector<SourceNode> items;      // for Kind::sequence
    std::vector<SourceMember> members;  // for Kind::mapping, in file order

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }

    // The value of the first member whose key is `key`, or nullptr.
    const SourceNode* find(const std::string& key) const;
};

// One key and its value in a mapping. (Not std::pair: a pair of an incomplete type
// inside SourceNode's own vector is more than clang's standard library checks allow.)
struct SourceMember {
    SourceNode first;   // the key
    SourceNode second;  // the value
};

// The same kind, style, position and content, all the way down: for the tests and the
// fuzzer that hold the two JSON parsers to one another.
bool operator==(const SourceNode& a, const SourceNode& b);

// "a text", "a number", "a list", "a mapping" or "nothing": for messages.
const char* describe(const SourceNode& node);

}  // namespace imr::load
