#include "app/report_command.hpp"

#include <sstream>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "app/exit_code.hpp"
#include "app/review_session.hpp"
#include "render/report_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    ReviewSession session = open_review(options.paths, options.redact, options.read);
    if (auto stop = report_input_problems(
            session, err, "no report written (fix them, then run report again)", options.colour))
        return *stop;
    if (!options.output.empty() && util::same_file_as_any(options.output, session.input_files())) {
        err << "imr: error: '" << options.output << "' is one of the input files; "
            << "refusing to write over it (choose another -o path)\n";
        return k_exit_usage;
    }
    const analyse::GapContext context = analyse::make_gap_context(session.input, session.merged);
    const auto findings = analyse::analyse_gaps(session.merged, context);
    const auto matrix = analyse::knowledge_matrix(session.merged, context);
    if (options.output.empty()) {
        render::render_report(session.merged, findings, matrix, out);
        return k_exit_ok;
    }
    std::ostringstream buffer;
    render::render_report(session.merged, findings, matrix, buffer);
    if (auto written = util::write_file_atomically(options.output, buffer.str()); !written) {
        err << "imr: error: cannot write '" << options.output << "': " << written.error() << "\n";
        return k_exit_io;
    }
    return k_exit_ok;
}

}  // namespace imr::app
