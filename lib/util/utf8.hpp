#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace imr::util {

// The byte offset of the first invalid UTF-8 sequence in `text`, or nothing when the
// whole text is valid UTF-8 (overlong forms and surrogates are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace imr::util
