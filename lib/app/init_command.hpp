#pragma once

#include <ostream>
#include <string>

namespace imr::app {

// `imr init --agency NAME [--review DIR] [-o FILE]`
struct InitOptions {
    std::string agency;
    std::string review_dir;  // a review folder whose review.yaml lists parties and agencies
    std::string output;      // empty: `out`
    // Where editors find the JSON Schema, as written in the file's first line. Empty: a
    // schemas/ folder beside the new file's folder or above it, named relative to the
    // file; else `installed_schemas` (the installed share/imr/schemas/ folder).
    std::string schema;
    std::string installed_schemas;
    bool colour = false;  // diagnostics painted for a terminal (the front end decides)
};

// The schema path `imr init` names: relative to `file_dir` when a folder holding
// schemas/imr-chronology.schema.json is `file_dir` or one above it, else the file in
// `installed_schemas` (an absolute path), else the bare schema file name.
std::string chronology_schema_path(const std::string& file_dir,
                                   const std::string& installed_schemas);

// Writes a ready-to-fill chronology template. With a review folder, the agency name is
// resolved through its register and the examples use its party ids and roles. Refuses to
// overwrite an existing file (exit 2).
int run_init(const InitOptions& options, std::ostream& out, std::ostream& err);

}  // namespace imr::app
