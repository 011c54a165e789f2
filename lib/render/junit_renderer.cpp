// `imr validate --format junit`: JUnit XML as GitLab (artifacts:reports:junit) and
// Jenkins (junit step) read it. Each file checked is one test case, so a CI page lists
// every IMR file and shows the failing ones with their problems.
#include "render/junit_renderer.hpp"

#include <algorithm>
#include <map>
#include <ostream>

#include "render/diagnostics_renderer.hpp"
#include "render/markup.hpp"

namespace imr::render {
namespace {

// Diagnostics without a file (none today) still need a test case.
constexpr const char* k_no_file = "(review)";

std::string location(const model::Diagnostic& d) {
    std::string at = d.loc.file.empty() ? std::string(k_no_file) : d.loc.file.str();
    if (d.loc.line > 0) at += ":" + std::to_string(d.loc.line);
    if (d.loc.column > 0) at += ":" + std::to_string(d.loc.column);
    return at;
}

std::string line_of(const model::Diagnostic& d) {
    std::string text = location(d) + ": " + model::to_string(d.severity) + ": " + d.message;
    if (!d.hint.empty()) text += " (" + d.hint + ")";
    return text + " [" + d.code + "]";
}

}  // namespace

void render_junit(const model::Diagnostics& diagnostics, const CheckTotals& totals,
                  std::ostream& out) {
    std::vector<std::string> files = totals.paths;
    std::map<std::string, std::vector<const model::Diagnostic*>> by_file;
    for (const auto& d : diagnostics) {
        const std::string file = d.loc.file.empty() ? k_no_file : d.loc.file;
        if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
        by_file[file].push_back(&d);
    }
    std::stable_sort(files.begin() + static_cast<std::ptrdiff_t>(totals.paths.size()), files.end());
    int failures = 0;
    for (const auto& file : files) {
        const auto& list = by_file[file];
        failures += std::any_of(list.begin(), list.end(), [](const auto* d) {
            return d->severity == model::Severity::error;
        });
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"imr validate\" tests=\"" << files.size() << "\" failures=\""
        << failures << "\" errors=\"0\">\n"
        << "  <testsuite name=\"imr validate\" tests=\"" << files.size() << "\" failures=\""
        << failures << "\" errors=\"0\" skipped=\"0\">\n";
    for (const auto& file : files) {
        out << "    <testcase classname=\"imr.validate\" name=\"" << escape_markup(file)
            << "\" file=\"" << escape_markup(file) << "\"";
        const auto& list = by_file[file];
        if (list.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        std::vector<const model::Diagnostic*> errors, warnings;
        for (const auto* d : list)
            (d->severity == model::Severity::error ? errors : warnings).push_back(d);
        if (!errors.empty()) {
            std::string message = line_of(*errors.front());
            if (errors.size() > 1)
                message += " (and " + std::to_string(errors.size() - 1) + " more)";
            out << "      <failure type=\"" << escape_markup(errors.front()->code)
                << "\" message=\"" << escape_markup(message) << "\">";
            for (const auto* d : errors) out << escape_markup(line_of(*d)) << "\n";
            out << "</failure>\n";
        }
        if (!warnings.empty()) {
            out << "      <system-out>";
            for (const auto* d : warnings) out << escape_markup(line_of(*d)) << "\n";
            out << "</system-out>\n";
        }
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace imr::render
