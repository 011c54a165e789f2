#pragma once

#include <expected>
#include <string_view>

#include "model/date_value.hpp"
#include "normalise/date_normaliser.hpp"

namespace imr::normalise {

// Normalises a written time: 23:40, 2340, 2340hrs, 11.40pm, 11:40 pm, noon, midnight.
// Seconds, when written, must be valid (12:30:99 is a problem, not 12:30).
std::expected<model::TimeOfDay, DateProblem> normalise_time(std::string_view text);

}  // namespace imr::normalise
