#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace imr::util {

// A report of work done in a long run, for a front end to draw (or ignore); the library
// never draws it. `done` of `total` steps of `stage` ("reading", "merging", "writing"),
// and how many entries have been read or handled so far.
struct ProgressStep {
    std::string_view stage;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
    std::uint64_t entries = 0;
};

// Called as work advances, from any thread but never from two at once. Empty: no reports.
using ProgressCallback = std::function<void(const ProgressStep&)>;

// Calls `progress` with `step` when it is set.
inline void report_progress(const ProgressCallback& progress, const ProgressStep& step) {
    if (progress) progress(step);
}

}  // namespace imr::util
