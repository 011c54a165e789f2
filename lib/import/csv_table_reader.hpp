#pragma once

#include <string>
#include <string_view>

#include "import/table.hpp"

namespace imr::import {

// Reads a CSV file as one table (RFC 4180): comma, semicolon or tab separated (whichever
// the first line uses most outside quotes), quoted cells holding separators, quotes ("")
// and line breaks, CRLF or LF line ends, a UTF-8 byte order mark. A file that is not valid
// UTF-8 is read as Windows-1252 (Excel's encoding on UK Windows) and a note says so. A row's
// number is the line it starts on. Never fails: any bytes are some table.
Document read_csv_table(std::string_view bytes);

// Windows-1252 to UTF-8.
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace imr::import
