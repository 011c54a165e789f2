// The combined chronology as CSV for Excel and other spreadsheets: UTF-8 with a byte
// order mark (without it Excel reads UTF-8 as the local code page and mangles names
// such as Siobhán), CRLF between records and RFC 4180 quoting. One header row, then one
// row per entry. A notice row would break every program that reads the header, so a CSV
// never carries the real-names notice: `imr merge` prints it on stderr instead.
#include "render/csv_renderer.hpp"

#include <ostream>

#include "render/csv_row.hpp"
#include "render/entry_text.hpp"
#include "render/renderer.hpp"

namespace imr::render {
namespace {

const std::vector<std::string>& headings() {
    static const std::vector<std::string> k_headings{"seq",
                                                     "date",
                                                     "date_start",
                                                     "date_end",
                                                     "date_precision",
                                                     "date_approximate",
                                                     "edtf",
                                                     "time",
                                                     "agency",
                                                     "ref",
                                                     "type",
                                                     "parties",
                                                     "summary",
                                                     "action",
                                                     "comment",
                                                     "indicators",
                                                     "risk_tool",
                                                     "risk_level",
                                                     "risk_score",
                                                     "risk_subject",
                                                     "shared_with",
                                                     "received_from",
                                                     "significant",
                                                     "event",
                                                     "file",
                                                     "line"};
    return k_headings;
}

std::string shares(const model::List<merge::ResolvedShare>& list) {
    std::vector<std::string> agencies;
    for (const auto& share : list) agencies.push_back(share.agency);
    return joined(agencies, "; ");
}

}  // namespace

std::string csv_field(std::string_view text) { return csv_cell(text); }

void render_csv(const merge::CombinedChronology& merged, std::ostream& out) {
    const auto row = [&out](const std::vector<std::string>& cells) { write_csv_row(cells, out); };
    out << k_csv_bom;
    row(headings());
    for (const auto& m : merged.entries) {
        const model::Entry& e = m.entry;
        const model::Risk* risk = e.risk ? &*e.risk : nullptr;
        row({std::to_string(m.seq),
             e.date.text,
             model::iso_date(e.date.start),
             model::iso_date(e.date.end),
             model::to_string(e.date.precision),
             e.date.approximate ? "true" : "false",
             e.date.edtf,
             time_text(m),
             m.agency,
             e.ref,
             e.type,
             joined(m.party_ids, "; "),
             e.summary,
             e.action,
             e.comment,
             joined(m.indicators, "; "),
             risk ? risk->tool : "",
             risk && risk->level ? model::to_string(*risk->level) : "",
             risk && risk->score ? *risk->score : "",
             risk ? m.risk_subject.str() : "",
             shares(m.shared_with),
             shares(m.received_from),
             e.significant ? "true" : "false",
             m.event ? std::to_string(*m.event) : "",
             m.file,
             std::to_string(e.loc.line)});
    }
}

}  // namespace imr::render
