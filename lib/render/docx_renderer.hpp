#pragma once

#include <expected>
#include <string>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "merge/combined_chronology.hpp"
#include "render/findings_renderer.hpp"

namespace imr::render {

// Word documents (spec section 5, 1.1). Each returns the .docx file's bytes
// (render/docx_package.hpp), or the reason it could not be built. Deterministic; every
// text passes through docx_escape; the real-names notice (or, after --redact, a line
// saying the copy is redacted) heads the document and its page header.

// The combined chronology for the overview report's appendix: A4 landscape, a title and
// the notice, one table (No. | Date | Time | Agency | Parties | What happened | Source)
// whose header row repeats on every page, each agency's rows in its palette fill,
// significant entries in bold, dates as written with their interval when uncertain, and
// event numbers.
std::expected<std::string, std::string> chronology_docx(const merge::CombinedChronology& merged);

// The findings of `imr gaps`: their count by severity and a table with each finding's
// severity, rule, date, agencies, party, indicator, message and evidence. A4 portrait.
std::expected<std::string, std::string> findings_docx(const std::vector<analyse::Finding>& findings,
                                                      const FindingsHeader& header,
                                                      const merge::CombinedChronology& merged);

// The panel pack of `imr report`: a contents list, the findings, who knew what (one
// table per party, split into groups of agencies when there are many) and the combined
// chronology, under Heading 1 and 2 so that Word's navigation pane lists them. A4
// landscape.
std::expected<std::string, std::string> report_docx(const merge::CombinedChronology& merged,
                                                    const std::vector<analyse::Finding>& findings,
                                                    const analyse::KnowledgeMatrix& matrix);

}  // namespace imr::render
