#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// A fixed-width table for a terminal `width` columns wide (at least 86 are used): every
// cell word-wrapped, nothing cut off.
void render_text(const merge::CombinedChronology& merged, std::ostream& out, int width);

}  // namespace imr::render
