// From tables of cells to entries: the header row decides what each column is, and every
// cell's text ends up somewhere in the entry, so nothing the author wrote is lost.
#include "import/table_importer.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "normalise/date_normaliser.hpp"
#include "normalise/time_normaliser.hpp"
#include "util/text.hpp"

namespace imr::import {
namespace {

constexpr int k_header_search_rows = 12;  // title rows a header may stand below

std::string trimmed(std::string_view text) { return std::string(util::trim(text)); }

bool row_is_empty(const Row& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const Cell& c) { return util::trim(c.text).empty(); });
}

const Cell& cell_at(const Row& row, std::size_t column) {
    static const Cell k_empty;
    return column < row.cells.size() ? row.cells[column] : k_empty;
}

struct Columns {
    std::vector<Field> fields;          // by column
    std::vector<std::string> headings;  // by column, as written
    std::size_t header_row = 0;         // index in the table's rows
};

// The header row: the first of the table's first rows that names a date and a text column.
std::optional<Columns> find_header(const Table& table, const HeadingMap& map) {
    const std::size_t limit = std::min<std::size_t>(table.rows.size(), k_header_search_rows);
    for (std::size_t r = 0; r < limit; ++r) {
        const Row& row = table.rows[r];
        Columns columns;
        columns.header_row = r;
        bool date = false, summary = false;
        for (const Cell& cell : row.cells) {
            Field field = cell.merged_across ? Field::none : map.field_for(cell.text);
            // A field named twice: the second column keeps its text in the comment.
            if (field != Field::none && std::find(columns.fields.begin(), columns.fields.end(),
                                                  field) != columns.fields.end())
                field = Field::none;
            date = date || field == Field::date;
            summary = summary || field == Field::summary;
            columns.fields.push_back(field);
            columns.headings.push_back(trimmed(cell.text));
        }
        if (date && summary) return columns;
    }
    return std::nullopt;
}

// A table that records the document itself (version, author, changes), not events.
bool is_document_control(const Table& table) {
    static constexpr std::array<std::string_view, 6> k_keys = {
        "version", "versionno", "author", "documentcontrol", "approvedby", "changes"};
    for (std::size_t r = 0; r < std::min<std::size_t>(table.rows.size(), 2); ++r) {
        for (const Cell& cell : table.rows[r].cells) {
            const std::string key = heading_key(cell.text);
            if (std::find(k_keys.begin(), k_keys.end(), key) != k_keys.end()) return true;
        }
    }
    return false;
}

bool same_as_header(const Row& row, const Row& header) {
    bool any = false;
    for (std::size_t c = 0; c < std::max(row.cells.size(), header.cells.size()); ++c) {
        const std::string a = heading_key(cell_at(row, c).text);
        if (a != heading_key(cell_at(header, c).text)) return false;
        any = any || !a.empty();
    }
    return any;
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    const auto flush = [&] {
        std::string item = trimmed(current);
        if (!item.empty()) items.push_back(std::move(item));
        current.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == '\n') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return items;
}

std::optional<bool> significance(std::string_view text) {
    std::string key;
    for (char c : util::trim(text)) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    if (key.empty() || key == "n" || key == "no" || key == "false") return false;
    if (key == "y" || key == "yes" || key == "true" || key == "x" || key == "\u2713" ||
        key == "\u2714")
        return true;
    return std::nullopt;
}

void append_line(std::string& text, std::string_view line) {
    if (!text.empty()) text += '\n';
    text += line;
}

class Importer {
  public:
    Importer(const ImportRequest& request, ImportResult& result)
        : m_request(request), m_result(result) {}

    // Reads the rows of `table` from `first_row` on as entries; `header` is the header row
    // whose repeats are skipped (a continued table's is in the table before it).
    void table(const Table& table, const Columns& columns, const Row& header,
               std::size_t first_row);

  private:
    void problem(model::Severity severity, std::string code, const Table& table, const Row& row,
                 std::string_view heading, std::string message, std::string hint) {
        std::string where = row_label(table, row.number);
        if (!heading.empty()) {
            where += ", ";
            where += heading;
        }
        m_result.diagnostics.push_back(
            {severity, std::move(code), {m_request.file, 0, 0}, where + ": " + message, hint});
    }
    void entry(const Table& table, const Row& row, const Columns& columns);
    std::vector<std::string> resolve(const Table& table, const Row& row, std::string_view heading,
                                     const std::string& text, bool parties);

    const ImportRequest& m_request;
    ImportResult& m_result;
    std::vector<std::string> m_pending_notes;

  public:
    std::vector<std::string> take_notes() { return std::move(m_pending_notes); }
};

std::vector<std::string> Importer::resolve(const Table& table, const Row& row,
                                           std::string_view heading, const std::string& text,
                                           bool parties) {
    std::vector<std::string> items = split_list(text);
    if (m_request.names == nullptr) return items;
    for (std::string& item : items) {
        const normalise::NameTable& names =
            parties ? m_request.names->parties() : m_request.names->indicators();
        if (auto canonical = names.resolve(item)) {
            item = *canonical;
            continue;
        }
        std::string hint = parties ? "add it to review.yaml as a party or an alias"
                                   : "use an indicator of the vocabulary, or declare it in "
                                     "review.yaml";
        if (auto near = names.suggest(item)) hint = "did you mean '" + *near + "'?";
        problem(model::Severity::warning, parties ? "unresolved-party" : "unknown-indicator", table,
                row, heading,
                std::string(parties ? "party '" : "indicator '") + item +
                    (parties ? "' is not in the review's register"
                             : "' is not in the vocabulary or the review's register"),
                hint);
    }
    return items;
}

void Importer::entry(const Table& table, const Row& row, const Columns& columns) {
    ImportedEntry e;
    e.source = row_label(table, row.number);
    e.before = std::move(m_pending_notes);
    m_pending_notes.clear();
    std::string date_heading = "Date", time_heading = "Time", summary_heading = "Event";
    std::optional<model::TimeOfDay> date_time;  // a time the date cell gave
    std::vector<std::string> extra;             // "Heading: text" of unmapped columns
    for (std::size_t c = 0; c < std::max(row.cells.size(), columns.fields.size()); ++c) {
        const Cell& cell = cell_at(row, c);
        if (cell.merged_across) continue;
        const Field field = c < columns.fields.size() ? columns.fields[c] : Field::none;
        const std::string heading = c < columns.headings.size() ? columns.headings[c] : "";
        const std::string text = trimmed(cell.text);
        switch (field) {
            case Field::date:
                date_heading = heading;
                if (cell.kind == CellKind::date_time) {
                    e.date = text.substr(0, 10);
                    date_time = cell.time;
                } else {
                    e.date = text;
                }
                break;
            case Field::time:
                time_heading = heading;
                e.time = text;
                break;
            case Field::ref:
                e.ref = text;
                break;
            case Field::type: {
                static constexpr std::array<std::string_view, 9> k_types = {
                    "contact", "incident", "referral",          "assessment", "disclosure",
                    "meeting", "court",    "information-share", "other"};
                e.type = text;
                for (std::string_view t : k_types) {
                    if (heading_key(text) == heading_key(t)) e.type = std::string(t);
                }
                break;
            }
            case Field::parties:
                e.parties = resolve(table, row, heading, text, true);
                break;
            case Field::summary:
                summary_heading = heading;
                e.summary = text;
                break;
            case Field::action:
                e.action = text;
                break;
            case Field::comment:
                if (!text.empty()) append_line(e.comment, text);
                break;
            case Field::indicators:
                e.indicators = resolve(table, row, heading, text, false);
                break;
            case Field::significant:
                if (auto flag = significance(text)) {
                    e.significant = *flag;
                } else {
                    extra.push_back(heading + ": " + text);
                    problem(model::Severity::warning, "not-significance", table, row, heading,
                            "'" + text + "' is neither yes nor no: kept in the comment",
                            "write Y or N");
                }
                break;
            case Field::none:
                if (!text.empty()) {
                    extra.push_back(
                        (heading.empty() ? "Column " + std::to_string(c + 1) : heading) + ": " +
                        text);
                }
                break;
        }
    }
    for (const std::string& line : extra) append_line(e.comment, line);

    // Check what imr validate will check, and say where in the table.
    if (e.date.empty()) {
        problem(model::Severity::error, "missing-field", table, row, date_heading,
                "the date is empty",
                "every entry needs a date; for an unknown date write the "
                "year or 'circa 2002'");
    } else {
        auto date = normalise::normalise_date(e.date, m_request.order);
        if (!date) {
            problem(model::Severity::error, "bad-date", table, row, date_heading,
                    date.error().message, date.error().hint);
        } else {
            if (date->time) date_time = date->time;
            for (const std::string& w : date->warnings) {
                problem(model::Severity::warning, "two-digit-year", table, row, date_heading, w,
                        "write the year in full");
            }
        }
    }
    if (!e.time.empty()) {
        auto time = normalise::normalise_time(e.time);
        if (!time) {
            problem(model::Severity::error, "bad-time", table, row, time_heading,
                    time.error().message, time.error().hint);
        } else if (date_time && *date_time != *time) {
            problem(model::Severity::error, "time-conflict", table, row, time_heading,
                    "the time '" + e.time + "' disagrees with the date '" + e.date +
                        "', which gives " + model::to_string(*date_time),
                    "write the time once, or make the two agree");
        }
    } else if (date_time && e.date.size() == 10) {
        e.time = model::to_string(*date_time);  // an Excel date-time cell
    }
    if (e.summary.empty()) {
        problem(model::Severity::error, "empty-summary", table, row, summary_heading,
                "the event text is empty", "say in a sentence what happened");
    }
    m_result.entries.push_back(std::move(e));
}

void Importer::table(const Table& table, const Columns& columns, const Row& header,
                     std::size_t first_row) {
    for (std::size_t r = first_row; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if (row_is_empty(row)) continue;
        if (row.marked_header || same_as_header(row, header)) continue;
        if (row.spans_table) {
            std::string text;
            for (const Cell& cell : row.cells) {
                if (!cell.merged_across && !util::trim(cell.text).empty())
                    append_line(text, trimmed(cell.text));
            }
            m_pending_notes.push_back(text);
            m_result.notes.push_back(row_label(table, row.number) +
                                     ": a note across the table, not an entry: kept as a "
                                     "comment");
            continue;
        }
        entry(table, row, columns);
    }
}

// Whether a Word table with no header row of its own continues the chronology table
// before it (split at a page, or pasted in two parts): as many columns, and its first
// row that is not a note has a date where the date column is.
bool continues(const Table& table, const Columns& before, const ImportRequest& request) {
    for (const Row& row : table.rows) {
        if (row_is_empty(row) || row.spans_table) continue;
        if (row.cells.size() != before.fields.size()) return false;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (before.fields[c] != Field::date) continue;
            const Cell& cell = row.cells[c];
            return cell.kind != CellKind::text ||
                   normalise::normalise_date(trimmed(cell.text), request.order).has_value();
        }
        return false;
    }
    return false;
}

}  // namespace

ImportResult import_document(const Document& document, const ImportRequest& request) {
    ImportResult result;
    Importer importer(request, result);
    int chosen = 0;
    // The chronology table just read, by its columns and header row: a Word table right
    // after it with no header of its own may continue it.
    struct Read {
        Columns columns;
        const Row* header;
    };
    std::optional<Read> last;
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
        const Table& table = document.tables[t];
        const std::optional<Read> previous = std::exchange(last, std::nullopt);
        const bool sheets = table.name.starts_with("sheet ");
        if (request.table && static_cast<int>(t) + 1 != *request.table) continue;
        if (request.sheet && table.name != "sheet " + *request.sheet) continue;
        // A hidden sheet is the author's working (an old draft, a lookup list), not the
        // chronology they show: read only when named.
        if (table.hidden && !request.sheet) {
            result.notes.push_back(
                table.name + " left out: it is hidden in the workbook (read it with --sheet \"" +
                table.name.substr(6) + "\")");
            continue;
        }
        // A workbook's chronology is one sheet: the first that has a header row.
        if (sheets && chosen > 0 && !request.sheet) {
            result.notes.push_back(table.name +
                                   " left out: only one sheet is read (choose "
                                   "another with --sheet)");
            continue;
        }
        const auto columns = find_header(table, request.headings);
        const std::string name = table.name.empty() ? "the file" : table.name;
        const bool control = is_document_control(table) && !request.table;
        if (!columns && !control && previous && !sheets && !request.table &&
            continues(table, previous->columns, request)) {
            result.sources.push_back(name);
            result.notes.push_back(name + " has no header row of its own: read as the " +
                                   "continuation of the table before it, whose columns it has");
            importer.table(table, previous->columns, *previous->header, 0);
            last = previous;
            continue;
        }
        if (!columns || control) {
            if (!table.rows.empty() || sheets) {
                result.notes.push_back(
                    name + " left out: " +
                    (control ? std::string("it records the document (version, author), not events")
                             : std::string("it has no header row naming a date and an event "
                                           "column")));
            }
            continue;
        }
        ++chosen;
        result.sources.push_back(name);
        for (std::size_t c = 0; c < columns->fields.size(); ++c) {
            if (columns->fields[c] == Field::none && !columns->headings[c].empty()) {
                result.notes.push_back((table.name.empty() ? "" : table.name + ": ") + "column '" +
                                       columns->headings[c] +
                                       "' has no field of its own: its text is kept in each "
                                       "entry's comment");
            }
        }
        for (std::size_t r = 0; r < columns->header_row; ++r) {
            if (row_is_empty(table.rows[r])) continue;
            std::string text;
            for (const Cell& cell : table.rows[r].cells) {
                if (!cell.merged_across && !util::trim(cell.text).empty())
                    append_line(text, trimmed(cell.text));
            }
            result.after.push_back(text);  // title rows: kept at the top (see below)
        }
        last = Read{*columns, &table.rows[columns->header_row]};
        importer.table(table, last->columns, *last->header, columns->header_row + 1);
    }
    // Title rows above the header go before the first entry, with the notes met on the way.
    std::vector<std::string> titles = std::move(result.after);
    result.after = importer.take_notes();
    if (!result.entries.empty()) {
        titles.insert(titles.end(), result.entries.front().before.begin(),
                      result.entries.front().before.end());
        result.entries.front().before = std::move(titles);
    } else {
        titles.insert(titles.end(), result.after.begin(), result.after.end());
        result.after = std::move(titles);
    }
    if (result.sources.empty()) {
        std::string where = request.table   ? "table " + std::to_string(*request.table)
                            : request.sheet ? "sheet " + *request.sheet
                                            : "the file";
        const bool missing =
            (request.table && *request.table > static_cast<int>(document.tables.size())) ||
            (request.sheet &&
             std::none_of(document.tables.begin(), document.tables.end(),
                          [&](const Table& t) { return t.name == "sheet " + *request.sheet; }));
        result.diagnostics.push_back(
            {model::Severity::error,
             "no-chronology-table",
             {request.file, 0, 0},
             missing ? where + " does not exist"
                     : "no table in " + where +
                           " has a header row naming a date column and an "
                           "event column",
             "name the columns with --map, as in --map \"When=date\" --map \"Notes=summary\""});
    }
    return result;
}

}  // namespace imr::import
