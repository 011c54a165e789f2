#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace imr::render {

// CSV as spreadsheets read it (the same conventions as the chronology's CSV): UTF-8 with
// a byte order mark so Excel does not mangle names, CRLF between records, RFC 4180
// quoting, and a leading single quote on cells a spreadsheet would run as a formula
// (= + - @, OWASP's advice on CSV injection).

// The byte order mark that starts every CSV imr writes.
inline constexpr std::string_view k_csv_bom = "\xEF\xBB\xBF";

// One cell, quoted when it must be and guarded against formula injection.
std::string csv_cell(std::string_view text);

// Writes the cells as one record, ending with CRLF.
void write_csv_row(const std::vector<std::string>& cells, std::ostream& out);

}  // namespace imr::render
