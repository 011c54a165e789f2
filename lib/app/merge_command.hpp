#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "load/review_loader.hpp"
#include "merge/chronology_filter.hpp"
#include "render/renderer.hpp"

namespace imr::app {

// `imr merge DIR|FILES... [--format F] [-o FILE] [--from D] [--to D] [--agency A]...`
struct MergeOptions {
    std::vector<std::string> paths;
    // Else from -o's extension; else text when `is_terminal`, md when not.
    std::optional<render::ChronologyFormat> format;
    std::string output;           // empty or "-": `out`
    bool redact = false;          // replace private names with party ids
    merge::FilterRequest filter;  // which entries to write; all by default
    load::ReadOptions read;       // --jobs, --max-file-size, and progress reports
    // What the front end knows of the terminal: whether `out` is one (text is then the
    // default format) and how wide it is (the text table wraps to it).
    bool is_terminal = false;
    int width = render::RenderOptions{}.width;
    bool colour = false;  // diagnostics painted for a terminal (the front end decides)
};

// Merges the inputs and writes the combined chronology to `out` or the output file;
// diagnostics go to `err`. With errors in the input nothing is written. An output file
// whose extension names no format (without --format), xlsx without an output file, docx
// to a terminal, and a filter naming an unknown agency or party or a bad date, are usage
// errors. Returns the exit code (spec section 7).
int run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
