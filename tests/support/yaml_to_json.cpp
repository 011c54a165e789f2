#include "support/yaml_to_json.hpp"

#include <regex>
#include <stdexcept>
#include <string>

namespace imr::test {
namespace {

nlohmann::json plain_scalar(const std::string& s) {
    static const std::regex int_re(R"([-+]?[0-9]+)");
    static const std::regex float_re(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    if (s == "null" || s == "Null" || s == "NULL" || s == "~" || s.empty()) return nullptr;
    if (std::regex_match(s, int_re)) {
        try {
            return std::stoll(s);
        } catch (const std::out_of_range&) {
            return std::stod(s);
        }
    }
    if (std::regex_match(s, float_re)) return std::stod(s);
    return s;
}

}  // namespace

nlohmann::json yaml_to_json(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return nullptr;
        case YAML::NodeType::Scalar: {
            const std::string& tag = node.Tag();
            // "!" marks a quoted (non-plain) scalar; an explicit !!str stays a string too.
            if (tag == "!" || tag == "tag:yaml.org,2002:str") return node.Scalar();
            return plain_scalar(node.Scalar());
        }
        case YAML::NodeType::Sequence: {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& item : node) out.push_back(yaml_to_json(item));
            return out;
        }
        case YAML::NodeType::Map: {
            nlohmann::json out = nlohmann::json::object();
            for (const auto& kv : node) out[kv.first.as<std::string>()] = yaml_to_json(kv.second);
            return out;
        }
    }
    return nullptr;
}

}  // namespace imr::test
