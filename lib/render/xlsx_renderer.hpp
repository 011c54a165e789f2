#pragma once

#include <expected>
#include <string>

#include "merge/combined_chronology.hpp"

namespace imr::render {

// Writes the combined chronology as an Excel workbook at `path` (libxlsxwriter writes
// only to a named file, so the caller picks a temporary path and renames it into
// place). Sheet "Chronology": the real-names notice and any filter above a frozen,
// filterable header row, one row per entry filled in its agency's colour, significant
// entries bold, long texts wrapped, dates as real Excel dates. Sheet "Agencies": each
// agency's entry count beside its colour. Sheet "Diagnostics": every problem found.
// Returns the reason when the file cannot be written.
std::expected<void, std::string> write_xlsx(const merge::CombinedChronology& merged,
                                            const std::string& path);

}  // namespace imr::render
