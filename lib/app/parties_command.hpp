#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "load/review_loader.hpp"

namespace imr::app {

// `imr parties DIR|FILES... [--format text|json] [--jobs N] [--max-file-size SIZE]`
struct PartiesOptions {
    std::vector<std::string> paths;
    bool json = false;
    load::ReadOptions read;  // --jobs, --max-file-size
    bool colour = false;     // diagnostics painted for a terminal (the front end decides)
};

// Reports how every party, agency and indicator name written in the review resolved,
// so a review officer can clean a submission before the panel. Input errors go to
// `err` and do not stop the report. Returns 0, or 3 when a file could not be read.
int run_parties(const PartiesOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
