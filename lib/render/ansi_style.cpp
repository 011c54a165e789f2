#include "render/ansi_style.hpp"

namespace imr::render {
namespace {

std::string_view code(AnsiStyle style) {
    switch (style) {
        case AnsiStyle::bold:
            return "1";
        case AnsiStyle::red:
            return "1;31";
        case AnsiStyle::yellow:
            return "1;33";
        case AnsiStyle::cyan:
            return "36";
        case AnsiStyle::dim:
            return "2";
    }
    return "0";
}

}  // namespace

std::string paint(std::string_view text, AnsiStyle style, bool colour) {
    if (!colour || text.empty()) return std::string(text);
    std::string out = "\x1b[";
    out += code(style);
    out += 'm';
    out += text;
    out += "\x1b[0m";
    return out;
}

}  // namespace imr::render
