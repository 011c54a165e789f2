#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "model/diagnostic.hpp"

namespace imr::render {

// How `imr validate` reports: for people, for programs, or as GitHub annotations.
enum class DiagnosticsFormat { text, json, github };

// The format named `name` ("text", "json", "github"), if any.
std::optional<DiagnosticsFormat> diagnostics_format(std::string_view name);

// What was checked, for the report's totals.
struct CheckTotals {
    int files = 0;
    int entries = 0;
};

// One line per diagnostic: `imr: error: police.yaml:14:11: message (hint) [code]`.
void render_diagnostic_line(const model::Diagnostic& diagnostic, std::ostream& out);

// The whole report: text lines and a closing count; JSON
// {"files", "entries", "diagnostics"} (spec section 7); or GitHub workflow commands
// (`::error file=…,line=…,col=…,title=…::…`).
void render_diagnostics(const model::Diagnostics& diagnostics, const CheckTotals& totals,
                        DiagnosticsFormat format, std::ostream& out);

}  // namespace imr::render
