#include "render/text_table.hpp"

#include "util/text_safety.hpp"

#include <algorithm>

namespace imr::render {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte length of the longest prefix of `text` that fits in `width` columns.
std::size_t prefix_fitting(std::string_view text, int width) {
    std::size_t i = 0;
    int columns = 0;
    while (i < text.size()) {
        std::size_t next = i + 1;
        while (next < text.size() && is_continuation(text[next])) ++next;
        if (columns + 1 > width) break;
        ++columns;
        i = next;
    }
    return i;
}

void wrap_paragraph(std::string_view text, int width, std::vector<std::string>& lines) {
    std::string line;
    int line_width = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t') {
            ++i;
            continue;
        }
        std::size_t end = text.find_first_of(" \t", i);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(i, end - i);
        i = end;
        const int word_width = display_width(word);
        if (line_width > 0 && line_width + 1 + word_width <= width) {
            line += ' ';
            line += word;
            line_width += 1 + word_width;
            continue;
        }
        if (line_width > 0) lines.push_back(std::move(line));
        line.clear();
        line_width = 0;
        while (display_width(word) > width) {  // a word wider than the column: cut it
            const std::size_t cut = prefix_fitting(word, width);
            lines.emplace_back(word.substr(0, cut));
            word.remove_prefix(cut);
        }
        line = std::string(word);
        line_width = display_width(word);
    }
    if (line_width > 0 || lines.empty()) lines.push_back(std::move(line));
}

}  // namespace

int display_width(std::string_view text) {
    return static_cast<int>(
        std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::vector<std::string> wrap_text(std::string_view text, int width) {
    width = std::max(width, 1);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        std::string_view paragraph = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!paragraph.empty() && paragraph.back() == '\r') paragraph.remove_suffix(1);
        wrap_paragraph(paragraph, width, lines);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    // Trailing line breaks (YAML block scalars) add nothing.
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    return lines;
}

void TextTable::add_row(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    // A terminal shows control and bidirectional characters as escapes, never obeys them.
    for (auto& cell : cells) cell = util::printable(cell, true);
    m_rows.push_back(std::move(cells));
}

void TextTable::write_line(const std::vector<std::string>& cells, std::ostream& out) const {
    std::string line;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const std::string& cell = cells[c];
        const int pad = std::max(0, m_columns[c].width - display_width(cell));
        if (c > 0) line += "  ";
        if (m_columns[c].align_right)
            line += std::string(pad, ' ') + cell;
        else
            line += cell + std::string(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
}

void TextTable::write(std::ostream& out) const {
    std::vector<std::string> headings, rules;
    for (const auto& column : m_columns) {
        headings.push_back(column.heading);
        rules.push_back(std::string(static_cast<std::size_t>(column.width), '-'));
    }
    write_line(headings, out);
    write_line(rules, out);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (r > 0) out << '\n';
        std::vector<std::vector<std::string>> wrapped;
        std::size_t height = 1;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            wrapped.push_back(wrap_text(m_rows[r][c], m_columns[c].width));
            height = std::max(height, wrapped.back().size());
        }
        for (std::size_t i = 0; i < height; ++i) {
            std::vector<std::string> cells;
            for (const auto& lines : wrapped)
                cells.push_back(i < lines.size() ? lines[i] : std::string());
            write_line(cells, out);
        }
    }
}

}  // namespace imr::render
