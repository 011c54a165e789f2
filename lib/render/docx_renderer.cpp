// The three Word documents, built from the same pieces: the notice, the chronology
// table, the findings table and the who-knew-what tables.
#include "render/docx_renderer.hpp"

#include <map>

#include "render/agency_palette.hpp"
#include "render/docx_package.hpp"
#include "render/docx_xml.hpp"
#include "render/entry_text.hpp"
#include "render/findings_renderer.hpp"
#include "render/knowledge_renderer.hpp"
#include "render/renderer.hpp"

namespace imr::render {
namespace {

using analyse::Finding;

// The width of the text on an A4 page with imr's 12.7 mm margins, in twips.
constexpr int k_landscape_width = 16838 - 2 * 720;
constexpr int k_portrait_width = 11906 - 2 * 720;
// Agencies per who-knew-what table before it is split (the indicator column repeats).
constexpr std::size_t k_matrix_agencies = 6;

std::string with_review(std::string title, const std::string& review) {
    return review.empty() ? title : title + ": " + review;
}

std::string header_note(const merge::CombinedChronology& merged) {
    if (merged.contains_private_names) return "CONFIDENTIAL: real names present";
    if (merged.redacted) return "Redacted copy";
    return {};
}

void write_title(DocxBody& body, const std::string& title,
                 const merge::CombinedChronology& merged) {
    body.paragraph({{{title}}, "Title"});
    if (auto notice = private_names_notice(merged); !notice.empty()) {
        body.paragraph({{{"REAL NAMES PRESENT. ", true}, {notice, true}}, "Notice"});
    } else if (merged.redacted) {
        body.paragraph({{{"Redacted copy: parties are named by their pseudonyms only."}}});
    }
    if (!merged.filter.empty()) body.paragraph({{{"Filtered: ", true}, {merged.filter}}});
}

std::string hex_fill(Rgb colour) {
    std::string hex = colour.hex().substr(1);
    for (char& c : hex) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 'a' + 'A' : c);
    return hex;
}

DocxCell text_cell(std::string text, bool bold = false) {
    DocxCell cell;
    cell.paragraphs.emplace_back(std::vector<DocxRun>{DocxRun(std::move(text), bold)});
    return cell;
}

// A cell's extra paragraph in small type, when there is something to say.
void add_small(DocxCell& cell, const std::string& text, bool italic = false) {
    if (text.empty()) return;
    cell.paragraphs.push_back({{{text, false, italic, true}}});
}

void add_labelled(DocxCell& cell, const char* label, const std::string& text, bool bold) {
    if (text.empty()) return;
    cell.paragraphs.push_back({{{std::string(label) + ": ", true}, {text, bold}}});
}

DocxRow chronology_row(const merge::CombinedEntry& m, std::size_t lane) {
    const model::Entry& e = m.entry;
    const bool bold = e.significant;
    DocxRow row;
    row.fill = hex_fill(agency_colours(lane).fill);
    DocxCell seq = text_cell(std::to_string(m.seq), bold);
    if (m.event) add_small(seq, "event " + std::to_string(*m.event));
    DocxCell date = text_cell(e.date.text, bold);
    add_small(date, date_interval(e.date));
    DocxCell agency = text_cell(m.agency, bold);
    add_small(agency, e.type);
    DocxCell what;
    if (e.significant)
        what.paragraphs.push_back({{{"Significant. ", true}, {e.summary, true}}});
    else
        what.paragraphs.push_back({{{e.summary}}});
    add_labelled(what, "Action", e.action, bold);
    add_labelled(what, "IMR comment", e.comment, bold);
    add_labelled(what, "Risk", risk_text(m), false);
    add_labelled(what, "Indicators", joined(m.indicators), false);
    add_labelled(what, "Shared", joined(share_texts(m), "; "), false);
    DocxCell source = text_cell(citation(m));
    if (!e.ref.empty()) add_small(source, "ref " + e.ref);
    row.cells = {std::move(seq),
                 std::move(date),
                 text_cell(time_text(m), bold),
                 std::move(agency),
                 text_cell(joined(m.party_ids), bold),
                 std::move(what),
                 std::move(source)};
    return row;
}

void write_chronology_table(DocxBody& body, const merge::CombinedChronology& merged) {
    auto lanes = agency_indices(merged);
    std::vector<DocxRow> rows;
    rows.reserve(merged.entries.size());
    for (const auto& m : merged.entries) rows.push_back(chronology_row(m, lanes[m.agency]));
    // No. | Date | Time | Agency | Parties | What happened | Source, summing to the page.
    const std::vector<int> widths = {700, 1700, 700, 2000, 1500, k_landscape_width - 8700, 2100};
    body.table(widths, {"No.", "Date", "Time", "Agency", "Parties", "What happened", "Source"},
               rows);
}

void write_chronology_summary(DocxBody& body, const merge::CombinedChronology& merged) {
    std::string agencies;
    for (const auto& [agency, count] : entries_per_agency(merged))
        agencies += (agencies.empty() ? "" : "; ") + agency + ": " + std::to_string(count);
    body.paragraph({{{std::to_string(merged.entries.size()) + " entries from " +
                      std::to_string(merged.agencies.size()) +
                      " agencies. Significant entries are in bold; entries that record the same "
                      "event share an event number. Each row is shaded in its agency's colour "
                      "and cites the file and line it came from."}}});
    if (!agencies.empty()) body.paragraph({{{"Entries per agency: ", true}, {agencies}}});
}

DocxRow finding_row(const Finding& f, std::size_t number) {
    DocxRow row;
    if (f.severity == analyse::FindingSeverity::high) row.fill = "FDE0DC";
    DocxCell severity = text_cell(analyse::to_string(f.severity), true);
    DocxCell rule = text_cell(f.rule);
    if (f.date) add_small(rule, model::iso_date(*f.date));
    DocxCell agencies = text_cell(f.agency);
    if (f.other_agency) add_small(agencies, "with " + *f.other_agency);
    DocxCell party = text_cell(f.party.value_or(""));
    if (f.indicator) add_small(party, *f.indicator);
    DocxCell message = text_cell(f.message);
    for (const auto& e : f.evidence) {
        add_small(message, "Evidence: " + e.file + ":" + std::to_string(e.line) + " (" + e.agency +
                               ", " + model::iso_date(e.date.start) + ")");
    }
    row.cells = {text_cell(std::to_string(number)),
                 std::move(severity),
                 std::move(rule),
                 std::move(agencies),
                 std::move(party),
                 std::move(message)};
    return row;
}

void write_findings_table(DocxBody& body, const std::vector<Finding>& findings, int page_width) {
    body.paragraph({{{findings_totals(findings) +
                      (findings.empty() ? std::string()
                                        : " Each finding cites the entries it rests on (file "
                                          "and line).")}}});
    if (findings.empty()) return;
    std::vector<DocxRow> rows;
    rows.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i)
        rows.push_back(finding_row(findings[i], i + 1));
    // No. | Severity | Rule | Agency | Party | Finding, the finding taking what is left.
    const std::vector<int> widths = {500, 1100, 1800, 2100, 1200, page_width - 6700};
    body.table(widths, {"No.", "Severity", "Rule and date", "Agency", "Party", "Finding"}, rows);
}

std::string knowledge_text(const analyse::KnowledgeCell& cell) {
    const std::string how = cell.how == analyse::LearntHow::recorded
                                ? std::string("recorded")
                                : "from " + cell.from.value_or("another agency");
    return model::iso_date(cell.day) + "\n" + how;
}

void write_party_matrix(DocxBody& body, const analyse::PartyKnowledge& party) {
    if (party.rows.empty()) {
        body.paragraph({{{nobody_knew(party.party)}}});
        return;
    }
    // Split wide matrices into groups of agencies, the indicator column repeated in each.
    for (std::size_t first = 0; first < party.agencies.size(); first += k_matrix_agencies) {
        const std::size_t last = std::min(party.agencies.size(), first + k_matrix_agencies);
        const int indicator_width = 2400;
        const int agency_width =
            (k_landscape_width - indicator_width) / static_cast<int>(k_matrix_agencies);
        std::vector<int> widths = {indicator_width};
        std::vector<std::string> header = {"Indicator"};
        for (std::size_t a = first; a < last; ++a) {
            widths.push_back(agency_width);
            header.push_back(party.agencies[a]);
        }
        std::vector<DocxRow> rows;
        for (const auto& knowledge : party.rows) {
            std::map<std::string, const analyse::KnowledgeCell*> by_agency;
            for (const auto& cell : knowledge.cells) by_agency.emplace(cell.agency, &cell);
            DocxRow row;
            row.cells.push_back(text_cell(knowledge.indicator, true));
            for (std::size_t a = first; a < last; ++a) {
                auto it = by_agency.find(party.agencies[a]);
                if (it == by_agency.end()) {
                    row.cells.push_back({});
                    continue;
                }
                DocxCell cell = text_cell(knowledge_text(*it->second));
                add_small(cell, it->second->evidence.file + ":" +
                                    std::to_string(it->second->evidence.line));
                row.cells.push_back(std::move(cell));
            }
            rows.push_back(std::move(row));
        }
        if (party.agencies.size() > k_matrix_agencies) {
            body.paragraph(
                {{{"Agencies " + std::to_string(first + 1) + " to " + std::to_string(last) +
                       " of " + std::to_string(party.agencies.size()),
                   false, true}}});
        }
        body.table(widths, header, rows);
    }
}

constexpr const char* k_knowledge_intro =
    "For each indicator about a party, the day each agency first knew it: recorded by itself, "
    "or received from another agency (which may have had it from a third). An empty cell: the "
    "agency never knew it.";

}  // namespace

std::expected<std::string, std::string> chronology_docx(const merge::CombinedChronology& merged) {
    const std::string title = with_review("Combined chronology", merged.review);
    DocxBody body;
    write_title(body, title, merged);
    write_chronology_summary(body, merged);
    write_chronology_table(body, merged);
    return docx_package({title, header_note(merged), body.xml(), true});
}

std::expected<std::string, std::string> findings_docx(const std::vector<Finding>& findings,
                                                      const FindingsHeader& header,
                                                      const merge::CombinedChronology& merged) {
    const std::string title = with_review("Information-sharing gaps", header.review);
    DocxBody body;
    write_title(body, title, merged);
    if (!header.rules.empty()) body.paragraph({{{"Rules: ", true}, {joined(header.rules)}}});
    write_findings_table(body, findings, k_portrait_width);
    return docx_package({title, header_note(merged), body.xml(), false});
}

std::expected<std::string, std::string> report_docx(const merge::CombinedChronology& merged,
                                                    const std::vector<Finding>& findings,
                                                    const analyse::KnowledgeMatrix& matrix) {
    const std::string title = with_review("Panel pack", merged.review);
    DocxBody body;
    write_title(body, title, merged);
    body.paragraph({{{"Contents", true}}});
    body.link("1. Information-sharing gaps", "gaps", "TOC1");
    body.link("2. Who knew what", "knowledge", "TOC1");
    for (std::size_t i = 0; i < matrix.parties.size(); ++i)
        body.link(matrix.parties[i].party, "party" + std::to_string(i + 1), "TOC2");
    body.link("3. Combined chronology", "chronology", "TOC1");

    body.page_break();
    body.heading(1, "1. Information-sharing gaps", "gaps");
    write_findings_table(body, findings, k_landscape_width);

    body.page_break();
    body.heading(1, "2. Who knew what", "knowledge");
    body.paragraph({{{k_knowledge_intro}}});
    for (std::size_t i = 0; i < matrix.parties.size(); ++i) {
        body.heading(2, matrix.parties[i].party, "party" + std::to_string(i + 1));
        write_party_matrix(body, matrix.parties[i]);
    }

    body.page_break();
    body.heading(1, "3. Combined chronology", "chronology");
    write_chronology_summary(body, merged);
    write_chronology_table(body, merged);
    return docx_package({title, header_note(merged), body.xml(), true});
}

}  // namespace imr::render
