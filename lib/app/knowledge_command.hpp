#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "load/review_loader.hpp"
#include "render/knowledge_renderer.hpp"

namespace imr::app {

// `imr knowledge DIR|FILES... [--party ID] [--format F] [-o FILE] [--redact]`
struct KnowledgeOptions {
    std::vector<std::string> paths;
    std::optional<std::string>
        party;  // an id or any alias the register gives; else every followed party
    // Else from -o's extension (.md, .json, .csv); else md.
    std::optional<render::KnowledgeFormat> format;
    std::string output;  // empty or "-": `out`
    bool redact = false;
    load::ReadOptions read;  // --jobs, --max-file-size
    bool colour = false;     // diagnostics painted for a terminal (the front end decides)
};

// Loads and merges the inputs and writes the who-knew-what matrix to `out` or,
// atomically, the output file (an extension naming no format is a usage error): for each
// indicator about a party, when each agency first knew it and from whom. Diagnostics go
// to `err`; with errors in the input nothing is written; a party the review does not know
// is a usage error. Returns the exit code (spec section 7).
int run_knowledge(const KnowledgeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
