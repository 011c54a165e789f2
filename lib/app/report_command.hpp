#pragma once

#include <ostream>
#include <string>
#include <vector>
#include "load/review_loader.hpp"

namespace imr::app {

// `imr report DIR|FILES... [-o FILE] [--redact] [--jobs N] [--max-file-size SIZE]`
struct ReportOptions {
    std::vector<std::string> paths;
    std::string output;      // empty: `out`
    bool redact = false;     // replace private names with party ids
    load::ReadOptions read;  // --jobs, --max-file-size
    bool colour = false;     // diagnostics painted for a terminal (the front end decides)
};

// Loads and merges the inputs, runs every gap rule and writes the HTML panel pack
// (render/report_renderer.hpp) to `out` or, atomically, to the output file; diagnostics
// go to `err`. With errors in the input nothing is written; an output path that is one
// of the inputs is a usage error. Returns the exit code (spec section 7).
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
