#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "analyse/knowledge_matrix.hpp"
#include "model/diagnostic.hpp"

namespace imr::render {

// The formats `imr knowledge` writes the who-knew-what matrix in.
enum class KnowledgeFormat { md, json, csv, text };

// The format named `name` ("md", "markdown", "json", "csv", "text"), if any.
std::optional<KnowledgeFormat> knowledge_format(std::string_view name);

// Writes the matrix: text for a terminal (per party, each indicator with the agencies that
// knew it, one aligned line each: agency, day, how, citation), Markdown with one table per party (a
// row per indicator, a column per agency, each cell the day the agency first knew it and from
// whom), CSV with one row per (party, indicator, agency), or JSON {"review", "parties": [{"party",
// "agencies", "indicators": [{"indicator", "known_by": [{"agency", "first_known", "how", "from",
// "evidence"}]}]}], "diagnostics"}. Diagnostics appear only in the JSON.
void render_knowledge(const analyse::KnowledgeMatrix& matrix, const model::Diagnostics& diagnostics,
                      KnowledgeFormat format, std::ostream& out);

}  // namespace imr::render
