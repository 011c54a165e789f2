#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date_value.hpp"

namespace imr::import {

// What a spreadsheet cell held besides its text: Excel types dates, date-times and times.
enum class CellKind { text, date, date_time, time };

// One cell of a table as read from a Word, Excel or CSV file.
struct Cell {
    std::string text;  // as written: paragraphs and line breaks kept as "\n"
    CellKind kind = CellKind::text;
    model::DayNumber day = 0;    // for date and date_time
    model::TimeOfDay time{};     // for date_time and time
    bool merged_across = false;  // covered by the cell to its left (Word gridSpan, Excel merge)
};

// One row. `number` is 1-based in its table or sheet, the header row counting, as a person
// counts them in Word or Excel (or the CSV line where the row starts).
struct Row {
    int number = 0;
    std::vector<Cell> cells;
    bool marked_header = false;  // Word: "repeat as header row at the top of each page"
    bool spans_table = false;    // one merged cell across the whole row: a note, not an entry
};

// A table of a Word document, a sheet of a workbook, or a CSV file.
struct Table {
    std::string name;  // "table 2", "sheet Chronology", or empty for a CSV
    std::vector<Row> rows;
    bool hidden = false;  // a sheet hidden in the workbook (Excel's state hidden or veryHidden)
};

// What a reader found in one file: its tables, in order, and notes for the author
// ("read as Windows-1252").
struct Document {
    std::vector<Table> tables;
    std::vector<std::string> notes;
};

// Why a file could not be read as a document at all: a message and a fix hint.
struct ReadProblem {
    std::string message;
    std::string hint;
};

// "table 2, row 14" or "sheet Chronology, row 9" or "row 9".
std::string row_label(const Table& table, int row_number);

}  // namespace imr::import
