#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/finding.hpp"
#include "analyse/finding_explanation.hpp"
#include "model/diagnostic.hpp"

namespace imr::render {

// The formats `imr gaps` writes its findings in; docx is built by findings_docx
// (render/docx_renderer.hpp), not by render_findings.
enum class FindingsFormat { text, md, json, csv, docx };

// The format named `name` ("text", "md", "markdown", "json", "csv", "docx"), if any.
std::optional<FindingsFormat> findings_format(std::string_view name);

// The findings counted by severity, as every report of them opens:
// "3 findings: 1 high, 1 medium, 1 low." (and "0 findings: 0 high, 0 medium, 0 low.").
std::string findings_totals(const std::vector<analyse::Finding>& findings);

// What the report says about itself besides its findings.
struct FindingsHeader {
    std::string review;              // may be empty
    std::vector<std::string> rules;  // the rules that ran, when not all of them
};

// Writes the findings in `format`, in the order given (analyse::sort_findings):
// text and Markdown for people (a count by severity, then each finding with its
// evidence), CSV with one row per finding, and spec section 6's JSON object
// {"findings": [...], "diagnostics": [...]} with null for what does not apply.
// Diagnostics appear only in the JSON (other formats leave them to stderr). With `colour`,
// text paints each severity for a terminal (high red, medium yellow, low cyan).
void render_findings(const std::vector<analyse::Finding>& findings,
                     const model::Diagnostics& diagnostics, const FindingsHeader& header,
                     FindingsFormat format, std::ostream& out, bool colour = false);

// (1.1) Writes one finding's knowledge path (`imr gaps --explain N`): the finding, who
// recorded what (file:line), which shares carried it and to whom, what the other agency
// knew, and why the rule fired. Text and Markdown for people; JSON {"finding": N, "rule",
// "message", "recorded": [{"text", "file", "line"}], "shares": [...], "lacked": [...],
// "why": [...]}; CSV one row per step (section, text, file, line).
void render_explanation(const analyse::FindingExplanation& explanation, FindingsFormat format,
                        std::ostream& out);

}  // namespace imr::render
