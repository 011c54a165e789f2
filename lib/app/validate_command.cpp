#include "app/validate_command.hpp"

#include "app/exit_code.hpp"
#include "app/review_session.hpp"

namespace imr::app {

int run_validate(const ValidateOptions& options, std::ostream& out) {
    ReviewSession session = open_review(options.paths, false, options.read);
    model::Diagnostics& diagnostics = session.merged.diagnostics;
    if (options.strict) make_warnings_errors(diagnostics);
    render::render_diagnostics(diagnostics,
                               {session.input.files, session.entry_count(), session.input_files()},
                               options.format, out, options.colour);
    if (session.unreadable()) return k_exit_io;
    return model::has_errors(diagnostics) ? k_exit_input : k_exit_ok;
}

}  // namespace imr::app
