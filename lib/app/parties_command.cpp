#include "app/parties_command.hpp"

#include "app/exit_code.hpp"
#include "app/review_session.hpp"
#include "normalise/name_usage.hpp"
#include "render/diagnostics_renderer.hpp"
#include "render/name_usage_renderer.hpp"

namespace imr::app {

int run_parties(const PartiesOptions& options, std::ostream& out, std::ostream& err) {
    const ReviewSession session = open_review(options.paths, false, options.read);
    for (const auto& d : session.merged.diagnostics) {
        // Errors, and (1.1) a register word the built-in vocabulary gives to another
        // indicator: how names resolve is what this command is for.
        if (d.severity == model::Severity::error || d.code == "indicator-collision")
            render::render_diagnostic_line(d, err, options.colour);
    }
    if (session.unreadable()) return k_exit_io;
    // The entries have moved into the merged chronology; each still carries what was written.
    const auto usage = normalise::collect_name_usage(session.input, [&](const auto& visit) {
        for (const auto& m : session.merged.entries) visit(m.entry, m.file);
    });
    if (options.json) {
        render::render_name_usage_json(usage, out);
    } else {
        render::render_name_usage_text(usage, out);
    }
    return k_exit_ok;
}

}  // namespace imr::app
