#include "app/merge_command.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "app/review_session.hpp"
#include "render/xlsx_renderer.hpp"
#include "util/atomic_file.hpp"

namespace imr::app {
namespace {

// Only the process's own standard output can be a terminal; a test's stream is not.
bool is_terminal(const std::ostream& out) {
    return &out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
}

int terminal_width() {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        if (const int n = std::atoi(columns); n > 0) return n;
    }
    return render::RenderOptions{}.width;
}

}  // namespace

int run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err) {
    const bool to_stream = options.output.empty() || options.output == "-";  // "-": stdout
    auto format = options.format;
    if (!format && !to_stream) format = render::chronology_format_for_path(options.output);
    if (!format)
        format = to_stream && is_terminal(out) ? render::ChronologyFormat::text
                                               : render::ChronologyFormat::md;
    if (to_stream && render::is_binary(*format)) {
        err << "imr: error: xlsx is a binary workbook and is not written to standard output "
               "(write it to a file: -o combined.xlsx)\n";
        return k_exit_usage;
    }

    load::ReadOptions read = options.read;
    if (!to_stream) read.own_outputs.push_back(options.output);  // never read back
    ReviewSession session = open_review(options.paths, options.redact, read);
    if (auto stop = report_input_problems(session, err,
                                          "no chronology written (fix them, then merge again)"))
        return *stop;
    if (!options.filter.empty()) {
        const auto& review_register = session.input.review_register;
        auto filter = merge::resolve_filter(options.filter, session.merged,
                                            review_register ? &*review_register : nullptr);
        if (!filter) {
            err << "imr: error: " << filter.error() << "\n";
            return k_exit_usage;
        }
        merge::apply_filter(*filter, session.merged);
    }
    if (!to_stream && util::same_file_as_any(options.output, session.input_files())) {
        err << "imr: error: '" << options.output << "' is one of the input files; "
            << "refusing to write over it (choose another -o path)\n";
        return k_exit_usage;
    }
    if (*format == render::ChronologyFormat::csv) {
        // A CSV file has one header row and no room for a notice: say it here instead.
        if (auto notice = render::private_names_notice(session.merged); !notice.empty()) {
            err << "imr: warning: " << notice << " (the CSV file itself carries no notice)\n";
        }
    }
    if (to_stream) {
        render::render_chronology(session.merged, *format, out,
                                  {is_terminal(out) ? terminal_width() : 100});
        return stream_exit_code(out, err);
    }
    std::expected<void, util::OutputError> written;
    if (render::is_binary(*format)) {
        written = util::write_output_file(options.output, [&](const std::string& temp) {
            return render::write_xlsx(session.merged, temp);
        });
    } else {
        std::ostringstream buffer;
        render::render_chronology(session.merged, *format, buffer);
        written = util::write_output(options.output, buffer.str(), out);
    }
    return output_exit_code(written, options.output, err);
}

}  // namespace imr::app
