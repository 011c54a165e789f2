#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// What a page built around the HTML chronology adds to it (`imr report`'s panel pack):
// the page keeps the chronology's style, notice, timeline, filters and table, and gains a
// title, some style and sections of its own after the header.
struct HtmlPage {
    std::string title;                                // empty: "Combined chronology: <review>"
    std::string css;                                  // appended to the page's style sheet
    std::function<void(std::ostream&)> after_header;  // sections written before the timeline
    std::string script;                               // appended to the page's script
};

// The combined chronology's HTML page (render_html) with `page`'s additions. Rows keep
// their ids (`#e12` is entry 12), so added sections can link to the entries they cite.
void render_html_page(const merge::CombinedChronology& merged, const HtmlPage& page,
                      std::ostream& out);

}  // namespace imr::render
