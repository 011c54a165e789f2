#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `unshared-knowledge` rule of spec section 6 (the rationale heads
// unshared_knowledge_rule.cpp).
std::unique_ptr<GapRule> make_unshared_knowledge_rule();

}  // namespace imr::analyse
