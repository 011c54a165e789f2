#include "render/name_usage_renderer.hpp"

#include <algorithm>

#include "render/json_values.hpp"
#include "render/text_table.hpp"

namespace imr::render {
namespace {

std::string files_of(const normalise::NameUse& use) {
    std::string out;
    for (const auto& f : use.files) out += (out.empty() ? "" : ", ") + f;
    return out;
}

void section(const char* title, const std::vector<normalise::NameUse>& uses, bool has_register,
             std::ostream& out) {
    out << title << "\n";
    if (uses.empty()) {
        out << "  (none written)\n\n";
        return;
    }
    // Columns aligned: written form, what it resolved to, how often, in which files.
    struct Row {
        std::string written, resolved, count;
        const normalise::NameUse* use;
    };
    std::vector<Row> rows;
    int widths[3] = {0, 0, 0};
    for (const auto& use : uses) {
        Row row{"'" + use.written + "'", "", "x" + std::to_string(use.count), &use};
        if (use.resolved) {
            row.resolved = "-> " + *use.resolved;
        } else if (!has_register) {
            row.resolved = "(as written: no review.yaml)";
        } else {
            row.resolved = "UNRESOLVED";
            if (use.suggestion) row.resolved += ": did you mean '" + *use.suggestion + "'?";
        }
        widths[0] = std::max(widths[0], display_width(row.written));
        widths[1] = std::max(widths[1], display_width(row.resolved));
        widths[2] = std::max(widths[2], display_width(row.count));
        rows.push_back(std::move(row));
    }
    const auto pad = [](const std::string& text, int width) {
        return std::string(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ');
    };
    for (const auto& row : rows) {
        out << "  " << row.written << pad(row.written, widths[0]) << "  " << row.resolved
            << pad(row.resolved, widths[1]) << "  " << pad(row.count, widths[2]) << row.count
            << "  " << files_of(*row.use) << "\n";
    }
    out << "\n";
}

Json uses_json(const std::vector<normalise::NameUse>& uses) {
    Json list = Json::array();
    for (const auto& use : uses) {
        Json j;
        j["written"] = use.written;
        j["resolved"] = use.resolved ? Json(*use.resolved) : Json(nullptr);
        j["suggestion"] = use.suggestion ? Json(*use.suggestion) : Json(nullptr);
        j["count"] = use.count;
        j["files"] = use.files;
        list.push_back(std::move(j));
    }
    return list;
}

int unresolved(const std::vector<normalise::NameUse>& uses) {
    return static_cast<int>(
        std::count_if(uses.begin(), uses.end(), [](const auto& u) { return !u.resolved; }));
}

}  // namespace

void render_name_usage_text(const normalise::NameUsage& usage, std::ostream& out) {
    section("Parties", usage.parties, usage.has_register, out);
    section("Agencies", usage.agencies, usage.has_register, out);
    section("Indicators", usage.indicators, true, out);
    if (!usage.unused_parties.empty()) {
        out << "Parties in review.yaml that no chronology mentions:";
        for (const auto& id : usage.unused_parties) out << " " << id;
        out << "\n\n";
    }
    const auto counted = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    if (usage.has_register) {
        out << counted(unresolved(usage.parties), "unresolved party name", "unresolved party names")
            << ", "
            << counted(unresolved(usage.agencies), "unresolved agency name",
                       "unresolved agency names")
            << ", ";
    }
    out << counted(unresolved(usage.indicators), "unknown indicator", "unknown indicators") << "\n";
}

void render_name_usage_json(const normalise::NameUsage& usage, std::ostream& out) {
    Json root;
    root["parties"] = uses_json(usage.parties);
    root["agencies"] = uses_json(usage.agencies);
    root["indicators"] = uses_json(usage.indicators);
    root["unused_parties"] = usage.unused_parties;
    write_json(root, out);
}

}  // namespace imr::render
