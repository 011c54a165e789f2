#include "app/merge_command.hpp"

#include <sstream>

#include "app/exit_code.hpp"
#include "app/output_exit_code.hpp"
#include "app/report_output.hpp"
#include "app/review_session.hpp"
#include "render/docx_renderer.hpp"
#include "render/xlsx_renderer.hpp"
#include "util/atomic_file.hpp"
#include "util/thread_pool.hpp"

namespace imr::app {

int run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err) {
    const bool to_stream = to_standard_output(options.output);
    auto format = options.format;
    if (!format && format_from_extension(options.output)) {
        format = render::chronology_format_for_path(options.output);
        if (!format)
            return unknown_output_extension(
                options.output, "merge", ".md, .txt, .csv, .json, .yaml, .html, .xlsx, .docx", err);
    }
    if (!format)
        format = to_stream && options.is_terminal ? render::ChronologyFormat::text
                                                  : render::ChronologyFormat::md;
    if (to_stream && *format == render::ChronologyFormat::xlsx) {
        err << "imr: error: xlsx is a binary workbook and is not written to standard output "
               "(write it to a file: -o combined.xlsx)\n";
        return k_exit_usage;
    }
    if (*format == render::ChronologyFormat::docx &&
        refuses_word_to_terminal(options.output, options.is_terminal, "chronology.docx", err))
        return k_exit_usage;

    auto opened =
        open_review_for(options, "no chronology written (fix them, then merge again)", err);
    if (!opened) return opened.error();
    ReviewSession& session = *opened;
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
    if (overwrites_an_input(options.output, session.input_files(), err)) return k_exit_usage;
    if (*format == render::ChronologyFormat::csv) {
        // A CSV file has one header row and no room for a notice: say it here instead.
        if (auto notice = render::private_names_notice(session.merged); !notice.empty()) {
            err << "imr: warning: " << notice << " (the CSV file itself carries no notice)\n";
        }
    }
    const auto entries = static_cast<std::uint64_t>(session.merged.entries.size());
    util::report_progress(options.read.progress, {"writing", 0, 1, entries});
    if (*format == render::ChronologyFormat::docx) {
        auto document = render::chronology_docx(session.merged);
        if (!document) {
            err << "imr: error: cannot build the Word document: " << document.error() << "\n";
            return k_exit_io;
        }
        return write_output(options.output, *document, out, err);
    }
    if (to_stream) {
        render::render_chronology(
            session.merged, *format, out,
            {options.is_terminal ? options.width : 100, util::resolve_jobs(options.read.jobs)});
        return stream_exit_code(out, err);
    }
    std::expected<void, util::OutputError> written;
    if (*format == render::ChronologyFormat::xlsx) {
        written = util::write_output_file(options.output, [&](const std::string& temp) {
            return render::write_xlsx(session.merged, temp);
        });
    } else {
        std::ostringstream buffer;
        render::render_chronology(session.merged, *format, buffer,
                                  {100, util::resolve_jobs(options.read.jobs)});
        written = util::write_output(options.output, buffer.str(), out);
    }
    return output_exit_code(written, options.output, err);
}

}  // namespace imr::app
