#include "render/agency_palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace imr::render {
namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::string Rgb::hex() const {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r, g, b);
    return buffer;
}

const std::vector<AgencyColours>& agency_palette() {
    // Light fills and dark marks of twelve hues, ordered so that neighbours differ.
    static const std::vector<AgencyColours> k_palette{
        {{0xdb, 0xea, 0xfe}, {0x1d, 0x4e, 0xd8}},  // blue
        {{0xfe, 0xf3, 0xc7}, {0xb4, 0x53, 0x09}},  // amber
        {{0xdc, 0xfc, 0xe7}, {0x15, 0x80, 0x3d}},  // green
        {{0xfc, 0xe7, 0xf3}, {0xbe, 0x18, 0x5d}},  // pink
        {{0xcf, 0xfa, 0xfe}, {0x0e, 0x74, 0x90}},  // cyan
        {{0xed, 0xe9, 0xfe}, {0x6d, 0x28, 0xd9}},  // violet
        {{0xff, 0xed, 0xd5}, {0xc2, 0x41, 0x0c}},  // orange
        {{0xcc, 0xfb, 0xf1}, {0x0f, 0x76, 0x6e}},  // teal
        {{0xfe, 0xe2, 0xe2}, {0xb9, 0x1c, 0x1c}},  // red
        {{0xe0, 0xe7, 0xff}, {0x43, 0x38, 0xca}},  // indigo
        {{0xec, 0xfc, 0xcb}, {0x4d, 0x7c, 0x0f}},  // lime
        {{0xf3, 0xe8, 0xff}, {0x7e, 0x22, 0xce}},  // purple
    };
    return k_palette;
}

const AgencyColours& agency_colours(std::size_t index) {
    const auto& palette = agency_palette();
    return palette[index % palette.size()];
}

std::map<std::string, std::size_t> agency_indices(const merge::CombinedChronology& merged) {
    std::map<std::string, std::size_t> indices;
    for (std::size_t i = 0; i < merged.agencies.size(); ++i) indices[merged.agencies[i]] = i;
    return indices;
}

double relative_luminance(Rgb colour) {
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace imr::render
