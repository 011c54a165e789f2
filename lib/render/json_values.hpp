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

// Appends `value` as a JSON string exactly as write_json writes it (UTF-8 kept, control
// characters escaped, invalid UTF-8 replaced): for writers that stream big documents.
void append_json_text(std::string_view value, std::string& out);

// Appends an object key as write_json writes it at `indent` spaces: `"name": `, after
// ",\n" unless it is the first key (whose "{\n" the caller has written).
void append_json_key(std::string_view name, int indent, bool comma, std::string& out);

// Serialises with two-space indentation, UTF-8 kept as is, and a final newline.
void write_json(const Json& value, std::ostream& out);

}  // namespace imr::render
