#include "app/parties_command.hpp"

#include "app/exit_code.hpp"
#include "load/review_loader.hpp"
#include "normalise/name_usage.hpp"
#include "render/diagnostics_renderer.hpp"
#include "render/name_usage_renderer.hpp"

namespace imr::app {

int run_parties(const PartiesOptions& options, std::ostream& out, std::ostream& err) {
    const model::ReviewInput input = load::load_review(options.paths);
    bool unreadable = false;
    for (const auto& d : input.diagnostics) {
        // Errors, and (1.1) a register word the built-in vocabulary gives to another
        // indicator: how names resolve is what this command is for.
        if (d.severity == model::Severity::error || d.code == "indicator-collision")
            render::render_diagnostic_line(d, err);
        unreadable = unreadable || d.code == load::k_unreadable;
    }
    if (unreadable) return k_exit_io;
    const auto usage = normalise::collect_name_usage(input);
    if (options.json) {
        render::render_name_usage_json(usage, out);
    } else {
        render::render_name_usage_text(usage, out);
    }
    return k_exit_ok;
}

}  // namespace imr::app
