#pragma once

#include <nlohmann/json.hpp>

#include "model/date_value.hpp"
#include "model/diagnostic.hpp"

namespace imr::render {

// Key order as written, so the JSON reads like the spec's examples.
using Json = nlohmann::ordered_json;

// {"text", "start", "end", "precision", "approximate", "edtf"} (spec section 5).
Json date_json(const model::DateValue& date);

// {"severity", "file", "line", "column", "code", "message", "hint"}; line and column are
// null where unknown, hint null where there is none.
Json diagnostic_json(const model::Diagnostic& diagnostic);

// Serialises with two-space indentation, UTF-8 kept as is, and a final newline.
void write_json(const Json& value, std::ostream& out);

}  // namespace imr::render
