#include "model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace imr::model {

const char* to_string(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "note";
    }
    return "error";
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(Diagnostics& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.loc.file, a.loc.line, a.loc.column, a.code, a.message) <
                                std::tie(b.loc.file, b.loc.line, b.loc.column, b.code, b.message);
                     });
}

}  // namespace imr::model
