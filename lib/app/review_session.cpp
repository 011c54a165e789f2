#include "app/review_session.hpp"

#include <algorithm>

#include "app/exit_code.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "merge/redactor.hpp"
#include "render/diagnostics_renderer.hpp"
#include "util/thread_pool.hpp"

namespace imr::app {

std::vector<std::string> ReviewSession::input_files() const {
    std::vector<std::string> files;
    if (input.review_register) files.push_back(input.review_register->path);
    for (const auto& chronology : input.chronologies) files.push_back(chronology.path);
    return files;
}

bool ReviewSession::unreadable() const {
    return std::any_of(merged.diagnostics.begin(), merged.diagnostics.end(),
                       [](const model::Diagnostic& d) { return d.code == load::k_unreadable; });
}

int ReviewSession::entry_count() const {
    int n = 0;
    for (const auto& chronology : input.chronologies) n += chronology.entry_count;
    return n;
}

ReviewSession open_review(const std::vector<std::string>& paths, bool redact,
                          const load::ReadOptions& read) {
    ReviewSession session;
    model::ReviewInput input = load::load_review(paths, read);
    session.input = model::without_entries(input);
    util::report_progress(read.progress,
                          {"merging", 0, 1, static_cast<std::uint64_t>(session.entry_count())});
    session.merged = merge::merge_review(std::move(input), util::resolve_jobs(read.jobs));
    if (redact) {
        if (session.input.review_register) {
            merge::redact(session.merged, *session.input.review_register);
        } else {
            session.merged.redacted = true;  // no register, so no private names to find
        }
    }
    return session;
}

std::optional<int> report_input_problems(const ReviewSession& session, std::ostream& err,
                                         std::string_view refused, bool colour) {
    int errors = 0;
    for (const auto& d : session.merged.diagnostics) {
        render::render_diagnostic_line(d, err, colour);
        errors += d.severity == model::Severity::error ? 1 : 0;
    }
    if (session.unreadable()) return k_exit_io;
    if (errors > 0) {
        err << "imr: " << errors << (errors == 1 ? " error" : " errors")
            << " in the input: " << refused << "\n";
        return k_exit_input;
    }
    return std::nullopt;
}

void make_warnings_errors(model::Diagnostics& diagnostics) {
    for (auto& d : diagnostics) {
        if (d.severity == model::Severity::warning) d.severity = model::Severity::error;
    }
}

}  // namespace imr::app
