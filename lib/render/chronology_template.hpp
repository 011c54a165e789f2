#pragma once

#include <ostream>
#include <string>

#include "model/review_register.hpp"

namespace imr::render {

// Writes a ready-to-fill chronology for `agency` (YAML, spec section 2): the schema
// comment for editors, a comment on every field, the register's party ids, roles and
// aliases for reference (never private names), the indicator vocabulary, and one
// entry to fill in. `schema_path` is where the schema is, relative to the new file.
void write_chronology_template(const std::string& agency,
                               const model::ReviewRegister* review_register,
                               const std::string& schema_path, std::ostream& out);

}  // namespace imr::render
