#include "util/line_index.hpp"

#include <algorithm>

namespace imr::util {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') m_line_starts.push_back(i + 1);
    }
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - m_line_starts.begin());
    const std::size_t start = m_line_starts[line - 1];
    int column = 1;
    for (std::size_t i = start; i < offset; ++i) {
        // Count every byte that is not a UTF-8 continuation byte.
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++column;
    }
    return {static_cast<int>(line), column};
}

}  // namespace imr::util
