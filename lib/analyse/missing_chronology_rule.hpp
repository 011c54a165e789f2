#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `missing-chronology` rule of spec section 6 (the rationale heads
// missing_chronology_rule.cpp).
std::unique_ptr<GapRule> make_missing_chronology_rule();

}  // namespace imr::analyse
