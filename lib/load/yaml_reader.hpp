#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/source_node.hpp"
#include "load/tree_assembler.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// Parses YAML text into a SourceNode tree. Syntax errors become diagnostics with line
// and column (file named `file`) and the result is empty. Never throws on bad input.
// With a `sink`, the items of the top-level `entries` list go to it as they are parsed
// instead of into the tree (tree_assembler.hpp).
std::optional<SourceNode> read_yaml(std::string_view text, const std::string& file,
                                    model::Diagnostics& diagnostics, EntrySink* sink = nullptr);

}  // namespace imr::load
