#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// CSV for spreadsheets: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, one header
// row and one row per entry, cells that a spreadsheet would run as a formula prefixed
// with a single quote. No notice row (see csv_renderer.cpp).
void render_csv(const merge::CombinedChronology& merged, std::ostream& out);

// One CSV field: neutralised against formula injection, then quoted when it holds a
// comma, a double quote or a line break.
std::string csv_field(std::string_view text);

}  // namespace imr::render
