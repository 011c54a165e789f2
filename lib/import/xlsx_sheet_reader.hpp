#pragma once

#include <cstdint>
#include <expected>
#include <string_view>

#include "import/table.hpp"

namespace imr::import {

// Reads every sheet of an Excel workbook (.xlsx), in workbook order, each named "sheet NAME".
// Shared and inline strings give text; a number whose format is a date, date-time or time
// (built-in or custom, 1900 or 1904 date system) gives a typed cell whose text is the date
// as ISO 8601 (or the month or year when that is all the format shows) and the time as HH:MM;
// other numbers keep their stored text. A merged range gives its value to every row it
// covers, marks the cells it covers to the right, and marks a row that is one range across
// the sheet's used columns. `max_bytes` bounds what the archive may expand to.
std::expected<Document, ReadProblem> read_xlsx_sheets(std::string_view bytes,
                                                      std::uintmax_t max_bytes);

// One worksheet's XML with its shared strings given: for tests and the fuzzer. Every cell
// is read as text or number (no styles).
std::expected<Table, ReadProblem> read_xlsx_sheet_xml(std::string_view xml,
                                                      const std::vector<std::string>& strings);

}  // namespace imr::import
