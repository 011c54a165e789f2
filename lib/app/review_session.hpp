#pragma once

#include <expected>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/report_output.hpp"
#include "load/review_loader.hpp"
#include "merge/combined_chronology.hpp"
#include "model/review_register.hpp"

namespace imr::app {

// What every command that reads a review does first: load the paths and merge them,
// collecting every diagnostic. Commands then render, check or analyse the result.
struct ReviewSession {
    model::ReviewInput input;  // the review as read, without its entries (they are in merged)
    merge::CombinedChronology merged;

    // Every file that was read, for refusing to write over one.
    std::vector<std::string> input_files() const;

    // Whether any file could not be read (exit code 3).
    bool unreadable() const;

    // How many entries the files hold, readable or not.
    int entry_count() const;
};

// Loads and merges `paths`, reading files as `read` says (on `read.jobs` threads; the result
// never depends on their number); with `redact`, replaces every private name in everything the
// session will print (entries and diagnostics alike) with its party's id.
ReviewSession open_review(const std::vector<std::string>& paths, bool redact = false,
                          const load::ReadOptions& read = {});

// Prints the session's diagnostics to `err`, one a line. Returns the exit code to stop
// with when a file could not be read (3) or the input has errors (1, after a line saying
// how many and then `refused`, e.g. "nothing analysed (fix them, then run gaps again)");
// nothing when the command may go on.
// With `colour`, the lines are painted for a terminal.
std::optional<int> report_input_problems(const ReviewSession& session, std::ostream& err,
                                         std::string_view refused, bool colour = false);

// What a command that writes a report to `-o` does first: open_review of its `paths` with
// its `redact` and `read` (its own `output` never read back), then report_input_problems
// (`refused` and `colour` as there). Returns the session, or the exit code to stop with.
template <typename Options>
std::expected<ReviewSession, int> open_review_for(const Options& options, std::string_view refused,
                                                  std::ostream& err) {
    ReviewSession session =
        open_review(options.paths, options.redact, reading_around(options.read, options.output));
    if (auto stop = report_input_problems(session, err, refused, options.colour))
        return std::unexpected(*stop);
    return session;
}

// Turns every warning into an error (--strict).
void make_warnings_errors(model::Diagnostics& diagnostics);

}  // namespace imr::app
