#pragma once

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

namespace imr::test {

// A YAML document as the JSON value an editor's YAML language server sees, by the YAML
// 1.2 core schema: a plain scalar that looks like a number, a boolean or null becomes
// one; a quoted scalar (or one tagged !!str) always stays a string. The one converter the
// schema and renderer tests share, so that they cannot disagree on typing.
nlohmann::json yaml_to_json(const YAML::Node& node);

}  // namespace imr::test
