#include "app/validate_command.hpp"

#include <sstream>

#include "app/exit_code.hpp"
#include "app/report_output.hpp"
#include "app/review_session.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {
namespace {

std::optional<render::DiagnosticsFormat> format_for_extension(const std::string& extension) {
    if (extension == "txt" || extension == "text") return render::DiagnosticsFormat::text;
    if (extension == "json") return render::DiagnosticsFormat::json;
    if (extension == "xml" || extension == "junit") return render::DiagnosticsFormat::junit;
    if (extension == "sarif") return render::DiagnosticsFormat::sarif;
    return std::nullopt;
}

}  // namespace

int run_validate(const ValidateOptions& options, std::ostream& out, std::ostream& err) {
    auto format = options.format;
    if (!format && format_from_extension(options.output)) {
        format = format_for_extension(output_extension(options.output));
        if (!format)
            return unknown_output_extension(options.output, "validate",
                                            ".txt, .json, .xml (JUnit) or .sarif", err);
    }
    ReviewSession session =
        open_review(options.paths, false, reading_around(options.read, options.output));
    model::Diagnostics& diagnostics = session.merged.diagnostics;
    if (options.strict) make_warnings_errors(diagnostics);
    std::ostringstream report;
    render::render_diagnostics(diagnostics,
                               {session.input.files, session.entry_count(), session.input_files()},
                               format.value_or(render::DiagnosticsFormat::text),
                               to_standard_output(options.output) ? out : report,
                               options.colour && to_standard_output(options.output));
    if (!to_standard_output(options.output)) {
        if (overwrites_an_input(options.output, session.input_files(), err)) return k_exit_usage;
        if (int written = write_output(options.output, report.str(), out, err);
            written != k_exit_ok)
            return written;
    }
    if (session.unreadable()) return k_exit_io;
    return model::has_errors(diagnostics) ? k_exit_input : k_exit_ok;
}

}  // namespace imr::app
