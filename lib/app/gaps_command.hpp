#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analyse/finding.hpp"
#include "load/review_loader.hpp"
#include "render/findings_renderer.hpp"

namespace imr::app {

// `imr gaps DIR|FILES... [--format F] [--rule ID]... [--fail-on S] [--redact]`
struct GapsOptions {
    std::vector<std::string> paths;
    render::FindingsFormat format = render::FindingsFormat::text;
    std::vector<std::string> rules;                   // empty: every rule
    std::optional<analyse::FindingSeverity> fail_on;  // exit 1 on a finding this serious or more
    bool redact = false;                              // replace private names with party ids
    load::ReadOptions read;                           // --jobs, --max-file-size
    bool colour = false;         // diagnostics painted for a terminal (the front end decides)
    bool colour_output = false;  // severities painted in the text findings (standard output)
};

// Loads and merges the inputs, runs the gap rules (spec section 6) and writes the findings
// to `out`; diagnostics go to `err`. With errors in the input nothing is analysed (as
// merge writes nothing). An unknown rule id is a usage error. Returns the exit code
// (spec section 7): 1 for input errors or a finding at or above `fail_on`.
int run_gaps(const GapsOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
