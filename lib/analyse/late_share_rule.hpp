#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `late-share` rule of spec section 6 (the rationale heads late_share_rule.cpp).
std::unique_ptr<GapRule> make_late_share_rule();

}  // namespace imr::analyse
