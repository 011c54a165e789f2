// The combined chronology as a Markdown document: a heading, the agencies with their
// entry counts, and one table row per entry with the agency's own words.
#include "render/markdown_renderer.hpp"

#include <map>
#include <ostream>

#include "render/entry_text.hpp"
#include "render/renderer.hpp"

namespace imr::render {
namespace {

// A table cell: pipes escaped, line breaks as <br>, so a cell never breaks the table;
// (1.1) `<`, `>` and `&` as entities, so that HTML in an agency's text is shown, never run.
std::string cell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '|') {
            out += "\\|";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "<br>";
        } else if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    // Trailing breaks from YAML block scalars add nothing to a cell.
    while (out.size() >= 4 && out.compare(out.size() - 4, 4, "<br>") == 0)
        out.resize(out.size() - 4);
    return out;
}

std::string what_happened(const merge::CombinedEntry& m) {
    std::string text =
        m.entry.significant ? "**" + cell(m.entry.summary) + "**" : cell(m.entry.summary);
    if (!m.entry.action.empty()) text += "<br>*Action:* " + cell(m.entry.action);
    if (!m.entry.comment.empty()) text += "<br>*IMR comment:* " + cell(m.entry.comment);
    return text;
}

std::string shares(const merge::CombinedEntry& m) {
    std::string out;
    for (const auto& s : m.shared_with)
        out += (out.empty() ? "" : "<br>") + ("to " + cell(s.agency));
    for (const auto& s : m.received_from)
        out += (out.empty() ? "" : "<br>") + ("from " + cell(s.agency));
    return out;
}

}  // namespace

void render_markdown(const merge::CombinedChronology& merged, std::ostream& out) {
    out << "# Combined chronology" << (merged.review.empty() ? "" : ": " + cell(merged.review))
        << "\n\n";
    if (auto notice = private_names_notice(merged); !notice.empty())
        out << "> **" << notice << "**\n\n";
    if (!merged.filter.empty()) out << "**Filtered:** " << cell(merged.filter) << "\n\n";
    std::map<std::string, int> counts;
    for (const auto& m : merged.entries) ++counts[m.agency];
    out << entry_count_phrase(merged) << ".";
    out << " Significant entries are in **bold**; entries that record the same event share an "
           "event number.\n\n";
    out << "| Agency | Entries |\n|---|---:|\n";
    for (const auto& agency : merged.agencies) {
        if (lists_agency(merged, counts[agency]))
            out << "| " << cell(agency) << " | " << counts[agency] << " |\n";
    }
    out << "\n| # | Date | Time | Agency | Parties | What happened | Indicators | Shared | Event | "
           "Source |\n";
    out << "|---:|---|---|---|---|---|---|---|---:|---|\n";
    for (const auto& m : merged.entries) {
        const auto& e = m.entry;
        out << "| " << m.seq << " | " << cell(e.date.text);
        if (e.date.precision != model::Precision::day || e.date.approximate) {
            out << "<br>(" << model::iso_date(e.date.start);
            if (e.date.end != e.date.start) out << " to " << model::iso_date(e.date.end);
            out << ")";
        }
        out << " | " << (e.time ? model::to_string(*e.time) : "") << " | " << cell(m.agency)
            << " | " << cell(joined(m.party_ids)) << " | " << what_happened(m) << " | "
            << cell(joined(m.indicators)) << " | " << shares(m) << " | "
            << (m.event ? std::to_string(*m.event) : "") << " | " << cell(m.file) << ":"
            << e.loc.line << " |\n";
    }
}

}  // namespace imr::render
