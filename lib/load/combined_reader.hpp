#pragma once

#include <string>
#include <vector>

#include "load/source_node.hpp"
#include "model/chronology.hpp"
#include "model/diagnostic.hpp"

namespace imr::load {

// The `format` value `imr merge --format json` writes (and YAML, its twin).
inline constexpr const char* k_combined_format = "imr-combined/1";

// Whether a parsed file is a combined chronology: it says `format: imr-combined/1`.
bool says_combined(const SourceNode& root);

// Reads a combined chronology (spec section 5's JSON object, or the same in YAML) back
// as the agencies' chronologies it was merged from: one per cited source file, its
// entries in their original order, each citing its original file and line, with dates
// as they were normalised then (so each file's date_order is kept) and names as they
// were resolved. Merging the result again gives the same entries, numbers and events:
// `imr merge combined.json` re-renders or filters a combined chronology without the
// agencies' files. Problems become diagnostics at the combined file's lines.
std::vector<model::Chronology> read_combined(const SourceNode& root, const std::string& path,
                                             model::Diagnostics& diagnostics);

}  // namespace imr::load
