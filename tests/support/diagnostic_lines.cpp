// The one way error tests write a diagnostic down, shared by the reader tests.
#include "support/diagnostic_lines.hpp"

namespace imr::test {

std::string show(const model::Diagnostic& d) {
    return std::string(model::to_string(d.severity)) + " " + d.code + " " + d.loc.file + ":" +
           std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
           " [" + d.hint + "]";
}

std::vector<std::string> shown(const model::Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) out.push_back(show(d));
    return out;
}

std::string kind_and_file(const model::Diagnostic& d) {
    return std::string(model::to_string(d.severity)) + " " + d.code + " " + d.loc.file;
}

std::vector<std::string> kinds_and_files(const model::Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) out.push_back(kind_and_file(d));
    return out;
}

}  // namespace imr::test
