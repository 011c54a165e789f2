#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "load/review_loader.hpp"
#include "render/diagnostics_renderer.hpp"

namespace imr::app {

// `imr validate [--strict] [--format F] [-o FILE] FILE|DIR...`
struct ValidateOptions {
    std::vector<std::string> paths;
    bool strict = false;  // warnings count as errors
    // Else from -o's extension (.txt, .json, .xml for JUnit, .sarif); else text.
    std::optional<render::DiagnosticsFormat> format;
    std::string output;      // empty or "-": `out`
    load::ReadOptions read;  // --jobs, --max-file-size
    bool colour = false;     // text lines painted for a terminal (the front end decides)
};

// Checks every file and reports every problem to `out` or, atomically, the output file.
// Returns the exit code: 0, 1 when any error (or, with strict, any warning), 2 for an
// output file whose extension names no report format (nothing is read or written), 3 when
// a file could not be read or the report not written (the reason on `err`).
int run_validate(const ValidateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
