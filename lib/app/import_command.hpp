#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "load/review_loader.hpp"

namespace imr::app {

// `imr import FILE --agency NAME [-o OUT.yaml] [--review DIR] [--map HEADING=FIELD]...
//  [--sheet NAME] [--table N] [--date-order dmy|mdy] [--format yaml|json]` (spec section 8).
struct ImportOptions {
    std::string file;
    std::string agency;
    std::string output;             // empty or "-": `out`
    std::string review;             // a review folder whose register resolves names
    std::vector<std::string> maps;  // "Heading=field"
    std::optional<std::string> sheet;
    std::optional<int> table;
    bool mdy = false;
    std::optional<std::string> format;  // "yaml" or "json"; else from -o's extension, else yaml
    std::uintmax_t max_file_bytes = load::k_max_file_bytes;  // also caps what an archive expands to
    std::string installed_schemas;  // the installed share/imr/schemas/, for the $schema comment
};

// Converts a Word table, Excel sheet or CSV file into a chronology and writes it to `out` or
// the output file; notes and diagnostics go to `err`. The chronology is written even when
// rows have errors (their text as written), and then the exit code is 1. A file that cannot
// be read as its kind (a .doc renamed .docx, a damaged or hostile archive) is exit 1 with
// nothing written; a file that cannot be opened is 3; a bad option is 2.
int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
