#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "merge/merged_chronology.hpp"

namespace imr::render {

// The formats the combined chronology can be written in.
enum class ChronologyFormat { md, json };

// The format named `name` ("md", "markdown", "json"), if any.
std::optional<ChronologyFormat> chronology_format(std::string_view name);

// The format an output file's extension implies (.md, .json), if any.
std::optional<ChronologyFormat> chronology_format_for_path(std::string_view path);

// The notice every format shows when real names are present, or an empty string.
std::string private_names_notice(const merge::MergedChronology& merged);

// Writes the combined chronology in `format`. Deterministic: the same chronology gives
// the same bytes.
void render_chronology(const merge::MergedChronology& merged, ChronologyFormat format,
                       std::ostream& out);

// Spec section 5's JSON object.
void render_json(const merge::MergedChronology& merged, std::ostream& out);

// A Markdown document with one table row per entry.
void render_markdown(const merge::MergedChronology& merged, std::ostream& out);

}  // namespace imr::render
