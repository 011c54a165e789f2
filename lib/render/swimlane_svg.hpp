#pragma once

#include <ostream>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// The combined chronology as a swimlane timeline in inline SVG: one lane per agency (in
// the agency's palette colours), time running left to right. An exact day is a dot; an
// uncertain date (a month, a season, a range, "circa") is a bar across the days it may
// be, dashed when approximate. Entries that record the same event (`event`) are joined
// by a line. Entries far earlier than the rest (historic context such as "circa 2002")
// are drawn in an "earlier" column so that they do not squeeze the review period. Each
// mark links to its table row (#e<seq>) and names the entry in its tooltip.
//
// Lane labels sit in a column of their own, left of every mark. Marks that would be drawn
// on top of one another in a lane (points closer than a mark's width, bars over the same
// days) are drawn once with their count, so that 20,000 entries stay a few thousand
// marks. Marks carry their position (data-x0, data-x1) for the page's zoom script.
void write_swimlane_svg(const merge::CombinedChronology& merged, std::ostream& out);

// The key to the timeline's mark shapes: exact day, uncertain date, approximate,
// significant, linked event and a group of entries, each drawn as the timeline draws it.
void write_timeline_legend(std::ostream& out);

// The zoom and pan buttons (#timeline-controls) the script drives.
void write_timeline_controls(std::ostream& out);

// The inline script (no external code) that zooms and pans the timeline: buttons, drag,
// double-click; it moves the marks, links and month ticks, and leaves the lane labels and
// the earlier column in place. Without it the timeline shows the whole period.
const char* timeline_script();

}  // namespace imr::render
