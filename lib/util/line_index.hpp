#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace imr::util {

// Turns byte offsets in a text into 1-based line and column numbers. Columns count
// characters (UTF-8 code points), as editors do.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);

    struct Position {
        int line;
        int column;
    };

    // The position of the byte at `offset` (clamped to the text).
    Position position(std::size_t offset) const;

  private:
    std::string_view m_text;
    std::vector<std::size_t> m_line_starts;
    std::vector<std::size_t> m_continuations;  // offsets of UTF-8 continuation bytes
};

}  // namespace imr::util
