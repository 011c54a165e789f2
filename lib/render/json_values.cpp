#include "render/json_values.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "util/utf8.hpp"

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

// A JSON string as nlohmann writes it (UTF-8 kept, control characters escaped);
// text that is not valid UTF-8 is left to nlohmann, which replaces the bad bytes.
void append_json_text(std::string_view value, std::string& out) {
    const bool ascii =
        std::none_of(value.begin(), value.end(), [](char c) { return (c & 0x80) != 0; });
    if (!ascii && util::find_invalid_utf8(value)) {
        out += Json(std::string(value)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
    out += '"';
    std::size_t run = 0;  // the start of the bytes copied as they are
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
        out.append(value.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            }
        }
    }
    out.append(value.substr(run));
    out += '"';
}

void append_json_key(std::string_view name, int indent, bool comma, std::string& out) {
    if (comma) out += ",\n";
    out.append(static_cast<std::size_t>(indent), ' ');
    out += '"';
    out += name;
    out += "\": ";
}

void write_json(const Json& value, std::ostream& out) {
    out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace imr::render
