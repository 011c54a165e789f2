// The combined chronology as YAML: exactly the JSON object's shape (spec section 5),
// the same keys in the same order; every text through the one scalar writer
// (yaml_scalar), so that it reads back exactly. Built from the
// JSON renderer's own output so that the two formats cannot drift apart.
#include "render/yaml_renderer.hpp"

#include <ostream>
#include <sstream>

#include "render/json_values.hpp"
#include "render/renderer.hpp"
#include "render/yaml_scalar.hpp"

namespace imr::render {
namespace {

// Writes `value` after a key (or a dash) whose column is `indent`. Scalars go on the same
// line; maps and lists on the lines below, two columns in, in yaml-cpp's block style.
void emit(const Json& value, int indent, bool after_dash, std::string& out);

void emit_scalar(const Json& value, int indent, bool after_dash, std::string& out) {
    switch (value.type()) {
        case Json::value_t::boolean:
            out += value.get<bool>() ? "true" : "false";
            break;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            out += value.dump();
            break;
        case Json::value_t::string:
            out += yaml_scalar(value.get_ref<const std::string&>(), {indent, !after_dash, 0});
            break;
        default:
            out += '~';
            break;
    }
    out += '\n';
}

void emit(const Json& value, int indent, bool after_dash, std::string& out) {
    const std::string pad(static_cast<std::size_t>(indent) + 2, ' ');
    if (value.is_array() && !value.empty()) {
        out += '\n';
        for (const auto& item : value) {
            out += pad;
            out += "- ";
            if (item.is_object() && !item.empty()) {
                bool first = true;
                for (const auto& [key, member] : item.items()) {
                    if (!first) out.append(static_cast<std::size_t>(indent) + 4, ' ');
                    first = false;
                    out += key;
                    out += ':';
                    if (!member.is_structured() || member.empty()) out += ' ';
                    emit(member, indent + 4, false, out);
                }
            } else {
                emit(item, indent + 2, true, out);
            }
        }
        return;
    }
    if (value.is_object() && !value.empty()) {
        out += '\n';
        for (const auto& [key, member] : value.items()) {
            out += pad;
            out += key;
            out += ':';
            if (!member.is_structured() || member.empty()) out += ' ';
            emit(member, indent + 2, false, out);
        }
        return;
    }
    if (value.is_array()) {
        out += "[]\n";
        return;
    }
    if (value.is_object()) {
        out += "{}\n";
        return;
    }
    emit_scalar(value, indent, after_dash, out);
}

}  // namespace

void render_yaml(const merge::CombinedChronology& merged, std::ostream& out) {
    std::ostringstream json;
    render_json(merged, json);
    const Json document = Json::parse(json.str());
    std::string text;
    for (const auto& [key, member] : document.items()) {
        text += key;
        text += ':';
        if (!member.is_structured() || member.empty()) text += ' ';
        emit(member, 0, false, text);
    }
    out << text;
}

}  // namespace imr::render
