#include "util/line_index.hpp"

#include <algorithm>

namespace imr::util {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') m_line_starts.push_back(i + 1);
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) m_continuations.push_back(i);
    }
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - m_line_starts.begin());
    const std::size_t start = m_line_starts[line - 1];
    // Every byte before `offset` on its line counts, except UTF-8 continuation bytes. Found
    // by binary search, not by rescanning the line: a minified JSON file is one long line,
    // and its reader asks for the column of every value on it.
    const auto continuations =
        std::lower_bound(m_continuations.begin(), m_continuations.end(), offset) -
        std::lower_bound(m_continuations.begin(), m_continuations.end(), start);
    const auto column = static_cast<std::ptrdiff_t>(offset - start) - continuations + 1;
    return {static_cast<int>(line), static_cast<int>(column)};
}

}  // namespace imr::util
