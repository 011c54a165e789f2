#pragma once

#include <string>
#include <string_view>

namespace imr::render {

// Text made safe inside HTML or XML element content and quoted attribute values:
// & < > " ' become entities, and the control characters XML 1.0 forbids (all below
// U+0020 but tab, line feed and carriage return) become U+FFFD. UTF-8 is kept as is;
// text holding bidirectional controls is isolated (util::bidi_isolated, 1.1).
std::string escape_markup(std::string_view text);

}  // namespace imr::render
