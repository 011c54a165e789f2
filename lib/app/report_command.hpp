#pragma once

#include <ostream>
#include <string>
#include <vector>
#include "load/review_loader.hpp"

namespace imr::app {

// `imr report DIR|FILES... [-o FILE] [--format html|docx] [--redact] [--jobs N] ...`
struct ReportOptions {
    std::vector<std::string> paths;
    std::string output;        // empty or "-": `out`
    std::string format;        // "html" or "docx"; empty: from -o's extension, else html
    bool redact = false;       // replace private names with party ids
    load::ReadOptions read;    // --jobs, --max-file-size
    bool colour = false;       // diagnostics painted for a terminal (the front end decides)
    bool is_terminal = false;  // standard output is a terminal (no Word document there)
};

// Loads and merges the inputs, runs every gap rule and writes the panel pack, HTML
// (render/report_renderer.hpp) or Word (render/docx_renderer.hpp), to `out` or,
// atomically, to the output file; diagnostics go to `err`. With errors in the input
// nothing is written; an output path that is one of the inputs, or whose extension is
// neither .html nor .docx, and docx to a terminal are usage errors. Returns the exit code (spec
// section 7).
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
