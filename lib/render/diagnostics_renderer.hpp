#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace imr::render {

// How `imr validate` reports: for people, for programs, as GitHub annotations, as JUnit
// XML (GitLab, Jenkins) or as SARIF 2.1.0 (code-scanning dashboards).
enum class DiagnosticsFormat { text, json, github, junit, sarif };

// The format named `name` ("text", "json", "github", "junit", "sarif"), if any.
std::optional<DiagnosticsFormat> diagnostics_format(std::string_view name);

// What was checked, for the report's totals.
struct CheckTotals {
    int files = 0;
    int entries = 0;
    std::vector<std::string> paths;  // the files read, as named in diagnostics (JUnit's test cases)
};

// One line per diagnostic: `imr: error: police.yaml:14:11: message (hint) [code]`; with
// `colour`, the severity in red or yellow and the place in bold (for a terminal).
void render_diagnostic_line(const model::Diagnostic& diagnostic, std::ostream& out,
                            bool colour = false);

// The whole report: text lines and a closing count; JSON
// {"files", "entries", "diagnostics"} (spec section 7); or GitHub workflow commands
// (`::error file=…,line=…,col=…,title=…::…`).
// `colour` paints the text format's lines as render_diagnostic_line does.
void render_diagnostics(const model::Diagnostics& diagnostics, const CheckTotals& totals,
                        DiagnosticsFormat format, std::ostream& out, bool colour = false);

}  // namespace imr::render
