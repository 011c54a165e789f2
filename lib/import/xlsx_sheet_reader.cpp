// SpreadsheetML: xl/workbook.xml names the sheets, its relationships give their parts,
// xl/sharedStrings.xml holds most text, xl/styles.xml says which numbers are dates.
#include "import/xlsx_sheet_reader.hpp"

#include <date/date.h>
#include <pugixml.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "import/office_archive.hpp"
#include "import/xml_part.hpp"

namespace imr::import {
namespace {

constexpr std::size_t k_max_cells = 4'000'000;  // far beyond any chronology
constexpr int k_max_columns = 16384;            // Excel's own limit (XFD)

// What a number format shows of a number: a date (to the day, month or year), a time, both,
// or a plain number.
enum class Shown { number, day, month, year, time, date_time };

Shown classify_code(std::string_view code) {
    bool y = false, m = false, d = false, h = false, s = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            const std::size_t end = code.find('"', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {  // escaped or padding character
            ++i;
            continue;
        }
        if (c == '[') {  // [Red], [$-809], but [h] [mm] [ss] are elapsed time
            const std::size_t end = code.find(']', i + 1);
            if (end == std::string_view::npos) break;
            const std::string_view inside = code.substr(i + 1, end - i - 1);
            if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H')) h = true;
            if (!inside.empty() && (inside[0] == 's' || inside[0] == 'S')) s = true;
            i = end;
            continue;
        }
        if (c == ';') break;  // the first section decides
        switch (c) {
            case 'y':
            case 'Y':
            case 'e':
                y = true;
                break;
            case 'm':
            case 'M':
                m = true;
                break;
            case 'd':
            case 'D':
                d = true;
                break;
            case 'h':
            case 'H':
                h = true;
                break;
            case 's':
            case 'S':
                s = true;
                break;
            default:
                break;
        }
    }
    const bool time = h || s;
    const bool month = m && !time;  // with hours or seconds, m is minutes
    if ((y || d || month) && time) return Shown::date_time;
    if (time) return Shown::time;
    if (d) return Shown::day;
    if (month) return Shown::month;
    if (y) return Shown::year;
    return Shown::number;
}

Shown classify_builtin(int id) {
    if (id >= 14 && id <= 16) return Shown::day;
    if (id == 17) return Shown::month;  // mmm-yy
    if (id >= 18 && id <= 21) return Shown::time;
    if (id == 22) return Shown::date_time;
    if (id >= 45 && id <= 47) return Shown::time;
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return Shown::day;
    return Shown::number;
}

struct Styles {
    std::vector<Shown> by_style;  // cellXfs index -> what its number format shows
};

Styles read_styles(const pugi::xml_document& doc) {
    Styles styles;
    std::map<int, Shown> custom;
    const pugi::xml_node root = doc.document_element();
    for (pugi::xml_node part : root.children()) {
        if (local_name(part) == "numFmts") {
            for (pugi::xml_node f : part.children()) {
                const char* id = attribute(f, "numFmtId");
                const char* code = attribute(f, "formatCode");
                if (id != nullptr && code != nullptr) custom[std::atoi(id)] = classify_code(code);
            }
        }
    }
    for (pugi::xml_node part : root.children()) {
        if (local_name(part) != "cellXfs") continue;
        for (pugi::xml_node xf : part.children()) {
            if (local_name(xf) != "xf") continue;
            const char* id_text = attribute(xf, "numFmtId");
            const int id = id_text ? std::atoi(id_text) : 0;
            const auto it = custom.find(id);
            styles.by_style.push_back(it != custom.end() ? it->second : classify_builtin(id));
        }
    }
    return styles;
}

// The text of a shared or inline string: its t elements, phonetic runs left out.
std::string string_item_text(const pugi::xml_node& item) {
    std::string out;
    for (pugi::xml_node part : item.children()) {
        const std::string_view name = local_name(part);
        if (name == "t") {
            out += part.text().get();
        } else if (name == "r") {
            for (pugi::xml_node t : part.children()) {
                if (local_name(t) == "t") out += t.text().get();
            }
        }
    }
    return out;
}

std::vector<std::string> read_shared_strings(const pugi::xml_document& doc) {
    std::vector<std::string> strings;
    for (pugi::xml_node si : doc.document_element().children()) {
        if (local_name(si) == "si") strings.push_back(string_item_text(si));
    }
    return strings;
}

// "B3" -> column 1, row 3. False when the reference is not one.
bool parse_ref(std::string_view ref, int& column, int& row) {
    std::size_t i = 0;
    int c = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && c <= k_max_columns) {
        c = c * 26 + (ref[i] - 'A' + 1);
        ++i;
    }
    if (i == 0 || c > k_max_columns) return false;
    int r = 0;
    const auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), r);
    if (ec != std::errc() || r < 1 || r > 1'048'576) return false;
    column = c - 1;
    row = r;
    return end == ref.data() + ref.size();
}

std::string two(unsigned v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

// Puts an Excel serial date into `cell` as `shown` says. False when it is out of range.
bool typed_cell(double serial, Shown shown, bool date1904, Cell& cell) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) return false;
    double whole = std::floor(serial);
    int minutes = static_cast<int>(std::lround((serial - whole) * 1440.0));
    if (minutes == 1440) {
        minutes = 0;
        whole += 1;
    }
    cell.time = model::TimeOfDay{minutes};
    const std::string time_text =
        two(static_cast<unsigned>(minutes / 60)) + ":" + two(static_cast<unsigned>(minutes % 60));
    if (shown == Shown::time) {
        cell.kind = CellKind::time;
        cell.text = time_text;
        return true;
    }
    // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 (serial 60)
    // that never was, so serials from 61 on are a day behind.
    long days = static_cast<long>(whole);
    if (date1904) {
        days -= 24107;
    } else {
        if (days == 60 || days < 1) return false;
        days -= days > 60 ? 25569 : 25568;
    }
    cell.day = static_cast<model::DayNumber>(days);
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    const std::string year = std::to_string(static_cast<int>(ymd.year()));
    const std::string month = two(static_cast<unsigned>(ymd.month()));
    const std::string day = two(static_cast<unsigned>(ymd.day()));
    switch (shown) {
        case Shown::year:
            cell.text = year;
            break;
        case Shown::month:
            cell.text = year + "-" + month;
            break;
        case Shown::date_time:
            cell.kind = CellKind::date_time;
            cell.text = year + "-" + month + "-" + day + " " + time_text;
            return true;
        default:
            cell.text = year + "-" + month + "-" + day;
            break;
    }
    cell.kind = shown == Shown::day ? CellKind::date : CellKind::text;
    return true;
}

struct SheetContext {
    const std::vector<std::string>* strings = nullptr;
    const Styles* styles = nullptr;
    bool date1904 = false;
};

std::expected<Table, ReadProblem> read_sheet(const pugi::xml_document& doc,
                                             const SheetContext& context) {
    Table table;
    std::size_t cells = 0;
    std::map<int, std::size_t> row_index;
    const pugi::xml_node root = doc.document_element();
    int last_row = 0;
    for (pugi::xml_node part : root.children()) {
        if (local_name(part) != "sheetData") continue;
        for (pugi::xml_node r : part.children()) {
            if (local_name(r) != "row") continue;
            Row row;
            const char* number = attribute(r, "r");
            row.number = number ? std::atoi(number) : last_row + 1;
            if (row.number <= last_row || row.number > 1'048'576) row.number = last_row + 1;
            last_row = row.number;
            int next_column = 0;
            for (pugi::xml_node c : r.children()) {
                if (local_name(c) != "c") continue;
                int column = next_column;
                int unused_row = 0;
                if (const char* ref = attribute(c, "r")) {
                    if (!parse_ref(ref, column, unused_row)) column = next_column;
                }
                if (column >= k_max_columns) continue;
                next_column = column + 1;
                const std::string_view type = attribute(c, "t") ? attribute(c, "t") : "n";
                Cell cell;
                std::string value;
                bool has_value = false;
                for (pugi::xml_node v : c.children()) {
                    if (local_name(v) == "v") {
                        value = v.text().get();
                        has_value = true;
                    } else if (local_name(v) == "is") {
                        value = string_item_text(v);
                        has_value = true;
                    }
                }
                if (!has_value) continue;
                if (type == "s") {
                    const long index = std::atol(value.c_str());
                    if (context.strings != nullptr && index >= 0 &&
                        static_cast<std::size_t>(index) < context.strings->size())
                        cell.text = (*context.strings)[static_cast<std::size_t>(index)];
                } else if (type == "b") {
                    cell.text = value == "1" ? "TRUE" : "FALSE";
                } else if (type == "n") {
                    cell.text = value;
                    const char* style_text = attribute(c, "s");
                    const long style = style_text ? std::atol(style_text) : 0;
                    if (context.styles != nullptr && style >= 0 &&
                        static_cast<std::size_t>(style) < context.styles->by_style.size()) {
                        const Shown shown =
                            context.styles->by_style[static_cast<std::size_t>(style)];
                        double serial = 0;
                        const auto [end, ec] =
                            std::from_chars(value.data(), value.data() + value.size(), serial);
                        if (shown != Shown::number && ec == std::errc() &&
                            end == value.data() + value.size()) {
                            Cell typed;
                            if (typed_cell(serial, shown, context.date1904, typed)) cell = typed;
                        }
                    }
                } else {
                    cell.text = value;  // str, inlineStr, e (#N/A), d
                }
                if (row.cells.size() <= static_cast<std::size_t>(column)) {
                    cells += static_cast<std::size_t>(column) + 1 - row.cells.size();
                    if (cells > k_max_cells) {
                        return std::unexpected(
                            ReadProblem{"the sheet has more than 4 million cells: not a chronology",
                                        "copy the chronology to a new workbook and import that"});
                    }
                    row.cells.resize(static_cast<std::size_t>(column) + 1);
                }
                row.cells[static_cast<std::size_t>(column)] = std::move(cell);
            }
            row_index[row.number] = table.rows.size();
            table.rows.push_back(std::move(row));
        }
    }
    // Merged ranges: the value to each row covered, the columns to its right marked.
    std::vector<std::array<int, 4>> merges;  // first column, first row, last column, last row
    int used_first = k_max_columns, used_last = -1;
    for (const Row& row : table.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (row.cells[c].text.empty()) continue;
            used_first = std::min(used_first, static_cast<int>(c));
            used_last = std::max(used_last, static_cast<int>(c));
        }
    }
    for (pugi::xml_node part : root.children()) {
        if (local_name(part) != "mergeCells") continue;
        for (pugi::xml_node m : part.children()) {
            const char* ref = attribute(m, "ref");
            if (ref == nullptr) continue;
            const std::string_view text = ref;
            const std::size_t colon = text.find(':');
            if (colon == std::string_view::npos) continue;
            int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
            if (!parse_ref(text.substr(0, colon), c1, r1) ||
                !parse_ref(text.substr(colon + 1), c2, r2) || c2 < c1 || r2 < r1)
                continue;
            merges.push_back({c1, r1, c2, r2});
        }
    }
    for (const auto& [c1, r1, c2, r2] : merges) {
        const auto top = row_index.find(r1);
        if (top == row_index.end()) continue;
        Cell first;
        if (static_cast<std::size_t>(c1) < table.rows[top->second].cells.size())
            first = table.rows[top->second].cells[static_cast<std::size_t>(c1)];
        for (auto it = top; it != row_index.end() && it->first <= r2; ++it) {
            Row& row = table.rows[it->second];
            if (row.cells.size() <= static_cast<std::size_t>(c2)) {
                cells += static_cast<std::size_t>(c2) + 1 - row.cells.size();
                if (cells > k_max_cells) break;
                row.cells.resize(static_cast<std::size_t>(c2) + 1);
            }
            if (it != top) row.cells[static_cast<std::size_t>(c1)] = first;
            for (int c = c1 + 1; c <= c2; ++c)
                row.cells[static_cast<std::size_t>(c)].merged_across = true;
            if (c2 > c1 && c1 <= used_first && c2 >= used_last) row.spans_table = true;
        }
    }
    return table;
}

}  // namespace

std::expected<Table, ReadProblem> read_xlsx_sheet_xml(std::string_view xml,
                                                      const std::vector<std::string>& strings) {
    pugi::xml_document doc;
    if (auto parsed = parse_xml_part(doc, xml, "sheet"); !parsed)
        return std::unexpected(parsed.error());
    SheetContext context;
    context.strings = &strings;
    return read_sheet(doc, context);
}

std::expected<Document, ReadProblem> read_xlsx_sheets(std::string_view bytes,
                                                      std::uintmax_t max_bytes) {
    auto archive = OfficeArchive::open(bytes, "Excel", max_bytes);
    if (!archive) return std::unexpected(archive.error());
    if (!archive->has("xl/workbook.xml")) {
        return std::unexpected(
            ReadProblem{"the file is a zip archive but not an Excel workbook (no xl/workbook.xml)",
                        "save the chronology from Excel as a .xlsx file"});
    }
    const auto load = [&](const std::string& name,
                          pugi::xml_document& doc) -> std::expected<void, ReadProblem> {
        auto xml = archive->read(name);
        if (!xml) return std::unexpected(xml.error());
        return parse_xml_part(doc, *xml, name);
    };
    pugi::xml_document workbook, rels;
    if (auto ok = load("xl/workbook.xml", workbook); !ok) return std::unexpected(ok.error());
    if (auto ok = load("xl/_rels/workbook.xml.rels", rels); !ok) return std::unexpected(ok.error());
    std::vector<std::string> strings;
    if (archive->has("xl/sharedStrings.xml")) {
        pugi::xml_document doc;
        if (auto ok = load("xl/sharedStrings.xml", doc); !ok) return std::unexpected(ok.error());
        strings = read_shared_strings(doc);
    }
    Styles styles;
    if (archive->has("xl/styles.xml")) {
        pugi::xml_document doc;
        if (auto ok = load("xl/styles.xml", doc); !ok) return std::unexpected(ok.error());
        styles = read_styles(doc);
    }
    std::map<std::string, std::string> targets;
    for (pugi::xml_node r : rels.document_element().children()) {
        const char* id = attribute(r, "Id");
        const char* target = attribute(r, "Target");
        if (id == nullptr || target == nullptr) continue;
        std::string path = target;
        path = path.starts_with('/') ? path.substr(1) : "xl/" + path;
        targets[id] = path;
    }
    SheetContext context{&strings, &styles, false};
    Document out;
    for (pugi::xml_node part : workbook.document_element().children()) {
        if (local_name(part) == "workbookPr") {
            const char* d = attribute(part, "date1904");
            context.date1904 =
                d != nullptr && (std::string_view(d) == "1" || std::string_view(d) == "true");
        }
        if (local_name(part) != "sheets") continue;
        for (pugi::xml_node sheet : part.children()) {
            const char* name = attribute(sheet, "name");
            const char* id = attribute(sheet, "id");
            if (name == nullptr || id == nullptr) continue;
            const auto target = targets.find(id);
            if (target == targets.end() || !archive->has(target->second)) continue;
            pugi::xml_document doc;
            if (auto ok = load(target->second, doc); !ok) return std::unexpected(ok.error());
            auto table = read_sheet(doc, context);
            if (!table) return std::unexpected(table.error());
            table->name = std::string("sheet ") + name;
            const char* state = attribute(sheet, "state");
            table->hidden = state != nullptr && std::string_view(state) != "visible";
            out.tables.push_back(std::move(*table));
        }
    }
    return out;
}

}  // namespace imr::import
