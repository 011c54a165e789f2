#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "load/tree_assembler.hpp"

namespace imr::load {

// Where and why a JSON text is not JSON: the position of the offending character or
// token (1-based line, column in characters), what was expected and found, and a hint.
struct JsonSyntaxError {
    int line = 1;
    int column = 1;
    std::string message;
    std::string hint;
};

// Parses `text` (valid UTF-8, as prepare_text leaves it) as one strict RFC 8259 JSON
// document into `tree`, with the line and column of every value. Lines end at LF, CRLF or
// a lone CR. At the first syntax error it stops and says what is wrong and where. Accepts
// exactly the documents nlohmann/json accepts (the tests and the json_fuzz target hold it
// to that). Throws LimitExceeded as `tree` does.
std::expected<void, JsonSyntaxError> parse_json(std::string_view text, TreeAssembler& tree);

}  // namespace imr::load
