#include "render/xlsx_renderer.hpp"

#include <date/date.h>
#include <xlsxwriter.h>
#include <algorithm>

#include <map>
#include <tuple>

#include "render/agency_palette.hpp"
#include "render/entry_text.hpp"
#include "render/renderer.hpp"

namespace imr::render {
namespace {

struct Column {
    const char* heading;
    double width;
};

constexpr Column k_columns[] = {
    {"#", 6},           {"Date (as written)", 18},
    {"From", 11},       {"To", 11},
    {"Time", 7},        {"Agency", 24},
    {"Type", 12},       {"Ref", 16},
    {"Parties", 14},    {"Summary", 60},
    {"Action", 36},     {"IMR comment", 36},
    {"Indicators", 22}, {"Risk", 20},
    {"Shared", 30},     {"Event", 7},
    {"Source", 20},
};
constexpr lxw_col_t k_column_count = sizeof k_columns / sizeof k_columns[0];

lxw_datetime datetime_of(model::DayNumber day) {
    const date::year_month_day ymd{date::sys_days{date::days{day}}};
    return {static_cast<int>(ymd.year()),
            static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())),
            0,
            0,
            0.0};
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// A text as Excel must receive it to show it as written (1.1): a literal "_xHHHH_",
// which Excel would read as an escaped character, has its underscore escaped
// ("_x005F_xHHHH_"); a NUL, which would end the cell, becomes U+FFFD.
std::string xlsx_text(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\0') {
            out += "\xEF\xBF\xBD";
        } else if (c == '_' && i + 6 < value.size() && value[i + 1] == 'x' &&
                   is_hex(value[i + 2]) && is_hex(value[i + 3]) && is_hex(value[i + 4]) &&
                   is_hex(value[i + 5]) && value[i + 6] == '_') {
            out += "_x005F_";  // the underscore itself, escaped
        } else {
            out += c;
        }
    }
    return out;
}

// Builds the workbook and remembers the first libxlsxwriter error, so that one check at
// the end covers every call.
class WorkbookWriter {
  public:
    explicit WorkbookWriter(lxw_workbook* workbook) : m_workbook(workbook) {}

    void check(lxw_error error) {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) m_error = error;
    }
    lxw_error error() const { return m_error; }

    // A text cell; an empty text leaves the cell blank but formatted.
    void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value,
              lxw_format* format) {
        check(value.empty()
                  ? worksheet_write_blank(sheet, row, col, format)
                  : worksheet_write_string(sheet, row, col, xlsx_text(value).c_str(), format));
    }

    // The format of a cell of agency `lane`: its fill, wrapped and top-aligned text.
    lxw_format* cell_format(std::size_t lane, bool bold, bool is_date) {
        auto& format = m_formats[{lane, bold, is_date}];
        if (format) return format;
        format = workbook_add_format(m_workbook);
        format_set_bg_color(format, agency_colours(lane).fill.packed());
        format_set_font_color(format, k_text_colour.packed());
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_border_color(format, 0xC8C8C8);
        if (bold) format_set_bold(format);
        if (is_date) format_set_num_format(format, "yyyy-mm-dd");
        return format;
    }

    lxw_format* heading_format() {
        if (m_heading) return m_heading;
        m_heading = workbook_add_format(m_workbook);
        format_set_bold(m_heading);
        format_set_bg_color(m_heading, 0xE8E8E8);
        format_set_font_color(m_heading, k_text_colour.packed());
        format_set_border(m_heading, LXW_BORDER_THIN);
        format_set_text_wrap(m_heading);
        format_set_align(m_heading, LXW_ALIGN_VERTICAL_TOP);
        return m_heading;
    }

    lxw_format* notice_format() {
        if (m_notice) return m_notice;
        m_notice = workbook_add_format(m_workbook);
        format_set_bold(m_notice);
        format_set_font_size(m_notice, 13);
        format_set_bg_color(m_notice, 0xFFF4CE);
        format_set_font_color(m_notice, k_text_colour.packed());
        format_set_border(m_notice, LXW_BORDER_MEDIUM);
        format_set_border_color(m_notice, 0x8A5300);
        format_set_text_wrap(m_notice);
        format_set_align(m_notice, LXW_ALIGN_VERTICAL_CENTER);
        return m_notice;
    }

    lxw_format* wrap_format() {
        if (m_wrap) return m_wrap;
        m_wrap = workbook_add_format(m_workbook);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        return m_wrap;
    }

  private:
    lxw_workbook* m_workbook;
    lxw_error m_error = LXW_NO_ERROR;
    std::map<std::tuple<std::size_t, bool, bool>, lxw_format*> m_formats;
    lxw_format* m_heading = nullptr;
    lxw_format* m_notice = nullptr;
    lxw_format* m_wrap = nullptr;
};

void write_chronology_sheet(const merge::CombinedChronology& merged, lxw_worksheet* sheet,
                            WorkbookWriter& w) {
    auto lanes = agency_indices(merged);
    lxw_row_t row = 0;
    const auto banner = [&](const std::string& text, lxw_format* format, double height) {
        w.check(
            worksheet_merge_range(sheet, row, 0, row, k_column_count - 1, text.c_str(), format));
        w.check(worksheet_set_row(sheet, row, height, nullptr));
        ++row;
    };
    if (auto notice = private_names_notice(merged); !notice.empty())
        banner(notice, w.notice_format(), 36);
    if (!merged.filter.empty()) banner("Filtered: " + merged.filter, w.wrap_format(), 30);

    const lxw_row_t header = row;
    for (lxw_col_t c = 0; c < k_column_count; ++c) {
        w.check(worksheet_set_column(sheet, c, c, k_columns[c].width, nullptr));
        w.text(sheet, header, c, k_columns[c].heading, w.heading_format());
    }
    for (const auto& m : merged.entries) {
        ++row;
        const model::Entry& e = m.entry;
        const std::size_t lane = lanes[m.agency];
        lxw_format* format = w.cell_format(lane, e.significant, false);
        lxw_format* date_format = w.cell_format(lane, e.significant, true);
        lxw_datetime start = datetime_of(e.date.start), end = datetime_of(e.date.end);
        w.check(worksheet_write_number(sheet, row, 0, m.seq, format));
        w.text(sheet, row, 1, e.date.text + (e.date.approximate ? " (approximate)" : ""), format);
        w.check(worksheet_write_datetime(sheet, row, 2, &start, date_format));
        w.check(worksheet_write_datetime(sheet, row, 3, &end, date_format));
        w.text(sheet, row, 4, time_text(m), format);
        w.text(sheet, row, 5, m.agency, format);
        w.text(sheet, row, 6, e.type, format);
        w.text(sheet, row, 7, e.ref, format);
        w.text(sheet, row, 8, joined(m.party_ids), format);
        w.text(sheet, row, 9, e.summary, format);
        w.text(sheet, row, 10, e.action, format);
        w.text(sheet, row, 11, e.comment, format);
        w.text(sheet, row, 12, joined(m.indicators), format);
        w.text(sheet, row, 13, risk_text(m), format);
        w.text(sheet, row, 14, joined(share_texts(m), "\n"), format);
        if (m.event)
            w.check(worksheet_write_number(sheet, row, 15, *m.event, format));
        else
            w.text(sheet, row, 15, "", format);
        w.text(sheet, row, 16, citation(m), format);
    }
    worksheet_freeze_panes(sheet, header + 1, 0);
    w.check(worksheet_autofilter(sheet, header, 0, row, k_column_count - 1));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    w.check(worksheet_repeat_rows(sheet, header, header));
    worksheet_fit_to_pages(sheet, 1, 0);
}

void write_agencies_sheet(const merge::CombinedChronology& merged, lxw_worksheet* sheet,
                          WorkbookWriter& w) {
    w.check(worksheet_set_column(sheet, 0, 0, 48, nullptr));
    w.check(worksheet_set_column(sheet, 1, 1, 10, nullptr));
    w.text(sheet, 0, 0, "Agency", w.heading_format());
    w.text(sheet, 0, 1, "Entries", w.heading_format());
    auto lanes = agency_indices(merged);
    lxw_row_t row = 0;
    int total = 0;
    for (const auto& [agency, count] : entries_per_agency(merged)) {
        ++row;
        w.text(sheet, row, 0, agency, w.cell_format(lanes[agency], false, false));
        w.check(worksheet_write_number(sheet, row, 1, count,
                                       w.cell_format(lanes[agency], false, false)));
        total += count;
    }
    ++row;
    w.text(sheet, row, 0, "Total", w.heading_format());
    w.check(worksheet_write_number(sheet, row, 1, total, w.heading_format()));
    worksheet_freeze_panes(sheet, 1, 0);
}

void write_diagnostics_sheet(const merge::CombinedChronology& merged, lxw_worksheet* sheet,
                             WorkbookWriter& w) {
    constexpr Column k_diag_columns[] = {{"Severity", 10}, {"Code", 20},  {"File", 28},
                                         {"Line", 7},      {"Column", 8}, {"Message", 70},
                                         {"Hint", 50}};
    for (lxw_col_t c = 0; c < 7; ++c) {
        w.check(worksheet_set_column(sheet, c, c, k_diag_columns[c].width, nullptr));
        w.text(sheet, 0, c, k_diag_columns[c].heading, w.heading_format());
    }
    lxw_row_t row = 0;
    for (const auto& d : merged.diagnostics) {
        ++row;
        w.text(sheet, row, 0, model::to_string(d.severity), w.wrap_format());
        w.text(sheet, row, 1, d.code, w.wrap_format());
        w.text(sheet, row, 2, d.loc.file, w.wrap_format());
        if (d.loc.line > 0)
            w.check(worksheet_write_number(sheet, row, 3, d.loc.line, w.wrap_format()));
        if (d.loc.column > 0)
            w.check(worksheet_write_number(sheet, row, 4, d.loc.column, w.wrap_format()));
        w.text(sheet, row, 5, d.message, w.wrap_format());
        w.text(sheet, row, 6, d.hint, w.wrap_format());
    }
    if (merged.diagnostics.empty())
        w.text(sheet, 1, 0, "No problems were found in the input.", nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (row > 0) w.check(worksheet_autofilter(sheet, 0, 0, row, 6));
}

}  // namespace

std::expected<void, std::string> write_xlsx(const merge::CombinedChronology& merged,
                                            const std::string& path) {
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) return std::unexpected(std::string("cannot create the workbook"));
    WorkbookWriter w(workbook);
    std::string title = "Combined chronology" + (merged.review.empty() ? "" : ": " + merged.review);
    lxw_doc_properties properties{};
    properties.title = title.data();
    // A fixed creation time (libxlsxwriter's default is now) keeps the workbook
    // byte-identical for the same input: the day after the chronology's last date.
    model::DayNumber last = 0;
    for (const auto& m : merged.entries) last = std::max(last, m.entry.date.end);
    properties.created = static_cast<time_t>(last + 1) * 86400;
    w.check(workbook_set_properties(workbook, &properties));
    lxw_worksheet* chronology = workbook_add_worksheet(workbook, "Chronology");
    lxw_worksheet* agencies = workbook_add_worksheet(workbook, "Agencies");
    lxw_worksheet* diagnostics = workbook_add_worksheet(workbook, "Diagnostics");
    if (!chronology || !agencies || !diagnostics) {
        workbook_close(workbook);
        return std::unexpected(std::string("cannot add a worksheet"));
    }
    write_chronology_sheet(merged, chronology, w);
    write_agencies_sheet(merged, agencies, w);
    write_diagnostics_sheet(merged, diagnostics, w);
    const lxw_error closed = workbook_close(workbook);  // writes the file and frees everything
    if (w.error() != LXW_NO_ERROR) return std::unexpected(std::string(lxw_strerror(w.error())));
    if (closed != LXW_NO_ERROR) return std::unexpected(std::string(lxw_strerror(closed)));
    return {};
}

}  // namespace imr::render
