#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/source_node.hpp"
#include "load/tree_assembler.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// Parses JSON text into a SourceNode tree, with positions for every value. A syntax error
// becomes one diagnostic (code `syntax`) with line, column, what was expected and found,
// and a hint; the result is then empty. Never throws on bad input. With a `sink`, the
// items of the top-level `entries` list go to it as they are parsed instead of into the
// tree (tree_assembler.hpp).
std::optional<SourceNode> read_json(std::string_view text, const std::string& file,
                                    model::Diagnostics& diagnostics, EntrySink* sink = nullptr);

}  // namespace imr::load
