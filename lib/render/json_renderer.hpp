#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// Spec section 5's JSON object. The entries are written on `jobs` threads, in batches
// that are written out in order: the bytes never depend on `jobs`.
void render_json(const merge::CombinedChronology& merged, std::ostream& out, unsigned jobs = 1);

}  // namespace imr::render
