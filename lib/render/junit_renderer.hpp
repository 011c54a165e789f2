#pragma once

#include <ostream>

#include "model/diagnostic.hpp"
#include "render/diagnostics_renderer.hpp"

namespace imr::render {

// JUnit XML: one test case per file (every path of `totals`, and any other file a
// diagnostic names), failing with every error as `file:line:column: message [code]`;
// warnings go to the test case's system-out.
void render_junit(const model::Diagnostics& diagnostics, const CheckTotals& totals,
                  std::ostream& out);

}  // namespace imr::render
