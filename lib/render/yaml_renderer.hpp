#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// The JSON object's shape in YAML.
void render_yaml(const merge::CombinedChronology& merged, std::ostream& out);

}  // namespace imr::render
