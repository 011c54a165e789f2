#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "analyse/knowledge_matrix.hpp"
#include "model/diagnostic.hpp"

namespace imr::render {

// The formats `imr knowledge` writes the who-knew-what matrix in.
enum class KnowledgeFormat { md, json, csv, text };

// The format named `name` ("md", "markdown", "json", "csv", "text"), if any.
std::optional<KnowledgeFormat> knowledge_format(std::string_view name);

// What every format says of a party no agency recorded or received any indicator about:
// "No agency recorded or received any indicator about D." `party` as the format writes it.
std::string nobody_knew(std::string_view party);

// Writes the matrix: text for a terminal (per party, each indicator with the agencies that
// knew it, one aligned line each: agency, day, how, citation), Markdown with one table per
// party (a row per indicator, a column per agency, each cell when the agency first knew it
// and from whom), CSV with one row per (party, indicator, agency), or JSON {"review",
// "parties": [{"party", "agencies", "indicators": [{"indicator", "known_by": [{"agency",
// "first_known", "how", "from", "evidence", "date"}]}]}], "diagnostics"}. Diagnostics appear
// only in the JSON. Dates are never given a precision the agency did not write (1.1): a
// certain day is its ISO form; an uncertain one is the text as written with its interval
// (text, Markdown, CSV's date_text, date_start, date_end), and `first_known` its EDTF form
// ("2002~", not "2002-01-01").
void render_knowledge(const analyse::KnowledgeMatrix& matrix, const model::Diagnostics& diagnostics,
                      KnowledgeFormat format, std::ostream& out);

}  // namespace imr::render
