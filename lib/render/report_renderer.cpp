// The panel pack: the gap findings and the who-knew-what matrix written into the HTML
// chronology page (html_page.hpp), so a panel has one confidential, offline file with the
// findings, the evidence they cite one click away, and every agency's own words.
#include "render/report_renderer.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "render/findings_overview.hpp"
#include "render/findings_renderer.hpp"
#include "render/html_page.hpp"
#include "render/knowledge_renderer.hpp"
#include "render/markup.hpp"

namespace imr::render {
namespace {

using analyse::Finding;

constexpr const char* k_report_style = R"css(
section.gaps, section.knowledge { margin: 1rem 0 1.5rem; }
table.findings td.severity { font-weight: 700; text-transform: uppercase; font-size: 0.85em; white-space: nowrap; }
table.findings tr.high td.severity { background: #fde0dc; }
table.findings tr.medium td.severity { background: #fff4ce; }
table.findings td.rule, table.findings td.date { white-space: nowrap; }
table.findings ul.evidence { margin: 0; padding-left: 1rem; font-size: 0.85em; }
.matrix { overflow-x: auto; }
table.matrix td { font-size: 0.85em; white-space: nowrap; }
table.matrix th[scope=row] { white-space: nowrap; }
.print-only { display: none; }
#findings-shown { font-weight: 600; margin-left: auto; }
.overview { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; margin: 0.5rem 0 1rem; }
.overview table { width: auto; }
.overview caption { text-align: left; font-weight: 600; padding: 0 0 0.25rem; }
.overview td { text-align: center; min-width: 2.5rem; }
.overview td.zero { background: #f7f7f7; }
.overview button.count { font: inherit; font-weight: 600; min-width: 2rem; padding: 0.1rem 0.4rem; color: #1b1b1b; background: #ffffff; border: 1px solid #767676; border-radius: 4px; cursor: pointer; }
table.senders th[scope=col] { font-size: 0.85em; max-width: 8rem; }
p.part { margin: 0.5rem 0 0.25rem; font-style: italic; break-after: avoid; }
@media screen and (max-width: 800px) {
  table.findings, table.findings tbody, table.findings tr, table.findings td { display: block; width: 100%; }
  table.findings thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.findings tr { margin: 0 0 0.75rem; border: 1px solid #c8c8c8; }
  table.findings tr[hidden] { display: none; }
  table.findings td { border: 0; border-top: 1px solid #e4e4e4; padding: 0.25rem 0.5rem; white-space: normal; }
  table.findings td:empty { display: none; }
  table.findings td:nth-child(1)::before { content: "Finding "; font-weight: 600; }
  table.findings td.seq { text-align: left; }
  table.findings td:nth-child(6)::before { content: "With: "; font-weight: 600; }
  table.findings td:nth-child(7)::before { content: "Party: "; font-weight: 600; }
  table.matrix td { white-space: normal; }
}
@media print {
  section.gaps, section.knowledge { margin: 0; break-after: page; }
  .overview { display: block; }
  .overview table { margin: 0 0 3mm; table-layout: auto; }
  .overview button.count { border: 0; padding: 0; font-weight: 400; }
  table.matrix td { line-height: 1.15; }
  .print-only { display: block; }
  table.findings th:nth-child(1) { width: 3%; }
  table.findings th:nth-child(2) { width: 7%; }
  table.findings th:nth-child(3) { width: 11%; }
  table.findings th:nth-child(4) { width: 8%; }
  table.findings th:nth-child(5) { width: 10%; }
  table.findings th:nth-child(6) { width: 10%; }
  table.findings th:nth-child(7) { width: 5%; }
  table.findings th:nth-child(8) { width: 32%; }
  table.findings th:nth-child(9) { width: 14%; }
  table.findings td.severity, table.findings ul.evidence, table.matrix td { font-size: 7.5pt; }
  table.findings td.rule, table.findings td.date, table.matrix td, table.matrix th[scope=row] { white-space: normal; }
  table.matrix { width: 100%; }
  table.matrix th:first-child { width: 16%; }
  .matrix { overflow: visible; }
}
)css";

// A who-knew-what table with more agencies than this is printed in parts of at most
// this many agencies each, the indicator column repeated, so that no column is cut off.
constexpr std::size_t k_print_agencies = 7;

// Where each cited entry is in the chronology table: "police.yaml:67" -> row id "e12".
std::map<std::string, int> rows_by_citation(const merge::CombinedChronology& merged) {
    std::map<std::string, int> rows;
    for (const auto& m : merged.entries)
        rows.emplace(m.file + ":" + std::to_string(m.entry.loc.line), m.seq);
    return rows;
}

std::string cite(const std::map<std::string, int>& rows, const std::string& file, int line) {
    const std::string citation = file + ":" + std::to_string(line);
    auto it = rows.find(citation);
    if (it == rows.end()) return escape_markup(citation);
    return "<a href=\"#e" + std::to_string(it->second) + "\">" + escape_markup(citation) + "</a>";
}

void write_findings(const std::vector<Finding>& findings, const std::map<std::string, int>& rows,
                    std::ostream& out) {
    out << "<section class=\"gaps\" id=\"gaps\" aria-label=\"Information-sharing "
           "gaps\">\n<h2>Information-sharing "
           "gaps</h2>\n<p class=\"summary\">"
        << findings_totals(findings)
        << " Each finding cites the entries it rests on; the links go to them in the chronology "
           "below.</p>\n";
    if (findings.empty()) {
        out << "</section>\n";
        return;
    }
    write_findings_overview(findings, out);
    write_findings_filters(findings, out);
    out << "<table class=\"findings\">\n<thead><tr><th scope=\"col\">#</th><th "
           "scope=\"col\">Severity</th>"
           "<th scope=\"col\">Rule</th><th scope=\"col\">Date</th><th scope=\"col\">Agency</th>"
           "<th scope=\"col\">Other agency</th><th scope=\"col\">Party</th><th "
           "scope=\"col\">Finding</th>"
           "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const char* severity = analyse::to_string(f.severity);
        out << "<tr class=\"" << severity << "\" id=\"f" << i + 1 << "\"" << finding_row_data(f)
            << "><td class=\"seq\">" << i + 1 << "</td><td class=\"severity\">" << severity
            << "</td><td class=\"rule\">" << escape_markup(f.rule) << "</td><td class=\"date\">"
            << (f.date ? model::iso_date(*f.date) : std::string{}) << "</td><td>"
            << escape_markup(f.agency) << "</td><td>" << escape_markup(f.other_agency.value_or(""))
            << "</td><td>" << escape_markup(f.party.value_or("")) << "</td><td>"
            << escape_markup(f.message) << "</td><td><ul class=\"evidence\">";
        for (const auto& e : f.evidence) {
            out << "<li>" << cite(rows, e.file, e.line) << " " << escape_markup(e.agency) << ", "
                << model::iso_date(e.date.start) << "</li>";
        }
        out << "</ul></td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
}

// The table of `party`'s agencies from `first` to before `last`.
void write_matrix_table(const analyse::PartyKnowledge& party, std::size_t first, std::size_t last,
                        const std::map<std::string, int>& rows, std::string_view css_class,
                        std::ostream& out) {
    out << "<div class=\"" << css_class
        << "\"><table class=\"matrix\">\n<thead><tr><th "
           "scope=\"col\">Indicator</th>";
    for (std::size_t a = first; a < last; ++a)
        out << "<th scope=\"col\">" << escape_markup(party.agencies[a]) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : party.rows) {
        std::map<std::string, const analyse::KnowledgeCell*> by_agency;
        for (const auto& cell : row.cells) by_agency.emplace(cell.agency, &cell);
        out << "<tr><th scope=\"row\">" << escape_markup(row.indicator) << "</th>";
        for (std::size_t a = first; a < last; ++a) {
            auto it = by_agency.find(party.agencies[a]);
            if (it == by_agency.end()) {
                out << "<td></td>";
                continue;
            }
            const analyse::KnowledgeCell& cell = *it->second;
            const std::string how = cell.how == analyse::LearntHow::recorded
                                        ? std::string("recorded")
                                        : "from " + cell.from.value_or("another agency");
            out << "<td>" << model::iso_date(cell.day) << "<br>" << escape_markup(how) << "<br>"
                << cite(rows, cell.evidence.file, cell.evidence.line) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
}

void write_matrix(const analyse::KnowledgeMatrix& matrix, const std::map<std::string, int>& rows,
                  std::ostream& out) {
    out << "<section class=\"knowledge\" id=\"knowledge\" aria-label=\"Who knew what\">\n<h2>Who "
           "knew what</h2>\n"
           "<p class=\"summary\">For each indicator about a party, the day each agency first knew "
           "it: recorded by "
           "itself, or received from another agency (which may have had it from a third). An empty "
           "cell: the agency "
           "never knew it.</p>\n";
    for (const auto& party : matrix.parties) {
        out << "<h3>" << escape_markup(party.party) << "</h3>\n";
        if (party.rows.empty()) {
            out << "<p>" << nobody_knew(escape_markup(party.party)) << "</p>\n";
            continue;
        }
        if (party.agencies.size() <= k_print_agencies) {
            write_matrix_table(party, 0, party.agencies.size(), rows, "matrix", out);
            continue;
        }
        write_matrix_table(party, 0, party.agencies.size(), rows, "matrix screen-only", out);
        // In print: parts of equal size, the indicator column in each.
        const std::size_t parts = (party.agencies.size() + k_print_agencies - 1) / k_print_agencies;
        const std::size_t per_part = (party.agencies.size() + parts - 1) / parts;
        out << "<div class=\"print-only\">\n";
        for (std::size_t first = 0; first < party.agencies.size(); first += per_part) {
            const std::size_t last = std::min(party.agencies.size(), first + per_part);
            out << "<p class=\"part\">" << escape_markup(party.party) << ", agencies " << first + 1
                << " to " << last << " of " << party.agencies.size() << "</p>\n";
            write_matrix_table(party, first, last, rows, "matrix", out);
        }
        out << "</div>\n";
    }
    out << "</section>\n";
}

}  // namespace

void render_report(const merge::CombinedChronology& merged,
                   const std::vector<analyse::Finding>& findings,
                   const analyse::KnowledgeMatrix& matrix, std::ostream& out) {
    const auto rows = rows_by_citation(merged);
    HtmlPage page;
    page.title = "Panel pack" + (merged.review.empty() ? std::string{} : ": " + merged.review);
    page.css = k_report_style;
    page.script = findings_filter_script();
    page.after_header = [&](std::ostream& section) {
        write_findings(findings, rows, section);
        write_matrix(matrix, rows, section);
    };
    render_html_page(merged, page, out);
}

}  // namespace imr::render
