#pragma once

#include <string>
#include <string_view>

#include "model/chronology.hpp"
#include "model/review_register.hpp"
#include "support/source_tree_checks.hpp"

namespace imr::test {

// A review register written as YAML (which must parse: the test fails if not), read as
// the loader reads `file`, with every diagnostic.
ReadResult<model::ReviewRegister> read_register_yaml(std::string_view yaml,
                                                     const std::string& file);

// A chronology written as YAML (which must parse), read as the loader reads `file`, with
// every diagnostic.
ReadResult<model::Chronology> read_chronology_yaml(std::string_view yaml, const std::string& file);

}  // namespace imr::test
