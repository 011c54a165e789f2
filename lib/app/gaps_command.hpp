#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analyse/finding.hpp"
#include "load/review_loader.hpp"
#include "render/findings_renderer.hpp"

namespace imr::app {

// `imr gaps DIR|FILES... [--format F] [-o FILE] [--rule ID]... [--fail-on S] [--redact]`
struct GapsOptions {
    std::vector<std::string> paths;
    // Else from -o's extension (.txt, .md, .json, .csv, .docx); else text.
    std::optional<render::FindingsFormat> format;
    std::string output;                               // empty or "-": `out`
    std::vector<std::string> rules;                   // empty: every rule
    std::optional<analyse::FindingSeverity> fail_on;  // exit 1 on a finding this serious or more
    bool redact = false;                              // replace private names with party ids
    load::ReadOptions read;                           // --jobs, --max-file-size
    std::optional<std::size_t> explain;  // (1.1) --explain N: the knowledge path of finding N
    bool colour = false;         // diagnostics painted for a terminal (the front end decides)
    bool colour_output = false;  // severities painted in the text findings (standard output)
};

// Loads and merges the inputs, runs the gap rules (spec section 6) and writes the findings
// to `out` or, atomically, the output file; diagnostics go to `err`. With errors in the
// input nothing is analysed (as merge writes nothing). An unknown rule id, and an output
// file whose extension names no format, are usage errors. Returns the exit code
// (spec section 7): 1 for input errors or a finding at or above `fail_on`. With `explain`,
// writes the knowledge path of that finding (numbered as listed) instead; a number no
// finding has is a usage error.
int run_gaps(const GapsOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
