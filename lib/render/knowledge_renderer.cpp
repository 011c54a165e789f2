// The who-knew-what matrix of `imr knowledge`: for each indicator about a party, when each
// agency first knew it and from whom, each cell citing the entry that shows it.
#include "render/knowledge_renderer.hpp"

#include <algorithm>
#include <map>

#include "render/csv_row.hpp"
#include "render/json_values.hpp"
#include "render/markdown_text.hpp"
#include "render/text_table.hpp"
#include "util/text.hpp"

namespace imr::render {
namespace {

using analyse::KnowledgeCell;
using analyse::LearntHow;

std::string how_text(const KnowledgeCell& cell) {
    return cell.how == LearntHow::recorded ? std::string("recorded")
                                           : "from " + cell.from.value_or("another agency");
}

std::string citation(const KnowledgeCell& cell) {
    return cell.evidence.file + ":" + std::to_string(cell.evidence.line);
}

std::string md_cell(std::string_view text) { return markdown_one_line(text); }

bool exact(const model::DateValue& date) {
    return date.precision == model::Precision::day && !date.approximate;
}

// (1.1) A certain day as its ISO form; any other date as the agency wrote it with the
// interval it stands for: "circa 2002 (2002-01-01 to 2002-12-31)", never "2002-01-01".
std::string when_text(const KnowledgeCell& cell) {
    if (exact(cell.date)) return model::iso_date(cell.date.start);
    std::string text(util::trim(cell.date.text));
    if (cell.date.start == cell.date.end)
        return text + " (" + model::iso_date(cell.date.start) + ")";
    return text + " (" + model::iso_date(cell.date.start) + " to " +
           model::iso_date(cell.date.end) + ")";
}

// The machine form: the ISO day when certain, else the EDTF form ("2002~").
std::string when_code(const KnowledgeCell& cell) {
    if (exact(cell.date)) return model::iso_date(cell.date.start);
    return cell.date.edtf;
}

void render_markdown(const analyse::KnowledgeMatrix& matrix, std::ostream& out) {
    out << "# Who knew what" << (matrix.review.empty() ? "" : ": " + md_cell(matrix.review))
        << "\n\n";
    out << "Each cell is when an agency first knew the indicator about the party (an uncertain "
           "date as the agency wrote it, with the days it spans): *recorded* "
           "when it "
           "recorded it itself, *from X* when it received it from X (who may have had it from "
           "another "
           "agency). An empty cell: the agency never knew it.\n";
    for (const auto& party : matrix.parties) {
        out << "\n## " << md_cell(party.party) << "\n\n";
        if (party.rows.empty()) {
            out << nobody_knew(md_cell(party.party)) << "\n";
            continue;
        }
        out << "| indicator |";
        for (const auto& agency : party.agencies) out << " " << md_cell(agency) << " |";
        out << "\n|---|";
        for (std::size_t i = 0; i < party.agencies.size(); ++i) out << "---|";
        out << "\n";
        for (const auto& row : party.rows) {
            std::map<std::string, const KnowledgeCell*> by_agency;
            for (const auto& cell : row.cells) by_agency.emplace(cell.agency, &cell);
            out << "| " << md_cell(row.indicator) << " |";
            for (const auto& agency : party.agencies) {
                auto it = by_agency.find(agency);
                if (it == by_agency.end()) {
                    out << " |";
                    continue;
                }
                const KnowledgeCell& cell = *it->second;
                out << " " << md_cell(when_text(cell)) << " " << md_cell(how_text(cell)) << " (`"
                    << citation(cell) << "`) |";
            }
            out << "\n";
        }
    }
}

// For a terminal: a matrix of agencies would be hundreds of columns wide, so each indicator
// lists the agencies that knew it, one line each, aligned within the party.
void render_text(const analyse::KnowledgeMatrix& matrix, std::ostream& out) {
    const std::string title =
        "Who knew what" + (matrix.review.empty() ? std::string() : ": " + matrix.review);
    out << title << "\n"
        << std::string(static_cast<std::size_t>(display_width(title)), '=')
        << "\n\nFor each indicator about a party, the day each agency first knew it: recorded "
           "itself, or from another agency.\n";
    for (const auto& party : matrix.parties) {
        out << "\n" << party.party << "\n";
        if (party.rows.empty()) {
            out << "  " << nobody_knew(party.party) << "\n";
            continue;
        }
        int agency_width = 0;
        int how_width = 0;
        for (const auto& row : party.rows) {
            for (const auto& cell : row.cells) {
                agency_width = std::max(agency_width, display_width(cell.agency));
                how_width = std::max(how_width, display_width(how_text(cell)));
            }
        }
        const auto pad = [](const std::string& text, int width) {
            return text +
                   std::string(static_cast<std::size_t>(std::max(0, width - display_width(text))),
                               ' ');
        };
        for (const auto& row : party.rows) {
            out << "  " << row.indicator << "\n";
            for (const auto& cell : row.cells) {
                out << "    " << pad(cell.agency, agency_width) << "  " << model::iso_date(cell.day)
                    << "  " << pad(how_text(cell), how_width) << "  " << citation(cell) << "\n";
            }
        }
    }
}

void render_csv(const analyse::KnowledgeMatrix& matrix, std::ostream& out) {
    out << k_csv_bom;
    write_csv_row({"party", "indicator", "agency", "first_known", "how", "from", "file", "line",
                   "date_text", "date_start", "date_end"},
                  out);
    for (const auto& party : matrix.parties) {
        for (const auto& row : party.rows) {
            for (const auto& cell : row.cells) {
                write_csv_row({party.party, row.indicator, cell.agency, when_code(cell),
                               cell.how == LearntHow::recorded ? "recorded" : "received",
                               cell.from.value_or(""), cell.evidence.file,
                               std::to_string(cell.evidence.line), cell.date.text,
                               model::iso_date(cell.date.start), model::iso_date(cell.date.end)},
                              out);
            }
        }
    }
}

void render_json(const analyse::KnowledgeMatrix& matrix, const model::Diagnostics& diagnostics,
                 std::ostream& out) {
    Json root;
    root["review"] = matrix.review.empty() ? Json(nullptr) : Json(matrix.review);
    Json parties = Json::array();
    for (const auto& party : matrix.parties) {
        Json p;
        p["party"] = party.party;
        p["agencies"] = party.agencies;
        Json rows = Json::array();
        for (const auto& row : party.rows) {
            Json known = Json::array();
            for (const auto& cell : row.cells) {
                Json c;
                c["agency"] = cell.agency;
                c["first_known"] = when_code(cell);
                c["how"] = cell.how == LearntHow::recorded ? "recorded" : "received";
                c["from"] = cell.from ? Json(*cell.from) : Json(nullptr);
                c["evidence"] = Json{{"file", cell.evidence.file}, {"line", cell.evidence.line}};
                c["date"] = date_json(cell.date);
                known.push_back(std::move(c));
            }
            rows.push_back(Json{{"indicator", row.indicator}, {"known_by", std::move(known)}});
        }
        p["indicators"] = std::move(rows);
        parties.push_back(std::move(p));
    }
    root["parties"] = std::move(parties);
    Json diags = Json::array();
    for (const auto& d : diagnostics) diags.push_back(diagnostic_json(d));
    root["diagnostics"] = std::move(diags);
    write_json(root, out);
}

}  // namespace

std::string nobody_knew(std::string_view party) {
    return "No agency recorded or received any indicator about " + std::string(party) + ".";
}

std::optional<KnowledgeFormat> knowledge_format(std::string_view name) {
    const std::string lowered = util::to_lower(name);
    if (lowered == "md" || lowered == "markdown") return KnowledgeFormat::md;
    if (lowered == "json") return KnowledgeFormat::json;
    if (lowered == "csv") return KnowledgeFormat::csv;
    if (lowered == "text") return KnowledgeFormat::text;
    return std::nullopt;
}

void render_knowledge(const analyse::KnowledgeMatrix& matrix, const model::Diagnostics& diagnostics,
                      KnowledgeFormat format, std::ostream& out) {
    switch (format) {
        case KnowledgeFormat::md:
            render_markdown(matrix, out);
            return;
        case KnowledgeFormat::json:
            render_json(matrix, diagnostics, out);
            return;
        case KnowledgeFormat::csv:
            render_csv(matrix, out);
            return;
        case KnowledgeFormat::text:
            render_text(matrix, out);
            return;
    }
}

}  // namespace imr::render
