#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `risk-divergence` rule of spec section 6 (the rationale heads risk_divergence_rule.cpp).
std::unique_ptr<GapRule> make_risk_divergence_rule();

}  // namespace imr::analyse
