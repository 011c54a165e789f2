#pragma once

#include <string>
#include <vector>

#include "model/name.hpp"

namespace imr::model {

// Where something stands in an input file. Line and column are 1-based; 0 means unknown.
struct SourceLoc {
    Name file;
    int line = 0;
    int column = 0;

    friend bool operator==(const SourceLoc&, const SourceLoc&) = default;
};

// A note (1.1) tells what was left out on purpose (a file imr wrote itself, a subfolder);
// it never fails a run, not even with --strict.
enum class Severity { error, warning, note };

// "error", "warning" or "note".
const char* to_string(Severity severity);

// One problem found in the input. The library never prints: it collects these.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;  // stable: unknown-key, bad-date, missing-field, ...
    SourceLoc loc;
    std::string message;  // what is wrong, for a non-programmer
    std::string hint;     // how to fix it; may be empty

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

// Sorts by file, line, column, then code and message, so reports are deterministic.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace imr::model
