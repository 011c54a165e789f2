#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `partial-share` rule of spec section 6 (the rationale heads partial_share_rule.cpp).
std::unique_ptr<GapRule> make_partial_share_rule();

}  // namespace imr::analyse
