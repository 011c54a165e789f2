#pragma once

#include <optional>
#include <string_view>

#include "load/source_node.hpp"

namespace imr::test {

// The JSON oracle: reads `text` with nlohmann/json's SAX parser into the same positioned
// SourceNode tree that load::read_json builds, or nothing when nlohmann refuses the text.
// imr's own parser must accept exactly what this accepts and build the same tree, with
// the same positions (json_reader_test and the json_fuzz target check it). Lines end at
// LF, CRLF or a lone CR; columns count characters. Not used in production.
std::optional<load::SourceNode> read_json_with_nlohmann(std::string_view text);

}  // namespace imr::test
