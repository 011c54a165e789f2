#pragma once

#include <string_view>

#include "load/tree_assembler.hpp"

namespace imr::load {

// Parses `text` (valid UTF-8, as prepare_text leaves it) as one JSON document into
// `tree`, with the line and column of every value. Returns false at the first syntax
// error, with nothing reported: read_json then asks nlohmann's parser to word it.
// Accepts exactly the documents nlohmann accepts. Throws LimitExceeded as `tree` does.
bool parse_json_directly(std::string_view text, TreeAssembler& tree);

}  // namespace imr::load
