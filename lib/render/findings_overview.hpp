#pragma once

#include <ostream>
#include <vector>

#include "analyse/finding.hpp"

namespace imr::render {

// The panel pack's way into a few hundred findings (HTML, for report_renderer).

// The overview: the findings counted by rule and severity, and a sender x recipient
// matrix of the sharing failures (the rules whose `agency` had, or sent, what
// `other_agency` did not get). Every count is a button that filters the findings table.
void write_findings_overview(const std::vector<analyse::Finding>& findings, std::ostream& out);

// The filters above the findings table (#finding-filters): rule, severity, agency,
// other agency, party and dates, as the chronology has.
void write_findings_filters(const std::vector<analyse::Finding>& findings, std::ostream& out);

// The data attributes of finding `f`'s table row that the filters read.
std::string finding_row_data(const analyse::Finding& f);

// The inline script that applies the filters and the overview's buttons.
const char* findings_filter_script();

}  // namespace imr::render
