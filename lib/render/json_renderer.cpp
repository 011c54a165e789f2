// The combined chronology as spec section 5's JSON object. Optional fields that the
// agency did not write are null, so every entry has the same keys.
#include <sstream>

#include "render/json_values.hpp"
#include "render/renderer.hpp"

namespace imr::render {
namespace {

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json shares_json(const std::vector<merge::ResolvedShare>& shares) {
    Json list = Json::array();
    for (const auto& share : shares) {
        Json j;
        j["agency"] = share.agency;
        j["date"] = model::iso_date(share.date.start);
        if (!share.about.empty()) j["about"] = share.about;
        if (!share.how.empty()) j["how"] = share.how;
        list.push_back(std::move(j));
    }
    return list;
}

Json score_json(const std::optional<std::string>& score) {
    if (!score) return nullptr;
    Json number = Json::parse(*score, nullptr, false);
    return number.is_number() ? number : Json(*score);
}

Json entry_json(const merge::MergedEntry& m) {
    const model::Entry& e = m.entry;
    Json j;
    j["seq"] = m.seq;
    j["agency"] = m.agency;
    j["date"] = date_json(e.date);
    j["time"] = e.time ? Json(model::to_string(*e.time)) : Json(nullptr);
    j["ref"] = text_or_null(e.ref);
    j["type"] = text_or_null(e.type);
    j["parties"] = m.parties;
    j["summary"] = e.summary;
    j["action"] = text_or_null(e.action);
    j["comment"] = text_or_null(e.comment);
    j["indicators"] = m.indicators;
    if (e.risk) {
        Json risk;
        risk["tool"] = text_or_null(e.risk->tool);
        risk["level"] = e.risk->level ? Json(model::to_string(*e.risk->level)) : Json(nullptr);
        risk["score"] = score_json(e.risk->score);
        risk["subject"] = text_or_null(m.risk_subject);
        j["risk"] = std::move(risk);
    } else {
        j["risk"] = nullptr;
    }
    j["shared_with"] = shares_json(m.shared_with);
    j["received_from"] = shares_json(m.received_from);
    j["significant"] = e.significant;
    j["event"] = m.event ? Json(*m.event) : Json(nullptr);
    j["source"] = Json{{"file", m.file}, {"line", e.loc.line}};
    return j;
}

}  // namespace

void render_json(const merge::MergedChronology& merged, std::ostream& out) {
    Json root;
    root["format"] = "imr-combined/1";  // so that `imr merge` can read it back (load/combined_reader)
    root["review"] = text_or_null(merged.review);
    root["agencies"] = merged.agencies;
    // The entries are written one at a time into their place in the document, so a big
    // chronology is never held as one JSON value (or one string) in memory: the bytes are
    // those write_json would give for the whole.
    root["entries"] = nullptr;
    Json diagnostics = Json::array();
    for (const auto& d : merged.diagnostics) diagnostics.push_back(diagnostic_json(d));
    root["diagnostics"] = std::move(diagnostics);
    // Extensions to spec section 5's shape, after its keys.
    root["redacted"] = merged.redacted;
    const std::string notice = private_names_notice(merged);
    root["notice"] = text_or_null(notice);
    root["filter"] = text_or_null(merged.filter);
    std::ostringstream whole;
    write_json(root, whole);
    const std::string text = whole.str();
    // The top-level key is the only one at two spaces' indent (strings hold no raw line breaks).
    const std::string key = "\n  \"entries\": null";
    const std::size_t at = text.find(key) + key.size() - 4;
    out.write(text.data(), static_cast<std::streamsize>(at));
    if (merged.entries.empty()) {
        out << "[]";
    } else {
        out << "[\n";
        std::string item;
        for (std::size_t i = 0; i < merged.entries.size(); ++i) {
            item = entry_json(merged.entries[i]).dump(2, ' ', false, Json::error_handler_t::replace);
            out << (i == 0 ? "    " : ",\n    ");
            // Indented two levels deeper, as inside the document.
            std::size_t from = 0;
            for (std::size_t nl = item.find('\n'); nl != std::string::npos; nl = item.find('\n', from)) {
                out.write(item.data() + from, static_cast<std::streamsize>(nl + 1 - from));
                out << "    ";
                from = nl + 1;
            }
            out.write(item.data() + from, static_cast<std::streamsize>(item.size() - from));
        }
        out << "\n  ]";
    }
    out.write(text.data() + at + 4, static_cast<std::streamsize>(text.size() - at - 4));
}

}  // namespace imr::render
