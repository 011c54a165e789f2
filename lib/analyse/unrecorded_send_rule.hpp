#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `unrecorded-send` rule of spec section 6 (the rationale heads unrecorded_send_rule.cpp).
std::unique_ptr<GapRule> make_unrecorded_send_rule();

}  // namespace imr::analyse
