#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace imr::app {

// `imr dates [--mdy] [--format text|json] TEXT...`
struct DatesOptions {
    std::vector<std::string> texts;
    bool mdy = false;
    bool json = false;
};

// Shows how each written date normalises, for IMR authors checking their own dates.
// Returns 1 when any text is not a date.
int run_dates(const DatesOptions& options, std::ostream& out);

}  // namespace imr::app
