// The combined chronology for a terminal: a fixed-width table that wraps every cell to
// the terminal's width, so nothing is cut off and nothing needs a Markdown viewer.
#include "render/text_renderer.hpp"

#include <algorithm>
#include <ostream>

#include "render/entry_text.hpp"
#include "render/renderer.hpp"
#include "render/text_table.hpp"

namespace imr::render {
namespace {

// Narrower than this, the text column would hold only a few words a line.
constexpr int k_min_width = 86;

void write_wrapped(std::string_view text, int width, std::string_view indent, std::ostream& out) {
    for (const auto& line : wrap_text(text, width - static_cast<int>(indent.size()))) {
        out << indent << line << '\n';
    }
}

std::string lines(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += '\n';
        out += part;
    }
    return out;
}

std::string labelled(std::string_view label, const std::string& text) {
    return text.empty() ? std::string() : std::string(label) + ": " + text;
}

std::string what_happened(const merge::CombinedEntry& m) {
    const model::Entry& e = m.entry;
    return lines({(e.significant ? "* " : "") + e.summary, labelled("Action", e.action),
                  labelled("IMR comment", e.comment), labelled("Parties", joined(m.party_ids)),
                  labelled("Indicators", joined(m.indicators)), labelled("Risk", risk_text(m)),
                  labelled("Shared", joined(share_texts(m), "; "))});
}

}  // namespace

void render_text(const merge::CombinedChronology& merged, std::ostream& out, int width) {
    width = std::max(width, k_min_width);
    const std::string title =
        "Combined chronology" + (merged.review.empty() ? "" : ": " + merged.review);
    out << title << '\n'
        << std::string(static_cast<std::size_t>(display_width(title)), '=') << "\n\n";
    if (auto notice = private_names_notice(merged); !notice.empty()) {
        const std::string rule(static_cast<std::size_t>(width), '!');
        out << rule << '\n';
        write_wrapped(notice, width, "!! ", out);
        out << rule << "\n\n";
    }
    if (!merged.filter.empty()) write_wrapped("Filtered: " + merged.filter, width, "", out);
    write_wrapped(entry_count_phrase(merged) +
                      ". * marks a significant entry; entries that record the same event share an "
                      "event number.",
                  width, "", out);
    out << '\n';
    const auto counts = entries_per_agency(merged);
    int name_width = 0;
    for (const auto& [agency, n] : counts) name_width = std::max(name_width, display_width(agency));
    for (const auto& [agency, n] : counts) {
        if (!lists_agency(merged, n)) continue;
        out << "  " << agency
            << std::string(static_cast<std::size_t>(name_width - display_width(agency)), ' ')
            << "  " << n << '\n';
    }
    out << '\n';

    // Wide enough for a citation such as "drug-alcohol.yaml:135" on one line.
    const int fixed = 4 + 13 + 14 + 21 + 4 * 2;
    TextTable table({{"#", 4, true},
                     {"Date", 13},
                     {"Agency", 14},
                     {"What happened", width - fixed},
                     {"Source", 21}});
    for (const auto& m : merged.entries) {
        table.add_row({std::to_string(m.seq),
                       lines({m.entry.date.text, date_interval(m.entry.date), time_text(m)}),
                       lines({m.agency, m.entry.type.empty() ? "" : "(" + m.entry.type + ")"}),
                       what_happened(m),
                       lines({citation(m), labelled("ref", m.entry.ref),
                              m.event ? "event " + std::to_string(*m.event) : ""})});
    }
    table.write(out);
}

}  // namespace imr::render
