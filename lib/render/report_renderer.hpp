#pragma once

#include <ostream>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "merge/combined_chronology.hpp"

namespace imr::render {

// The panel pack of `imr report`: one self-contained HTML page with the information-sharing
// findings (ranked, each citing its entries with links into the chronology below), the
// who-knew-what matrix for each party, and the combined chronology's own page (timeline,
// filters and table) with its style, escaping and real-names notice. Deterministic.
void render_report(const merge::CombinedChronology& merged,
                   const std::vector<analyse::Finding>& findings,
                   const analyse::KnowledgeMatrix& matrix, std::ostream& out);

}  // namespace imr::render
