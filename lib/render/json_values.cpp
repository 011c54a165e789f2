#include "render/json_values.hpp"

#include <ostream>

namespace imr::render {

Json date_json(const model::DateValue& date) {
    Json j;
    j["text"] = date.text;
    j["start"] = model::iso_date(date.start);
    j["end"] = model::iso_date(date.end);
    j["precision"] = model::to_string(date.precision);
    j["approximate"] = date.approximate;
    j["edtf"] = date.edtf;
    return j;
}

Json diagnostic_json(const model::Diagnostic& d) {
    Json j;
    j["severity"] = model::to_string(d.severity);
    j["file"] = d.loc.file;
    j["line"] = d.loc.line > 0 ? Json(d.loc.line) : Json(nullptr);
    j["column"] = d.loc.column > 0 ? Json(d.loc.column) : Json(nullptr);
    j["code"] = d.code;
    j["message"] = d.message;
    j["hint"] = d.hint.empty() ? Json(nullptr) : Json(d.hint);
    return j;
}

void write_json(const Json& value, std::ostream& out) {
    out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace imr::render
