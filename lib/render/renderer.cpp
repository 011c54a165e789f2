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

std::string private_names_notice(const merge::MergedChronology& merged) {
    if (!merged.contains_private_names) return {};
    return "CONFIDENTIAL: this chronology contains real names of the people in the review. "
           "Do not publish or circulate it; run with --redact for a copy that names parties by "
           "their pseudonyms only.";
}

void render_chronology(const merge::MergedChronology& merged, ChronologyFormat format,
                       std::ostream& out) {
    switch (format) {
        case ChronologyFormat::md: render_markdown(merged, out); return;
        case ChronologyFormat::json: render_json(merged, out); return;
    }
}

}  // namespace imr::render
