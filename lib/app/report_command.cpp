#include "app/report_command.hpp"

#include <sstream>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "app/review_session.hpp"
#include "render/report_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    const bool to_stream = options.output.empty() || options.output == "-";  // "-": stdout
    load::ReadOptions read = options.read;
    if (!to_stream) read.own_outputs.push_back(options.output);  // never read back
    ReviewSession session = open_review(options.paths, options.redact, read);
    if (auto stop = report_input_problems(session, err,
                                          "no report written (fix them, then run report again)"))
        return *stop;
    if (!to_stream && util::same_file_as_any(options.output, session.input_files())) {
        err << "imr: error: '" << options.output << "' is one of the input files; "
            << "refusing to write over it (choose another -o path)\n";
        return k_exit_usage;
    }
    const analyse::GapContext context = analyse::make_gap_context(session.input, session.merged);
    const auto findings = analyse::analyse_gaps(session.merged, context);
    const auto matrix = analyse::knowledge_matrix(session.merged, context);
    std::ostringstream buffer;
    render::render_report(session.merged, findings, matrix, buffer);
    return output_exit_code(util::write_output(options.output, buffer.str(), out), options.output,
                            err);
}

}  // namespace imr::app
