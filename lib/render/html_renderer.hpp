#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// One self-contained HTML page: notice banner, timeline, filterable table, print styles.
void render_html(const merge::CombinedChronology& merged, std::ostream& out);

}  // namespace imr::render
