#include "app/gaps_command.hpp"

#include <algorithm>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "app/exit_code.hpp"
#include "app/review_session.hpp"

namespace imr::app {
namespace {

std::string rule_list() {
    std::string out;
    for (const auto& id : analyse::gap_rule_ids()) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

int run_gaps(const GapsOptions& options, std::ostream& out, std::ostream& err) {
    for (const auto& rule : options.rules) {
        if (analyse::is_gap_rule(rule)) continue;
        err << "imr: error: unknown rule '" << rule << "'";
        if (auto guess = analyse::nearest_gap_rule(rule))
            err << " (did you mean '" << *guess << "'?)";
        err << "; the rules are: " << rule_list() << "\n";
        return k_exit_usage;
    }
    ReviewSession session = open_review(options.paths, options.redact, options.read);
    if (auto stop = report_input_problems(
            session, err, "nothing analysed (fix them, then run gaps again)", options.colour))
        return *stop;
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
    render::render_findings(findings, session.merged.diagnostics, header, options.format, out,
                            options.colour_output);
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
