#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// An sRGB colour.
struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;

    // "#rrggbb", lower case.
    std::string hex() const;
    // "RRGGBB", as libxlsxwriter and Excel write colours.
    std::uint32_t packed() const { return (std::uint32_t{r} << 16) | (std::uint32_t{g} << 8) | b; }
};

// The colour of all text in the reports: near-black, softer than pure black on screen.
inline constexpr Rgb k_text_colour{0x1b, 0x1b, 0x1b};
inline constexpr Rgb k_page_colour{0xff, 0xff, 0xff};

// An agency's two colours: `fill` behind text (table rows, timeline lanes, spreadsheet
// cells) and `mark` for the timeline's marks on the white page.
struct AgencyColours {
    Rgb fill;
    Rgb mark;
};

// The palette: distinct hues, each fill at least WCAG AA (4.5:1) against the text colour
// and each mark at least 4.5:1 against the page (tests check both).
const std::vector<AgencyColours>& agency_palette();

// The colours of the agency at `index` in the chronology's sorted agency list. Past the
// palette's end the colours repeat; the agency's name is always written beside them.
const AgencyColours& agency_colours(std::size_t index);

// Each agency's index in the chronology's sorted agency list: its lane and its colours.
std::map<std::string, std::size_t> agency_indices(const merge::CombinedChronology& merged);

// WCAG 2 relative luminance, 0 (black) to 1 (white).
double relative_luminance(Rgb colour);

// WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter.
double contrast_ratio(Rgb a, Rgb b);

}  // namespace imr::render
