// The combined chronology as YAML: exactly the JSON object's shape (spec section 5),
// the same keys in the same order, written through yaml-cpp's emitter. Built from the
// JSON renderer's own output so that the two formats cannot drift apart.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ostream>
#include <sstream>

#include "render/json_values.hpp"
#include "render/renderer.hpp"
#include "util/text.hpp"

namespace imr::render {
namespace {

// A plain scalar that a YAML reader (1.1 or 1.2) would take for null, a boolean or a
// number must be quoted to stay a string: "9", "no", "null", "2013", "1e3", ".inf".
bool reads_as_non_string(const std::string& text) {
    static const char* const k_words[] = {"",  "~",  "null", "true", "false", "yes",   "no",  "y",
                                          "n", "on", "off",  ".inf", "-.inf", "+.inf", ".nan"};
    const std::string lowered = util::to_lower(text);
    if (std::find(std::begin(k_words), std::end(k_words), lowered) != std::end(k_words))
        return true;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    bool digit = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '_' && c != 'e' && c != 'E' && c != 'x' && c != 'o' && c != '+' &&
                 c != '-' && c != ':' && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
            return false;
        }
    }
    return digit;
}

void emit(const Json& value, YAML::Emitter& out) {
    switch (value.type()) {
        case Json::value_t::null:
            out << YAML::Null;
            return;
        case Json::value_t::boolean:
            out << value.get<bool>();
            return;
        case Json::value_t::number_integer:
            out << value.get<std::int64_t>();
            return;
        case Json::value_t::number_unsigned:
            out << value.get<std::uint64_t>();
            return;
        case Json::value_t::number_float:
            out << value.dump();
            return;
        case Json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            if (text.find('\n') != std::string::npos)
                out << YAML::Literal;
            else if (reads_as_non_string(text))
                out << YAML::DoubleQuoted;
            out << text;
            return;
        }
        case Json::value_t::array:
            out << (value.empty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
            for (const auto& item : value) emit(item, out);
            out << YAML::EndSeq;
            return;
        case Json::value_t::object:
            out << (value.empty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
            for (const auto& [key, item] : value.items()) {
                out << YAML::Key << key << YAML::Value;
                emit(item, out);
            }
            out << YAML::EndMap;
            return;
        case Json::value_t::binary:
        case Json::value_t::discarded:
            out << YAML::Null;
            return;
    }
}

}  // namespace

void render_yaml(const merge::MergedChronology& merged, std::ostream& out) {
    std::ostringstream json;
    render_json(merged, json);
    YAML::Emitter emitter;
    emitter.SetIndent(2);
    emitter.SetSeqFormat(YAML::Block);
    emit(Json::parse(json.str()), emitter);
    out << emitter.c_str() << '\n';
}

}  // namespace imr::render
