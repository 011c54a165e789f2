#include "render/diagnostics_renderer.hpp"

#include "render/ansi_style.hpp"
#include "render/json_values.hpp"
#include "render/junit_renderer.hpp"
#include "render/sarif_renderer.hpp"
#include "util/text.hpp"
#include "util/text_safety.hpp"

namespace imr::render {
namespace {

std::string count(int n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// GitHub workflow commands: data escapes %, CR and LF; properties also ':' and ','.
std::string github_escape(std::string_view text, bool property) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void render_github(const model::Diagnostic& d, std::ostream& out) {
    out << "::" << model::to_string(d.severity)
        << " file=" << github_escape(util::printable(d.loc.file.str(), true), true);
    if (d.loc.line > 0) out << ",line=" << d.loc.line;
    if (d.loc.column > 0) out << ",col=" << d.loc.column;
    out << ",title=" << github_escape("imr " + d.code, true)
        << "::" << github_escape(util::printable(d.message, true), false);
    if (!d.hint.empty()) out << github_escape(" (" + util::printable(d.hint, true) + ")", false);
    out << '\n';
}

}  // namespace

std::optional<DiagnosticsFormat> diagnostics_format(std::string_view name) {
    const std::string lowered = util::to_lower(name);
    if (lowered == "text") return DiagnosticsFormat::text;
    if (lowered == "json") return DiagnosticsFormat::json;
    if (lowered == "github") return DiagnosticsFormat::github;
    if (lowered == "junit") return DiagnosticsFormat::junit;
    if (lowered == "sarif") return DiagnosticsFormat::sarif;
    return std::nullopt;
}

void render_diagnostic_line(const model::Diagnostic& d, std::ostream& out, bool colour) {
    const AnsiStyle severity =
        d.severity == model::Severity::error ? AnsiStyle::red : AnsiStyle::yellow;
    out << "imr: " << paint(std::string(model::to_string(d.severity)) + ":", severity, colour)
        << ' ';
    if (!d.loc.file.empty()) {
        std::string place = util::printable(d.loc.file.str());
        if (d.loc.line > 0) place += ':' + std::to_string(d.loc.line);
        if (d.loc.column > 0) place += ':' + std::to_string(d.loc.column);
        out << paint(place + ":", AnsiStyle::bold, colour) << ' ';
    }
    // A file name or a value quoted in a message is shown safely (1.1).
    out << util::printable(d.message);
    if (!d.hint.empty()) out << " (" << util::printable(d.hint) << ")";
    out << ' ' << paint("[" + d.code + "]", AnsiStyle::dim, colour) << '\n';
}

void render_diagnostics(const model::Diagnostics& diagnostics, const CheckTotals& totals,
                        DiagnosticsFormat format, std::ostream& out, bool colour) {
    switch (format) {
        case DiagnosticsFormat::text: {
            int errors = 0;
            int notes = 0;
            for (const auto& d : diagnostics) {
                render_diagnostic_line(d, out, colour);
                errors += d.severity == model::Severity::error ? 1 : 0;
                notes += d.severity == model::Severity::note ? 1 : 0;
            }
            const int warnings = static_cast<int>(diagnostics.size()) - errors - notes;
            out << "imr: checked " << count(totals.files, "file", "files") << " with "
                << count(totals.entries, "entry", "entries") << ": ";
            if (diagnostics.empty()) {
                out << "no problems\n";
            } else {
                out << count(errors, "error", "errors") << ", "
                    << count(warnings, "warning", "warnings");
                if (notes > 0) out << ", " << count(notes, "note", "notes");
                out << "\n";
            }
            return;
        }
        case DiagnosticsFormat::json: {
            Json root;
            root["files"] = totals.files;
            root["entries"] = totals.entries;
            Json list = Json::array();
            for (const auto& d : diagnostics) list.push_back(diagnostic_json(d));
            root["diagnostics"] = std::move(list);
            write_json(root, out);
            return;
        }
        case DiagnosticsFormat::github:
            for (const auto& d : diagnostics) render_github(d, out);
            return;
        case DiagnosticsFormat::junit:
            render_junit(diagnostics, totals, out);
            return;
        case DiagnosticsFormat::sarif:
            render_sarif(diagnostics, out);
            return;
    }
}

}  // namespace imr::render
