#include "import/chronology_yaml_writer.hpp"

#include <nlohmann/json.hpp>

#include "render/yaml_scalar.hpp"

namespace imr::import {
namespace {

constexpr int k_fold_width = 88;

void comment_lines(std::string_view text, std::string_view indent, std::string& out) {
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        out += indent;
        out += line.empty() ? "#" : "# ";
        for (char c : line) out += c == '\r' ? ' ' : c;
        out += '\n';
        if (end == std::string_view::npos) return;
        start = end + 1;
    }
}

void key_value(std::string_view key, std::string_view value, std::string& out, bool fold) {
    out += "    ";
    out += key;
    out += ": ";
    out += render::yaml_scalar(value, {4, true, fold ? k_fold_width : 0});
    out += '\n';
}

bool flow_safe(const std::string& item) {
    return render::yaml_scalar(item, {0, false, 0}) == item &&
           item.find_first_of(",[]{}") == std::string::npos;
}

void list(std::string_view key, const std::vector<std::string>& items, std::string& out) {
    if (items.empty()) return;
    out += "    ";
    out += key;
    out += ':';
    if (std::all_of(items.begin(), items.end(), flow_safe)) {
        out += " [";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out += ", ";
            out += items[i];
        }
        out += "]\n";
        return;
    }
    out += '\n';
    for (const std::string& item : items) {
        out += "      - ";
        out += render::yaml_scalar(item, {6, false, 0});
        out += '\n';
    }
}

}  // namespace

std::string write_chronology_yaml(const ChronologyHeader& header, const ImportResult& result) {
    std::string out = "# yaml-language-server: $schema=" + header.schema + "\n";
    out += "# Imported by imr import from " + header.source_file;
    if (!result.sources.empty() && result.sources.front() != "the file") {
        out += " (";
        for (std::size_t i = 0; i < result.sources.size(); ++i) {
            if (i > 0) out += ", ";
            out += result.sources[i];
        }
        out += ")";
    }
    out += ".\n# Check each entry against the original, then add parties, indicators and shares.\n";
    out += "format: imr-chronology/1\n";
    out += "agency: " + render::yaml_scalar(header.agency, {0, false, 0}) + "\n";
    if (header.order == normalise::DateOrder::mdy) out += "date_order: mdy\n";
    if (result.entries.empty()) {
        out += "entries: []\n";
    } else {
        out += "entries:\n";
    }
    for (const ImportedEntry& e : result.entries) {
        for (const std::string& note : e.before) comment_lines(note, "  ", out);
        comment_lines(e.source, "  ", out);
        out += "  - date: " + render::yaml_scalar(e.date, {4, false, 0}) + "\n";
        if (!e.time.empty()) key_value("time", e.time, out, false);
        if (!e.ref.empty()) key_value("ref", e.ref, out, false);
        if (!e.type.empty()) key_value("type", e.type, out, false);
        list("parties", e.parties, out);
        key_value("summary", e.summary, out, true);
        if (!e.action.empty()) key_value("action", e.action, out, true);
        if (!e.comment.empty()) key_value("comment", e.comment, out, true);
        list("indicators", e.indicators, out);
        if (e.significant) out += "    significant: true\n";
    }
    for (const std::string& note : result.after) comment_lines(note, "  ", out);
    return out;
}

std::string write_chronology_json(const ChronologyHeader& header, const ImportResult& result) {
    nlohmann::ordered_json root;
    root["format"] = "imr-chronology/1";
    root["agency"] = header.agency;
    if (header.order == normalise::DateOrder::mdy) root["date_order"] = "mdy";
    root["entries"] = nlohmann::ordered_json::array();
    for (const ImportedEntry& e : result.entries) {
        nlohmann::ordered_json j;
        j["date"] = e.date;
        if (!e.time.empty()) j["time"] = e.time;
        if (!e.ref.empty()) j["ref"] = e.ref;
        if (!e.type.empty()) j["type"] = e.type;
        if (!e.parties.empty()) j["parties"] = e.parties;
        j["summary"] = e.summary;
        if (!e.action.empty()) j["action"] = e.action;
        if (!e.comment.empty()) j["comment"] = e.comment;
        if (!e.indicators.empty()) j["indicators"] = e.indicators;
        if (e.significant) j["significant"] = true;
        root["entries"].push_back(std::move(j));
    }
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace imr::import
