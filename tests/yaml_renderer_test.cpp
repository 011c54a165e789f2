#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/renderer.hpp"
#include "render_fixture.hpp"
#include "support/yaml_to_json.hpp"

namespace {
using nlohmann::json;

TEST(YamlRenderer, HoldsExactlyTheJsonObject) {
    const auto merged = imr::test::hostile_chronology();
    std::ostringstream yaml, js;
    imr::render::render_yaml(merged, yaml);
    imr::render::render_json(merged, js);
    EXPECT_EQ(imr::test::yaml_to_json(YAML::Load(yaml.str())), json::parse(js.str())) << yaml.str();
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
