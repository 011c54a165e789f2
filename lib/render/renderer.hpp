#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "merge/combined_chronology.hpp"
#include "render/csv_renderer.hpp"
#include "render/html_renderer.hpp"
#include "render/json_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/text_renderer.hpp"
#include "render/yaml_renderer.hpp"

namespace imr::render {

// The formats the combined chronology can be written in (spec section 5), and `text`,
// the fixed-width table `imr merge` prints on a terminal.
enum class ChronologyFormat { md, text, csv, json, yaml, html, xlsx, docx };

// The format named `name` ("md", "markdown", "text", "table", "csv", "json", "yaml",
// "yml", "html", "xlsx", "docx"), if any.
std::optional<ChronologyFormat> chronology_format(std::string_view name);

// The format an output file's extension implies (.md, .markdown, .txt, .csv, .json,
// .yaml, .yml, .html, .htm, .xlsx, .docx), if any.
std::optional<ChronologyFormat> chronology_format_for_path(std::string_view path);

// Whether the format is binary: xlsx, written to a named file by `write_xlsx`
// (render/xlsx_renderer.hpp), and docx, built in memory by `chronology_docx`
// (render/docx_renderer.hpp); render_chronology writes neither.
bool is_binary(ChronologyFormat format);

// How to lay out the formats that depend on where they are shown.
struct RenderOptions {
    int width = 100;    // text: the terminal's width in columns
    unsigned jobs = 1;  // json: threads that write the entries (the bytes do not depend on it)
};

// "97 entries from 9 agencies", "1 entry from 1 agency", or for a filtered chronology
// "2 of 97 entries, from 1 of 9 agencies": the count line of the text and Markdown outputs.
std::string entry_count_phrase(const merge::CombinedChronology& merged);

// Whether a summary should list `agency` with `count` kept entries: every agency of the
// whole chronology, but of a filtered one only those with entries kept.
bool lists_agency(const merge::CombinedChronology& merged, int count);

// The notice every format shows when real names are present, or an empty string.
std::string private_names_notice(const merge::CombinedChronology& merged);

// Writes the combined chronology in `format`. Deterministic: the same chronology gives
// the same bytes. A binary format is a bug of the caller's (std::logic_error).
void render_chronology(const merge::CombinedChronology& merged, ChronologyFormat format,
                       std::ostream& out, const RenderOptions& options = {});

}  // namespace imr::render
