#pragma once

#include <ostream>

#include "model/diagnostic.hpp"

namespace imr::render {

// SARIF 2.1.0: one run of tool `imr` whose rules are the diagnostic codes found, and one
// result per diagnostic with its level, message and physical location.
void render_sarif(const model::Diagnostics& diagnostics, std::ostream& out);

}  // namespace imr::render
