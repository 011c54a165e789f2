#include "app/merge_command.hpp"

#include <sstream>

#include "app/exit_code.hpp"
#include "app/review_session.hpp"
#include "render/diagnostics_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {

int run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err) {
    auto format = options.format;
    if (!format && !options.output.empty()) format = render::chronology_format_for_path(options.output);
    if (!format) format = render::ChronologyFormat::md;

    ReviewSession session = open_review(options.paths, options.redact);
    const auto& diagnostics = session.merged.diagnostics;
    int errors = 0;
    for (const auto& d : diagnostics) {
        render::render_diagnostic_line(d, err);
        errors += d.severity == model::Severity::error ? 1 : 0;
    }
    if (session.unreadable()) return k_exit_io;
    if (errors > 0) {
        err << "imr: " << errors << (errors == 1 ? " error" : " errors")
            << " in the input: no chronology written (fix them, then merge again)\n";
        return k_exit_input;
    }
    if (!options.output.empty() && util::same_file_as_any(options.output, session.input_files())) {
        err << "imr: error: '" << options.output << "' is one of the input files; "
            << "refusing to write over it (choose another -o path)\n";
        return k_exit_usage;
    }
    if (options.output.empty()) {
        render::render_chronology(session.merged, *format, out);
        return k_exit_ok;
    }
    std::ostringstream buffer;
    render::render_chronology(session.merged, *format, buffer);
    if (auto written = util::write_file_atomically(options.output, buffer.str()); !written) {
        err << "imr: error: cannot write '" << options.output << "': " << written.error() << "\n";
        return k_exit_io;
    }
    return k_exit_ok;
}

}  // namespace imr::app
