#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/heading_map.hpp"
#include "import/table.hpp"
#include "model/diagnostic.hpp"
#include "normalise/date_normaliser.hpp"
#include "normalise/name_resolver.hpp"

namespace imr::import {

// What to import and how.
struct ImportRequest {
    std::string file;  // names the input in diagnostics: "police.docx"
    normalise::DateOrder order = normalise::DateOrder::dmy;
    std::optional<int> table;          // --table N: only that table (1-based)
    std::optional<std::string> sheet;  // --sheet NAME: only that sheet
    HeadingMap headings;
    const normalise::NameResolver* names = nullptr;  // --review: resolve names in cells
};

// One entry as it will be written: every field as text, as the author wrote it (or as the
// register names it), and what to say about it.
struct ImportedEntry {
    std::string source;               // "table 2, row 14"
    std::vector<std::string> before;  // note rows standing just before it, as written
    std::string date;
    std::string time;
    std::string ref;
    std::string type;
    std::vector<std::string> parties;
    std::string summary;
    std::string action;
    std::string comment;
    std::vector<std::string> indicators;
    bool significant = false;
};

// A note row that stands after the last entry, or every note when there is no entry.
struct ImportResult {
    std::vector<ImportedEntry> entries;
    std::vector<std::string> after;    // note rows after the last entry
    model::Diagnostics diagnostics;    // errors and warnings, by row
    std::vector<std::string> notes;    // what the author should know: columns, tables left out
    std::vector<std::string> sources;  // the tables or sheets read: "table 2", "sheet Chronology"
};

// Turns the chronology tables of `document` into entries (spec section 8): finds each
// table's header row (below any title rows), maps its columns, skips repeated header rows
// and empty rows, keeps note rows as notes, keeps unmapped columns' text in `comment` as
// "Heading: text", and checks every date, time and summary. Never throws.
ImportResult import_document(const Document& document, const ImportRequest& request);

}  // namespace imr::import
