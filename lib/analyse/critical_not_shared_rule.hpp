#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `critical-not-shared` rule of spec section 6 (the rationale heads
// critical_not_shared_rule.cpp).
std::unique_ptr<GapRule> make_critical_not_shared_rule();

}  // namespace imr::analyse
