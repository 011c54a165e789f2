#pragma once

#include <string>
#include <string_view>

namespace imr::render {

// The few styles imr's terminal output uses (SGR escape sequences).
enum class AnsiStyle { bold, red, yellow, cyan, dim };

// `text` wrapped in the escape sequences of `style` when `colour` is on; else `text`
// as it is. Whether to colour is the front end's decision (a terminal, --color, NO_COLOR).
std::string paint(std::string_view text, AnsiStyle style, bool colour);

}  // namespace imr::render
