// The combined chronology as spec section 5's JSON object. Optional fields that the
// agency did not write are null, so every entry has the same keys.
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
    Json entries = Json::array();
    for (const auto& entry : merged.entries) entries.push_back(entry_json(entry));
    root["entries"] = std::move(entries);
    Json diagnostics = Json::array();
    for (const auto& d : merged.diagnostics) diagnostics.push_back(diagnostic_json(d));
    root["diagnostics"] = std::move(diagnostics);
    // Extensions to spec section 5's shape, after its keys.
    root["redacted"] = merged.redacted;
    const std::string notice = private_names_notice(merged);
    root["notice"] = text_or_null(notice);
    root["filter"] = text_or_null(merged.filter);
    write_json(root, out);
}

}  // namespace imr::render
