#pragma once

#include <ostream>
#include <string>

namespace imr::app {

// `imr init --agency NAME [--review DIR] [-o FILE]`
struct InitOptions {
    std::string agency;
    std::string review_dir;  // a review folder whose review.yaml lists parties and agencies
    std::string output;      // empty: `out`
    // Where editors find the JSON Schema, relative to the new file (schemas/ of imr).
    std::string schema = "../schemas/imr-chronology.schema.json";
};

// Writes a ready-to-fill chronology template. With a review folder, the agency name is
// resolved through its register. Refuses to overwrite an existing file (exit 2).
int run_init(const InitOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
