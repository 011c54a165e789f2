#pragma once

#include <string>
#include <string_view>

namespace imr::render {

// Text for one cell of a Markdown table, or a Markdown line: pipes escaped and line
// breaks as spaces, so that the text cannot end its cell or its line; and (1.1) `<`,
// `>` and `&` as entities, so that HTML in the text is shown, never run.
std::string markdown_one_line(std::string_view text);

}  // namespace imr::render
