#include "app/report_command.hpp"

#include <unistd.h>

#include <iostream>
#include <sstream>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "app/report_output.hpp"
#include "app/review_session.hpp"
#include "render/docx_renderer.hpp"
#include "render/report_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    std::string format = options.format;
    if (format.empty() && format_from_extension(options.output)) {
        format = output_extension(options.output);
        if (format == "htm") format = "html";
        if (format != "html" && format != "docx")
            return unknown_output_extension(options.output, "report", ".html or .docx", err);
    }
    if (format.empty()) format = "html";
    if (format == "docx" &&
        refuses_word_to_terminal(options.output, options.is_terminal, "pack.docx", err))
        return k_exit_usage;
    auto opened =
        open_review_for(options, "no report written (fix them, then run report again)", err);
    if (!opened) return opened.error();
    ReviewSession& session = *opened;
    if (overwrites_an_input(options.output, session.input_files(), err)) return k_exit_usage;
    const analyse::GapContext context = analyse::make_gap_context(session.input, session.merged);
    const auto findings = analyse::analyse_gaps(session.merged, context);
    const auto matrix = analyse::knowledge_matrix(session.merged, context);
    if (format == "docx") {
        auto document = render::report_docx(session.merged, findings, matrix);
        if (!document) {
            err << "imr: error: cannot build the Word document: " << document.error() << "\n";
            return k_exit_io;
        }
        return write_output(options.output, *document, out, err);
    }
    std::ostringstream buffer;
    render::render_report(session.merged, findings, matrix, buffer);
    return write_output(options.output, buffer.str(), out, err);
}

}  // namespace imr::app
