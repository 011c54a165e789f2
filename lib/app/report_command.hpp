#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace imr::app {

// `imr report DIR|FILES... [-o FILE] [--redact] [--jobs N]`
struct ReportOptions {
    std::vector<std::string> paths;
    std::string output;   // empty: `out`
    bool redact = false;  // replace private names with party ids
    unsigned jobs = 0;    // files read at once; 0: one per core
};

// Loads and merges the inputs, runs every gap rule and writes the HTML panel pack
// (render/report_renderer.hpp) to `out` or, atomically, to the output file; diagnostics
// go to `err`. With errors in the input nothing is written; an output path that is one
// of the inputs is a usage error. Returns the exit code (spec section 7).
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
