#pragma once

#include <pugixml.hpp>

#include <expected>
#include <string>
#include <string_view>

#include "import/table.hpp"

namespace imr::import {

// Parses one XML part of an Office file with pugixml. A part that declares a DOCTYPE is
// refused (Office never writes one; it is how entity-expansion attacks begin), and so is
// malformed XML. `name` names the part in the problem.
std::expected<void, ReadProblem> parse_xml_part(pugi::xml_document& document, std::string_view xml,
                                                std::string_view name);

// The element's name without its namespace prefix: "w:tbl" -> "tbl".
std::string_view local_name(const pugi::xml_node& node);

// The attribute's value by its local name ("val" finds "w:val"), or nullptr.
const char* attribute(const pugi::xml_node& node, std::string_view local);

}  // namespace imr::import
