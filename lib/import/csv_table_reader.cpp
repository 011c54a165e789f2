// A small RFC 4180 reader: a state machine over the bytes, one pass, no allocation per cell
// beyond its text.
#include "import/csv_table_reader.hpp"

#include <array>

#include "util/utf8.hpp"

namespace imr::import {
namespace {

char detect_separator(std::string_view s) {
    std::array<int, 3> counts{};  // comma, semicolon, tab
    bool quoted = false;
    for (char c : s) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        counts[0] += c == ',';
        counts[1] += c == ';';
        counts[2] += c == '\t';
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1]) return '\t';
    return ',';
}

}  // namespace

std::string windows_1252_to_utf8(std::string_view bytes) {
    // 0x80-0x9F are the only bytes where Windows-1252 differs from Latin-1; five are unused
    // and kept as their C1 code points, as Windows itself maps them.
    static constexpr std::array<char16_t, 32> k_high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        unsigned code = b;
        if (b >= 0x80 && b <= 0x9F) code = k_high[b - 0x80];
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return out;
}

Document read_csv_table(std::string_view bytes) {
    Document document;
    std::string converted;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (util::find_invalid_utf8(bytes).has_value()) {
        converted = windows_1252_to_utf8(bytes);
        bytes = converted;
        document.notes.push_back(
            "the file is not UTF-8: read as Windows-1252, the encoding Excel uses on UK "
            "Windows; check that accented letters, curly quotes and £ signs came out right");
    }
    const char separator = detect_separator(bytes);
    Table table;
    Row row;
    Cell cell;
    int line = 1;
    row.number = 1;
    bool quoted = false;  // inside a quoted cell
    bool row_started = false;
    const auto end_cell = [&] {
        row.cells.push_back(std::move(cell));
        cell = Cell{};
    };
    const auto end_row = [&] {
        end_cell();
        table.rows.push_back(std::move(row));
        row = Row{};
        row_started = false;
    };
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (!row_started) {
            row.number = line;
            row_started = true;
        }
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    cell.text += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                cell.text += '\n';  // a line break inside a cell, written CRLF on Windows
                ++line;
                ++i;
            } else {
                if (c == '\n') ++line;
                cell.text += c;
            }
            continue;
        }
        if (c == '"' && cell.text.empty()) {
            quoted = true;
        } else if (c == separator) {
            end_cell();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
            ++line;
            end_row();
        } else {
            cell.text += c;  // a quote inside an unquoted cell is kept as written
        }
    }
    if (row_started) end_row();
    document.tables.push_back(std::move(table));
    return document;
}

}  // namespace imr::import
