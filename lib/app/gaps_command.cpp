#include "app/gaps_command.hpp"

#include <algorithm>
#include <sstream>

#include "analyse/finding_explanation.hpp"
#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "app/exit_code.hpp"
#include "app/report_output.hpp"
#include "app/review_session.hpp"
#include "render/docx_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {
namespace {

std::string rule_list() {
    std::string out;
    for (const auto& id : analyse::gap_rule_ids()) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

int run_gaps(const GapsOptions& options, std::ostream& out, std::ostream& err) {
    auto format = options.format;
    if (!format && format_from_extension(options.output)) {
        const std::string extension = output_extension(options.output);
        format = render::findings_format(extension == "txt" ? "text" : extension);
        if (!format)
            return unknown_output_extension(options.output, "gaps",
                                            ".txt, .md, .json, .csv or .docx", err);
    }
    if (!format) format = render::FindingsFormat::text;
    for (const auto& rule : options.rules) {
        if (analyse::is_gap_rule(rule)) continue;
        err << "imr: error: unknown rule '" << rule << "'";
        if (auto guess = analyse::nearest_gap_rule(rule))
            err << " (did you mean '" << *guess << "'?)";
        err << "; the rules are: " << rule_list() << "\n";
        return k_exit_usage;
    }
    auto opened = open_review_for(options, "nothing analysed (fix them, then run gaps again)", err);
    if (!opened) return opened.error();
    ReviewSession& session = *opened;
    const analyse::GapContext context = analyse::make_gap_context(session.input, session.merged);
    const auto findings = analyse::analyse_gaps(session.merged, context, options.rules);
    render::FindingsHeader header{session.merged.review, {}};
    if (!options.rules.empty()) {
        // In the spec's order, once each, whatever order they were given in.
        for (const auto& id : analyse::gap_rule_ids()) {
            if (std::find(options.rules.begin(), options.rules.end(), id) != options.rules.end()) {
                header.rules.push_back(id);
            }
        }
    }
    if (overwrites_an_input(options.output, session.input_files(), err)) return k_exit_usage;
    std::string report;
    if (options.explain) {
        const std::size_t n = *options.explain;
        if (n == 0 || n > findings.size()) {
            err << "imr: error: there is no finding " << n << " (this review has "
                << findings.size() << (findings.size() == 1 ? " finding" : " findings")
                << "; number them as 'imr gaps' lists them)\n";
            return k_exit_usage;
        }
        if (*format == render::FindingsFormat::docx) {
            err << "imr: error: --explain writes text, md, json or csv, not a Word document "
                   "(choose another -o extension or --format)\n";
            return k_exit_usage;
        }
        std::ostringstream buffer;
        render::render_explanation(
            analyse::explain_finding(session.merged, context, findings[n - 1], n), *format, buffer);
        return write_output(options.output, buffer.str(), out, err);
    }
    if (*format == render::FindingsFormat::docx) {
        auto document = render::findings_docx(findings, header, session.merged);
        if (!document) {
            err << "imr: error: cannot build the Word document: " << document.error() << "\n";
            return k_exit_io;
        }
        report = std::move(*document);
    } else {
        std::ostringstream buffer;
        render::render_findings(findings, session.merged.diagnostics, header, *format, buffer,
                                options.colour_output && to_standard_output(options.output));
        report = buffer.str();
    }
    if (int written = write_output(options.output, report, out, err); written != k_exit_ok)
        return written;
    if (options.fail_on) {
        const bool failed =
            std::any_of(findings.begin(), findings.end(), [&](const analyse::Finding& f) {
                return analyse::at_least(f.severity, *options.fail_on);
            });
        if (failed) return k_exit_input;
    }
    return k_exit_ok;
}

}  // namespace imr::app
