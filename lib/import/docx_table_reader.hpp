#pragma once

#include <cstdint>
#include <expected>
#include <string_view>

#include "import/table.hpp"

namespace imr::import {

// Reads every table of a Word document (.docx), in document order, named "table 1",
// "table 2", ... Cells merged across (gridSpan) keep their text in their first column and
// mark the others; a cell merged down (vMerge) gives its text to every row it covers; a row
// marked "repeat as header row" says so; a row that is one cell across the table is marked.
// A cell's paragraphs and line breaks become "\n", tabs "\t". Tables inside a cell are read
// as that cell's paragraphs. `max_bytes` bounds what the archive may expand to.
std::expected<Document, ReadProblem> read_docx_tables(std::string_view bytes,
                                                      std::uintmax_t max_bytes);

// The same from document.xml itself: for tests and the fuzzer.
std::expected<Document, ReadProblem> read_docx_xml(std::string_view xml);

}  // namespace imr::import
