#pragma once

#include <ostream>

#include "merge/merged_chronology.hpp"

namespace imr::render {

// The combined chronology as a swimlane timeline in inline SVG: one lane per agency (in
// the agency's palette colours), time running left to right. An exact day is a dot; an
// uncertain date (a month, a season, a range, "circa") is a bar across the days it may
// be, dashed when approximate. Entries that record the same event (`event`) are joined
// by a line. Entries far earlier than the rest (historic context such as "circa 2002")
// are drawn in an "earlier" column so that they do not squeeze the review period. Each
// mark links to its table row (#e<seq>) and names the entry in its tooltip.
void write_swimlane_svg(const merge::MergedChronology& merged, std::ostream& out);

}  // namespace imr::render
