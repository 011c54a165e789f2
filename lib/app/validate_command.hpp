#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "render/diagnostics_renderer.hpp"

namespace imr::app {

// `imr validate [--strict] [--format F] FILE|DIR...`
struct ValidateOptions {
    std::vector<std::string> paths;
    bool strict = false;  // warnings count as errors
    render::DiagnosticsFormat format = render::DiagnosticsFormat::text;
    unsigned jobs = 0;    // files read at once; 0: one per core
};

// Checks every file and reports every problem to `out`. Returns the exit code: 0, 1 when
// any error (or, with strict, any warning), 3 when a file could not be read.
int run_validate(const ValidateOptions& options, std::ostream& out);

}  // namespace imr::app
