#pragma once

#include <string>

#include "load/source_node.hpp"
#include "model/diagnostic.hpp"
#include "model/review_register.hpp"

namespace imr::load {

// The `format` value of a version 1 review register.
inline constexpr const char* k_review_format = "imr-review/1";

// Interprets a parsed review.yaml (spec section 4). Every problem becomes a diagnostic,
// including names that two parties or two agencies both claim. Never throws.
model::ReviewRegister read_register(const SourceNode& root, const std::string& path,
                                    model::Diagnostics& diagnostics);

}  // namespace imr::load
