#pragma once

#include <string>

#include "import/table_importer.hpp"
#include "normalise/date_normaliser.hpp"

namespace imr::import {

// What goes at the top of the written chronology.
struct ChronologyHeader {
    std::string agency;
    std::string source_file;  // "police.docx", for the opening comment
    normalise::DateOrder order = normalise::DateOrder::dmy;
    std::string schema = "imr-chronology.schema.json";  // the path the $schema comment names
};

// The chronology as a person would write it (spec section 2): the schema comment first,
// keys in the spec's order, each entry after a comment naming its table and row, note rows as
// comments where they stood, long and multi-line text as block scalars. Every text reads back
// exactly as imported.
std::string write_chronology_yaml(const ChronologyHeader& header, const ImportResult& result);

// The same chronology as JSON (no comments: JSON has none).
std::string write_chronology_json(const ChronologyHeader& header, const ImportResult& result);

}  // namespace imr::import
