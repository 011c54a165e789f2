#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "load/review_loader.hpp"
#include "render/diagnostics_renderer.hpp"

namespace imr::app {

// `imr validate [--strict] [--format F] FILE|DIR...`
struct ValidateOptions {
    std::vector<std::string> paths;
    bool strict = false;  // warnings count as errors
    render::DiagnosticsFormat format = render::DiagnosticsFormat::text;
    load::ReadOptions read;  // --jobs, --max-file-size
    bool colour = false;     // text lines painted for a terminal (the front end decides)
};

// Checks every file and reports every problem to `out`. Returns the exit code: 0, 1 when
// any error (or, with strict, any warning), 3 when a file could not be read.
int run_validate(const ValidateOptions& options, std::ostream& out);

}  // namespace imr::app
