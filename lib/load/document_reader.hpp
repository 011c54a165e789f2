#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/json_reader.hpp"
#include "load/source_node.hpp"
#include "load/tree_assembler.hpp"
#include "load/yaml_reader.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// The file formats a document can be read from.
enum class DocumentFormat { yaml, json };

// The format for a file name by its extension (.yaml, .yml, .json), if any.
std::optional<DocumentFormat> format_for_path(std::string_view path);

// Checks the raw bytes of a file before parsing: strips a UTF-8 byte-order mark and
// reports invalid UTF-8 with its line. Returns the text to parse, or nothing when the
// file cannot be read as text.
std::optional<std::string_view> prepare_text(std::string_view bytes, const std::string& file,
                                             model::Diagnostics& diagnostics);

// Reads `text` as `format`, after prepare_text; `sink` as for read_yaml.
std::optional<SourceNode> read_document(std::string_view bytes, DocumentFormat format,
                                        const std::string& file, model::Diagnostics& diagnostics,
                                        EntrySink* sink = nullptr);

}  // namespace imr::load
