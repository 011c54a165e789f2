#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// Spec section 5's JSON object.
void render_json(const merge::CombinedChronology& merged, std::ostream& out);

}  // namespace imr::render
