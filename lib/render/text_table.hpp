#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace imr::render {

// The number of columns `text` takes on a terminal: one per UTF-8 code point.
int display_width(std::string_view text);

// Breaks `text` into lines of at most `width` columns: at spaces where it can, inside a
// word only when the word alone is wider; '\n' always breaks. Never splits a UTF-8
// sequence, never drops a character other than the spaces it breaks at.
std::vector<std::string> wrap_text(std::string_view text, int width);

// One column of a fixed-width table.
struct TextColumn {
    std::string heading;
    int width = 10;
    bool align_right = false;
};

// A plain-text table for a terminal: a heading row, a rule, then each row's cells
// word-wrapped to their column, rows separated by a blank line. Nothing is cut off.
class TextTable {
  public:
    explicit TextTable(std::vector<TextColumn> columns) : m_columns(std::move(columns)) {}

    // Adds a row; missing cells are empty, extra cells are an error of the caller's.
    void add_row(std::vector<std::string> cells);

    void write(std::ostream& out) const;

  private:
    void write_line(const std::vector<std::string>& cells, std::ostream& out) const;

    std::vector<TextColumn> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace imr::render
