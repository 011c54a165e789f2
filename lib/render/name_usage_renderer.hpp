#pragma once

#include <ostream>

#include "normalise/name_usage.hpp"

namespace imr::render {

// `imr parties` for people: per kind, unresolved names first with suggestions, then
// each written form and what it resolved to, with counts and files.
void render_name_usage_text(const normalise::NameUsage& usage, std::ostream& out);

// `imr parties --format json`: {"parties": [...], "agencies": [...], "indicators": [...],
// "unused_parties": [...]}, each use {"written", "resolved", "suggestion", "count", "files"}.
void render_name_usage_json(const normalise::NameUsage& usage, std::ostream& out);

}  // namespace imr::render
