// The findings of `imr gaps` for people (text, Markdown), spreadsheets (CSV) and programs
// (spec section 6's JSON). Every format carries every finding's evidence, so a panel can
// check each one against the chronologies by hand.
#include "render/findings_renderer.hpp"

#include <array>
#include <map>
#include <stdexcept>

#include "render/ansi_style.hpp"
#include "render/csv_row.hpp"
#include "render/json_values.hpp"
#include "render/markdown_text.hpp"
#include "util/text.hpp"

namespace imr::render {
namespace {

using analyse::Finding;
using analyse::FindingSeverity;

std::string iso(const std::optional<model::DayNumber>& day) {
    return day ? model::iso_date(*day) : std::string{};
}

std::string citation(const analyse::Evidence& e) { return e.file + ":" + std::to_string(e.line); }

// (1.1) "Police (domestic-abuse since 2013-08-02, police.yaml:12)"; items joined by "; ".
std::string known_by_text(const Finding& f) {
    std::string out;
    for (const auto& k : f.known_by) {
        out += (out.empty() ? "" : "; ") + k.agency + " (" + k.indicator + " since " +
               model::iso_date(k.since) + ", " + k.file + ":" + std::to_string(k.line) + ")";
    }
    return out;
}

std::string indicators_text(const Finding& f) {
    std::string out;
    for (const auto& x : f.indicators) out += (out.empty() ? "" : ", ") + x;
    return out;
}

// "3 findings: 1 high, 1 medium, 1 low.", or "0 findings."
std::string totals(const std::vector<Finding>& findings) {
    return findings.empty() ? "0 findings." : findings_totals(findings);
}

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// Who and what a finding concerns: "Northvale Constabulary → Northvale Probation Service · party D
// · stalking".
std::string subject_line(const Finding& f, std::string_view arrow) {
    std::string line = f.agency;
    if (f.other_agency) line += std::string(arrow) + *f.other_agency;
    if (f.party) line += " · party " + *f.party;
    if (f.indicator) line += " · " + *f.indicator;
    return line;
}

AnsiStyle severity_style(analyse::FindingSeverity severity) {
    switch (severity) {
        case analyse::FindingSeverity::high:
            return AnsiStyle::red;
        case analyse::FindingSeverity::medium:
            return AnsiStyle::yellow;
        case analyse::FindingSeverity::low:
            break;
    }
    return AnsiStyle::cyan;
}

void render_text(const std::vector<Finding>& findings, const FindingsHeader& header,
                 std::ostream& out, bool colour) {
    out << "Information-sharing gaps" << (header.review.empty() ? "" : ": " + header.review)
        << "\n";
    if (!header.rules.empty()) {
        out << "Rules run: ";
        for (std::size_t i = 0; i < header.rules.size(); ++i)
            out << (i ? ", " : "") << header.rules[i];
        out << "\n";
    }
    out << totals(findings) << "\n";
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        out << "\n"
            << i + 1 << ". "
            << paint(upper(analyse::to_string(f.severity)), severity_style(f.severity), colour)
            << "  " << f.rule;
        if (f.date) out << "  " << iso(f.date);
        out << "\n   " << subject_line(f, " -> ") << "\n   " << f.message << "\n";
        for (const auto& e : f.evidence) {
            out << "   evidence: " << citation(e) << " (" << e.agency << ", "
                << model::iso_date(e.date.start) << ")\n";
        }
    }
}

std::string cell(std::string_view text) { return markdown_one_line(text); }

void render_markdown(const std::vector<Finding>& findings, const FindingsHeader& header,
                     std::ostream& out) {
    out << "# Information-sharing gaps" << (header.review.empty() ? "" : ": " + cell(header.review))
        << "\n\n";
    if (!header.rules.empty()) {
        out << "Rules run: ";
        for (std::size_t i = 0; i < header.rules.size(); ++i)
            out << (i ? ", " : "") << "`" << header.rules[i] << "`";
        out << ".\n\n";
    }
    out << totals(findings) << "\n";
    if (findings.empty()) return;
    std::map<std::string, int> by_rule;
    for (const auto& f : findings) ++by_rule[f.rule];
    out << "\n| rule | findings |\n|---|---|\n";
    for (const auto& [rule, count] : by_rule) out << "| `" << rule << "` | " << count << " |\n";
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        out << "\n## " << i + 1 << ". " << analyse::to_string(f.severity) << " · `" << f.rule << "`"
            << (f.date ? " · " + iso(f.date) : std::string{}) << "\n\n";
        out << "**" << cell(subject_line(f, " → ")) << "**\n\n" << cell(f.message) << "\n\n";
        for (const auto& e : f.evidence) {
            out << "- `" << citation(e) << "` " << cell(e.agency) << ", "
                << model::iso_date(e.date.start) << "\n";
        }
        // (1.1) Everything the finding is about, when its message names more than one
        // indicator or agency.
        if (f.indicators.size() > 1) out << "\nIndicators: " << cell(indicators_text(f)) << "\n";
        if (!f.known_by.empty()) {
            out << "\nKnown by:\n\n";
            for (const auto& k : f.known_by) {
                out << "- " << cell(k.agency) << ": " << cell(k.indicator) << " since "
                    << model::iso_date(k.since) << " (`" << cell(k.file) << ":" << k.line << "`)\n";
            }
        }
    }
}

void render_csv(const std::vector<Finding>& findings, std::ostream& out) {
    out << k_csv_bom;
    write_csv_row({"severity", "rule", "date", "agency", "other_agency", "party", "indicator",
                   "message", "evidence", "indicators", "known_by"},
                  out);
    for (const auto& f : findings) {
        std::string evidence;
        for (const auto& e : f.evidence) evidence += (evidence.empty() ? "" : "; ") + citation(e);
        write_csv_row({analyse::to_string(f.severity), f.rule, iso(f.date), f.agency,
                       f.other_agency.value_or(""), f.party.value_or(""), f.indicator.value_or(""),
                       f.message, evidence, indicators_text(f), known_by_text(f)},
                      out);
    }
}

// One finding of "findings", written straight into `out` as write_json would write it
// there (its keys at six spaces): a big review has tens of thousands of findings, and
// building a JSON value for each was most of the time of writing them. findings JSON
// tests hold the bytes to nlohmann's.
class FindingWriter {
  public:
    explicit FindingWriter(std::string& out) : m_out(out) {}

    void write(const Finding& f) {
        m_out += "{\n";
        key(6, "rule", false);
        append_json_text(f.rule, m_out);
        key(6, "severity");
        append_json_text(analyse::to_string(f.severity), m_out);
        key(6, "agency");
        append_json_text(f.agency, m_out);
        key(6, "other_agency");
        text_or_null(f.other_agency);
        key(6, "party");
        text_or_null(f.party);
        key(6, "indicator");
        text_or_null(f.indicator);
        key(6, "date");
        text_or_null(f.date ? std::optional<std::string>(iso(f.date)) : std::nullopt);
        key(6, "message");
        append_json_text(f.message, m_out);
        key(6, "evidence");
        if (f.evidence.empty()) {
            m_out += "[]";
        } else {
            m_out += '[';
            for (std::size_t k = 0; k < f.evidence.size(); ++k) {
                const auto& e = f.evidence[k];
                m_out += k == 0 ? "\n        {\n" : ",\n        {\n";
                key(10, "file", false);
                append_json_text(e.file, m_out);
                key(10, "line");
                m_out += std::to_string(e.line);
                key(10, "agency");
                append_json_text(e.agency, m_out);
                key(10, "date");
                append_json_text(model::iso_date(e.date.start), m_out);
                m_out += "\n        }";
            }
            m_out += "\n      ]";
        }
        // (1.1) After the keys of 1.0, which keep their order.
        key(6, "indicators");
        if (f.indicators.empty()) {
            m_out += "[]";
        } else {
            m_out += '[';
            for (std::size_t k = 0; k < f.indicators.size(); ++k) {
                m_out += k == 0 ? "\n        " : ",\n        ";
                append_json_text(f.indicators[k], m_out);
            }
            m_out += "\n      ]";
        }
        key(6, "known_by");
        if (f.known_by.empty()) {
            m_out += "[]";
        } else {
            m_out += '[';
            for (std::size_t k = 0; k < f.known_by.size(); ++k) {
                const auto& item = f.known_by[k];
                m_out += k == 0 ? "\n        {\n" : ",\n        {\n";
                key(10, "agency", false);
                append_json_text(item.agency, m_out);
                key(10, "indicator");
                append_json_text(item.indicator, m_out);
                key(10, "since");
                append_json_text(model::iso_date(item.since), m_out);
                key(10, "evidence");
                m_out += "{\n";
                key(12, "file", false);
                append_json_text(item.file, m_out);
                key(12, "line");
                m_out += std::to_string(item.line);
                m_out += "\n          }";
                m_out += "\n        }";
            }
            m_out += "\n      ]";
        }
        m_out += "\n    }";
    }

  private:
    void key(int indent, std::string_view name, bool comma = true) {
        append_json_key(name, indent, comma, m_out);
    }

    void text_or_null(const std::optional<std::string>& text) {
        if (text) {
            append_json_text(*text, m_out);
        } else {
            m_out += "null";
        }
    }

    std::string& m_out;
};

// `value` as write_json would print it `depth` levels down: its own lines indented by
// two spaces a level (strings hold no raw line breaks, so every '\n' starts a line).
void append_nested(const Json& value, int depth, std::string& out) {
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
}

// The same bytes as building the whole document and calling write_json, one finding at a
// time: a big review has tens of thousands of findings, and their JSON tree cost more
// memory than the chronology itself.
void render_json(const std::vector<Finding>& findings, const model::Diagnostics& diagnostics,
                 std::ostream& out) {
    std::string buffer = "{\n  \"findings\": [";
    for (std::size_t i = 0; i < findings.size(); ++i) {
        buffer += i == 0 ? "\n    " : ",\n    ";
        FindingWriter(buffer).write(findings[i]);
        if (buffer.size() > (1U << 16)) {
            out << buffer;
            buffer.clear();
        }
    }
    buffer += findings.empty() ? "]" : "\n  ]";
    buffer += ",\n  \"diagnostics\": ";
    Json diags = Json::array();
    for (const auto& d : diagnostics) diags.push_back(diagnostic_json(d));
    append_nested(diags, 1, buffer);
    buffer += "\n}\n";
    out << buffer;
}

void render_explanation_text(const analyse::FindingExplanation& x, bool markdown,
                             std::ostream& out) {
    const Finding& f = x.finding;
    const auto text = [&](std::string_view t) { return markdown ? cell(t) : std::string(t); };
    const auto step = [&](const analyse::ExplanationStep& s) {
        out << (markdown ? "- " : "   ") << text(s.text);
        if (!s.file.empty())
            out << (markdown ? " (`" : " (") << text(s.file) << ":" << s.line
                << (markdown ? "`)" : ")");
        out << "\n";
    };
    const auto heading = [&](std::string_view h) {
        out << "\n" << (markdown ? "## " : "") << h << (markdown ? "\n\n" : ":\n");
    };
    out << (markdown ? "# " : "") << "Finding " << x.number << ": " << f.rule << " ("
        << analyse::to_string(f.severity) << ")" << (f.date ? ", " + iso(f.date) : std::string{})
        << "\n";
    out << (markdown ? "\n**" : "") << text(subject_line(f, markdown ? " → " : " -> "))
        << (markdown ? "**\n\n" : "\n") << text(f.message) << "\n";
    heading("Who recorded what");
    if (x.recorded.empty())
        out << (markdown ? "" : "   ") << "Nothing about the party's indicators.\n";
    for (const auto& s : x.recorded) step(s);
    heading("Shares that carried it");
    if (x.shares.empty()) out << (markdown ? "" : "   ") << "None.\n";
    for (const auto& s : x.shares) step(s);
    if (!x.lacked.empty()) {
        heading("What the other agency knew");
        for (const auto& l : x.lacked) step({l, {}, 0});
    }
    heading("Why the rule fired");
    for (const auto& w : x.why) step({w, {}, 0});
    heading("Evidence");
    for (const auto& e : f.evidence) {
        step({e.agency + ", " + model::iso_date(e.date.start), e.file, e.line});
    }
}

void render_explanation_json(const analyse::FindingExplanation& x, std::ostream& out) {
    const auto steps = [](const std::vector<analyse::ExplanationStep>& list) {
        Json a = Json::array();
        for (const auto& s : list)
            a.push_back(Json{{"text", s.text}, {"file", s.file}, {"line", s.line}});
        return a;
    };
    Json root;
    root["finding"] = x.number;
    root["rule"] = x.finding.rule;
    root["message"] = x.finding.message;
    root["recorded"] = steps(x.recorded);
    root["shares"] = steps(x.shares);
    root["lacked"] = x.lacked;
    root["why"] = x.why;
    write_json(root, out);
}

void render_explanation_csv(const analyse::FindingExplanation& x, std::ostream& out) {
    out << k_csv_bom;
    write_csv_row({"section", "text", "file", "line"}, out);
    for (const auto& s : x.recorded)
        write_csv_row({"recorded", s.text, s.file, std::to_string(s.line)}, out);
    for (const auto& s : x.shares)
        write_csv_row({"share", s.text, s.file, std::to_string(s.line)}, out);
    for (const auto& l : x.lacked) write_csv_row({"lacked", l, "", ""}, out);
    for (const auto& w : x.why) write_csv_row({"why", w, "", ""}, out);
    for (const auto& e : x.finding.evidence)
        write_csv_row({"evidence", e.agency, e.file, std::to_string(e.line)}, out);
}

}  // namespace

void render_explanation(const analyse::FindingExplanation& explanation, FindingsFormat format,
                        std::ostream& out) {
    switch (format) {
        case FindingsFormat::text:
        case FindingsFormat::docx:  // imr gaps refuses --explain to Word; text if asked here
            render_explanation_text(explanation, false, out);
            return;
        case FindingsFormat::md:
            render_explanation_text(explanation, true, out);
            return;
        case FindingsFormat::json:
            render_explanation_json(explanation, out);
            return;
        case FindingsFormat::csv:
            render_explanation_csv(explanation, out);
            return;
    }
}

std::string findings_totals(const std::vector<analyse::Finding>& findings) {
    std::array<int, 3> counts{};
    for (const auto& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
    return std::to_string(findings.size()) + (findings.size() == 1 ? " finding" : " findings") +
           ": " + std::to_string(counts[0]) + " high, " + std::to_string(counts[1]) + " medium, " +
           std::to_string(counts[2]) + " low.";
}

std::optional<FindingsFormat> findings_format(std::string_view name) {
    const std::string lowered = util::to_lower(name);
    if (lowered == "text") return FindingsFormat::text;
    if (lowered == "md" || lowered == "markdown") return FindingsFormat::md;
    if (lowered == "json") return FindingsFormat::json;
    if (lowered == "csv") return FindingsFormat::csv;
    if (lowered == "docx") return FindingsFormat::docx;
    return std::nullopt;
}

void render_findings(const std::vector<Finding>& findings, const model::Diagnostics& diagnostics,
                     const FindingsHeader& header, FindingsFormat format, std::ostream& out,
                     bool colour) {
    switch (format) {
        case FindingsFormat::text:
            render_text(findings, header, out, colour);
            return;
        case FindingsFormat::md:
            render_markdown(findings, header, out);
            return;
        case FindingsFormat::json:
            render_json(findings, diagnostics, out);
            return;
        case FindingsFormat::csv:
            render_csv(findings, out);
            return;
        case FindingsFormat::docx:
            throw std::logic_error("docx findings are built by findings_docx, not rendered");
    }
}

}  // namespace imr::render
