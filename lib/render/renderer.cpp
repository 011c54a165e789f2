#include "render/renderer.hpp"

#include <set>
#include <stdexcept>
#include <string_view>

#include "util/text.hpp"

namespace imr::render {

namespace {

struct FormatName {
    const char* name;
    ChronologyFormat format;
};

// Names for --format; each format's own extension comes first.
constexpr FormatName k_names[] = {
    {"md", ChronologyFormat::md},     {"markdown", ChronologyFormat::md},
    {"text", ChronologyFormat::text}, {"table", ChronologyFormat::text},
    {"txt", ChronologyFormat::text},  {"csv", ChronologyFormat::csv},
    {"json", ChronologyFormat::json}, {"yaml", ChronologyFormat::yaml},
    {"yml", ChronologyFormat::yaml},  {"html", ChronologyFormat::html},
    {"htm", ChronologyFormat::html},  {"xlsx", ChronologyFormat::xlsx},
    {"docx", ChronologyFormat::docx},
};

}  // namespace

std::optional<ChronologyFormat> chronology_format(std::string_view name) {
    const std::string lowered = util::to_lower(name);
    for (const auto& [known, format] : k_names) {
        if (lowered == known) return format;
    }
    return std::nullopt;
}

std::optional<ChronologyFormat> chronology_format_for_path(std::string_view path) {
    const std::string lowered = util::to_lower(path);
    for (const auto& [known, format] : k_names) {
        if (known != std::string_view("table") &&
            util::ends_with(lowered, "." + std::string(known)))
            return format;
    }
    return std::nullopt;
}

bool is_binary(ChronologyFormat format) {
    return format == ChronologyFormat::xlsx || format == ChronologyFormat::docx;
}

std::string private_names_notice(const merge::CombinedChronology& merged) {
    if (!merged.contains_private_names) return {};
    return "CONFIDENTIAL: this chronology contains real names of the people in the review. "
           "Do not publish or circulate it; run with --redact for a copy that names parties by "
           "their pseudonyms only.";
}

void render_chronology(const merge::CombinedChronology& merged, ChronologyFormat format,
                       std::ostream& out, const RenderOptions& options) {
    switch (format) {
        case ChronologyFormat::md:
            render_markdown(merged, out);
            return;
        case ChronologyFormat::text:
            render_text(merged, out, options.width);
            return;
        case ChronologyFormat::csv:
            render_csv(merged, out);
            return;
        case ChronologyFormat::json:
            render_json(merged, out, options.jobs);
            return;
        case ChronologyFormat::yaml:
            render_yaml(merged, out);
            return;
        case ChronologyFormat::html:
            render_html(merged, out);
            return;
        case ChronologyFormat::xlsx:
            throw std::logic_error("xlsx is written to a file by write_xlsx, not to a stream");
        case ChronologyFormat::docx:
            throw std::logic_error("docx is built by chronology_docx, not rendered to a stream");
    }
}

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string entry_count_phrase(const merge::CombinedChronology& merged) {
    if (merged.filter.empty())
        return counted(merged.entries.size(), "entry", "entries") + " from " +
               counted(merged.agencies.size(), "agency", "agencies");
    std::set<std::string_view> kept;
    for (const auto& m : merged.entries) kept.insert(m.agency.str());
    return std::to_string(merged.entries.size()) + " of " +
           counted(merged.unfiltered_entries, "entry", "entries") + ", from " +
           std::to_string(kept.size()) + " of " +
           counted(merged.agencies.size(), "agency", "agencies");
}

bool lists_agency(const merge::CombinedChronology& merged, int count) {
    return merged.filter.empty() || count > 0;
}

}  // namespace imr::render
