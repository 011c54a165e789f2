#include "render/renderer.hpp"

#include "util/text.hpp"

namespace imr::render {

std::optional<ChronologyFormat> chronology_format(std::string_view name) {
    const std::string lowered = util::to_lower(name);
    if (lowered == "md" || lowered == "markdown") return ChronologyFormat::md;
    if (lowered == "json") return ChronologyFormat::json;
    return std::nullopt;
}

std::optional<ChronologyFormat> chronology_format_for_path(std::string_view path) {
    const std::string lowered = util::to_lower(path);
    if (util::ends_with(lowered, ".md") || util::ends_with(lowered, ".markdown")) {
        return ChronologyFormat::md;
    }
    if (util::ends_with(lowered, ".json")) return ChronologyFormat::json;
    return std::nullopt;
}

void render_chronology(const merge::MergedChronology& merged, ChronologyFormat format,
                       std::ostream& out) {
    switch (format) {
        case ChronologyFormat::md: render_markdown(merged, out); return;
        case ChronologyFormat::json: render_json(merged, out); return;
    }
}

}  // namespace imr::render
