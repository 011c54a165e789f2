#pragma once

#include <memory>

#include "analyse/gap_rule.hpp"

namespace imr::analyse {

// The `date-conflict` rule of spec section 6 (the rationale heads date_conflict_rule.cpp).
std::unique_ptr<GapRule> make_date_conflict_rule();

}  // namespace imr::analyse
