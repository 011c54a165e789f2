#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `unreceived-share` rule of spec section 6 (the rationale heads unreceived_share_rule.cpp).
std::unique_ptr<GapRule> make_unreceived_share_rule();

}  // namespace imr::analyse
