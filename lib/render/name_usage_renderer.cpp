#include "render/name_usage_renderer.hpp"

#include <algorithm>

#include "render/json_values.hpp"

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
    std::size_t width = 0;
    for (const auto& use : uses) width = std::max(width, use.written.size() + 2);
    for (const auto& use : uses) {
        const std::string quoted = "'" + use.written + "'";
        out << "  " << quoted << std::string(width - quoted.size() + 1, ' ');
        if (use.resolved) {
            out << "-> " << *use.resolved;
        } else if (!has_register) {
            out << "(as written: no review.yaml)";
        } else {
            out << "UNRESOLVED";
            if (use.suggestion) out << " (did you mean '" << *use.suggestion << "'?)";
        }
        out << "  x" << use.count << "  " << files_of(use) << "\n";
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
    if (usage.has_register) {
        out << unresolved(usage.parties) << " unresolved party names, "
            << unresolved(usage.agencies) << " unresolved agency names, ";
    }
    out << unresolved(usage.indicators) << " unknown indicators\n";
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
