#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/renderer.hpp"
#include "render_fixture.hpp"

namespace {
using nlohmann::json;

// YAML as read by yaml-cpp, as JSON values: quoted or non-plain scalars stay strings.
json to_json(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return nullptr;
        case YAML::NodeType::Sequence: {
            json list = json::array();
            for (const auto& item : node) list.push_back(to_json(item));
            return list;
        }
        case YAML::NodeType::Map: {
            json map = json::object();
            for (const auto& kv : node) map[kv.first.as<std::string>()] = to_json(kv.second);
            return map;
        }
        case YAML::NodeType::Scalar: {
            const std::string& text = node.Scalar();
            if (node.Tag() == "!") return text;  // quoted: a string whatever it looks like
            if (text == "true" || text == "false") return text == "true";
            if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos)
                return std::stoll(text);
            return text;
        }
    }
    return nullptr;
}

TEST(YamlRenderer, HoldsExactlyTheJsonObject) {
    const auto merged = imr::test::hostile_chronology();
    std::ostringstream yaml, js;
    imr::render::render_yaml(merged, yaml);
    imr::render::render_json(merged, js);
    EXPECT_EQ(to_json(YAML::Load(yaml.str())), json::parse(js.str())) << yaml.str();
}

TEST(YamlRenderer, QuotesTextsThatAYamlReaderWouldTakeForNumbersDatesOrBooleans) {
    const auto merged = imr::test::hostile_chronology();
    std::ostringstream yaml;
    imr::render::render_yaml(merged, yaml);
    const std::string text = yaml.str();
    EXPECT_NE(text.find("start: \"2013-08-02\""), std::string::npos) << text;
    EXPECT_NE(text.find("time: \"23:40\""), std::string::npos);
    EXPECT_NE(text.find("comment: |"), std::string::npos);  // line breaks kept as a block
}

}  // namespace
