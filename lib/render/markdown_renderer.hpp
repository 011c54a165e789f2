#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// A Markdown document with one table row per entry.
void render_markdown(const merge::CombinedChronology& merged, std::ostream& out);

}  // namespace imr::render
