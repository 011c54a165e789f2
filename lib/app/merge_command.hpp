#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "render/renderer.hpp"

namespace imr::app {

// `imr merge DIR|FILES... [--format F] [-o FILE]`
struct MergeOptions {
    std::vector<std::string> paths;
    std::optional<render::ChronologyFormat> format;  // else from -o's extension, else md
    std::string output;                              // empty: `out`
    bool redact = false;                             // replace private names with party ids
};

// Merges the inputs and writes the combined chronology to `out` or the output file;
// diagnostics go to `err`. With errors in the input nothing is written. Returns the
// exit code (spec section 7).
int run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
