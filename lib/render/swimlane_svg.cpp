#include "render/swimlane_svg.hpp"

#include <date/date.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "render/agency_palette.hpp"
#include "render/entry_text.hpp"
#include "render/markup.hpp"

namespace imr::render {
namespace {

constexpr double k_width = 1200;
constexpr double k_label_width = 230;
constexpr double k_earlier_width = 80;
constexpr double k_right_margin = 24;
constexpr double k_axis_height = 34;
constexpr double k_lane_height = 30;
// A gap between entries longer than this starts the timeline after it.
constexpr model::DayNumber k_gap_days = 365;

std::string num(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

struct Axis {
    model::DayNumber first = 0;   // the first day drawn to scale
    model::DayNumber last = 0;    // the last day drawn to scale
    bool has_earlier = false;     // entries before `first` go in the earlier column
    double left = k_label_width;  // where the scale starts

    double x(model::DayNumber day) const {
        const double span = static_cast<double>(last + 1 - first);
        return left + (day - first) / span * (k_width - k_right_margin - left);
    }
};

Axis axis_of(const merge::MergedChronology& merged) {
    std::vector<model::DayNumber> starts;
    for (const auto& m : merged.entries) starts.push_back(m.entry.date.start);
    std::sort(starts.begin(), starts.end());
    Axis axis;
    std::size_t i = starts.size() - 1;
    while (i > 0 && starts[i] - starts[i - 1] <= k_gap_days) --i;
    axis.first = starts[i];
    axis.has_earlier = i > 0;
    axis.last = axis.first;
    for (const auto& m : merged.entries) {
        if (m.entry.date.start >= axis.first) axis.last = std::max(axis.last, m.entry.date.end);
    }
    if (axis.last - axis.first < 30) {  // a few days: show a month around them
        axis.first -= 15;
        axis.last += 15;
    }
    if (axis.has_earlier) axis.left += k_earlier_width;
    return axis;
}

date::year_month month_of(model::DayNumber day) {
    const date::year_month_day ymd{date::sys_days{date::days{day}}};
    return ymd.year() / ymd.month();
}

model::DayNumber first_day(date::year_month month) {
    return static_cast<model::DayNumber>(date::sys_days{month / 1}.time_since_epoch().count());
}

void write_ticks(const Axis& axis, double bottom, std::ostream& out) {
    static const char* const k_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int months = static_cast<int>((axis.last - axis.first) / 30) + 1;
    const int step = months <= 14 ? 1 : months <= 28 ? 2 : months <= 42 ? 3 : months <= 84 ? 6 : 12;
    // Every month after the first day, labelled when it starts a `step`-month period of
    // the calendar year (January, April, July, October for 3), so labels fall alike in
    // every report.
    for (date::year_month month = month_of(axis.first) + date::months{1};
         first_day(month) <= axis.last; month += date::months{1}) {
        if ((static_cast<unsigned>(month.month()) - 1) % static_cast<unsigned>(step) != 0) continue;
        const double x = axis.x(first_day(month));
        out << "<line class=\"tick\" x1=\"" << num(x) << "\" y1=\"" << num(k_axis_height - 6)
            << "\" x2=\"" << num(x) << "\" y2=\"" << num(bottom) << "\"/>";
        const unsigned m = static_cast<unsigned>(month.month());
        out << "<text class=\"tick-label\" x=\"" << num(x + 3) << "\" y=\""
            << num(k_axis_height - 12) << "\">"
            << (step == 12 ? "" : std::string(k_months[m - 1]) + " ")
            << static_cast<int>(month.year()) << "</text>\n";
    }
}

struct Mark {
    double x0 = 0;
    double x1 = 0;
    double y = 0;
    double centre() const { return (x0 + x1) / 2; }
};

Mark mark_of(const merge::MergedEntry& m, const Axis& axis, std::size_t lane) {
    const double y = k_axis_height + k_lane_height * (static_cast<double>(lane) + 0.5);
    const model::DateValue& d = m.entry.date;
    if (d.start < axis.first) {
        const double x = k_label_width + k_earlier_width / 2;
        return {x, x, y};
    }
    return {axis.x(d.start), axis.x(d.end + 1), y};
}

}  // namespace

void write_swimlane_svg(const merge::MergedChronology& merged, std::ostream& out) {
    const double height =
        k_axis_height + k_lane_height * static_cast<double>(merged.agencies.size()) + 8;
    out << "<svg class=\"swimlanes\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        << num(k_width) << " " << num(height)
        << "\" role=\"img\" aria-labelledby=\"timeline-title\">\n"
        << "<title id=\"timeline-title\">Timeline: one lane per agency; dots are exact days, bars "
           "uncertain "
           "dates; lines join entries that record the same event</title>\n";
    if (merged.entries.empty() || merged.agencies.empty()) {
        out << "</svg>\n";
        return;
    }
    const Axis axis = axis_of(merged);
    auto lanes = agency_indices(merged);
    for (std::size_t i = 0; i < merged.agencies.size(); ++i) {
        const double top = k_axis_height + k_lane_height * static_cast<double>(i);
        out << "<rect class=\"lane\" x=\"0\" y=\"" << num(top) << "\" width=\"" << num(k_width)
            << "\" height=\"" << num(k_lane_height) << "\" fill=\"" << agency_colours(i).fill.hex()
            << "\"/>"
            << "<text class=\"lane-label\" x=\"8\" y=\"" << num(top + k_lane_height / 2 + 4)
            << "\">" << escape_markup(merged.agencies[i]) << "</text>\n";
    }
    const double bottom = height - 8;
    write_ticks(axis, bottom, out);
    if (axis.has_earlier) {
        out << "<text class=\"tick-label\" x=\"" << num(k_label_width + 6) << "\" y=\""
            << num(k_axis_height - 12) << "\">earlier</text><line class=\"earlier-edge\" x1=\""
            << num(axis.left - 4) << "\" y1=\"" << num(k_axis_height - 6) << "\" x2=\""
            << num(axis.left - 4) << "\" y2=\"" << num(bottom) << "\"/>\n";
    }

    std::vector<Mark> marks;
    std::map<int, std::vector<std::size_t>> events;
    for (std::size_t i = 0; i < merged.entries.size(); ++i) {
        const auto& m = merged.entries[i];
        marks.push_back(mark_of(m, axis, lanes.count(m.agency) ? lanes[m.agency] : 0));
        if (m.event) events[*m.event].push_back(i);
    }
    for (const auto& [event, members] : events) {
        if (members.size() < 2) continue;
        out << "<polyline class=\"link\" data-event=\"" << event << "\" points=\"";
        for (std::size_t k = 0; k < members.size(); ++k) {
            const Mark& mark = marks[members[k]];
            out << (k ? " " : "") << num(mark.centre()) << "," << num(mark.y);
        }
        out << "\"/>\n";
    }
    for (std::size_t i = 0; i < merged.entries.size(); ++i) {
        const auto& m = merged.entries[i];
        const Mark& mark = marks[i];
        const AgencyColours& colours = agency_colours(lanes.count(m.agency) ? lanes[m.agency] : 0);
        const model::DateValue& d = m.entry.date;
        out << "<a href=\"#e" << m.seq << "\" class=\"mark"
            << (m.entry.significant ? " significant" : "") << "\" data-seq=\"" << m.seq
            << "\"><title>#" << m.seq << " " << escape_markup(d.text) << " — "
            << escape_markup(m.agency) << ": " << escape_markup(m.entry.summary) << "</title>";
        const bool exact =
            d.precision == model::Precision::day && d.start == d.end && !d.approximate;
        if (exact || d.start < axis.first || mark.x1 - mark.x0 < 6) {
            out << "<circle cx=\"" << num(mark.centre()) << "\" cy=\"" << num(mark.y) << "\" r=\""
                << (m.entry.significant ? "7" : "5") << "\" fill=\"" << colours.mark.hex() << "\""
                << (exact ? ""
                          : " fill-opacity=\"0.35\" stroke=\"" + colours.mark.hex() +
                                "\" stroke-width=\"2\"")
                << (d.approximate ? " stroke-dasharray=\"3 2\"" : "") << "/>";
        } else {
            out << "<rect x=\"" << num(mark.x0) << "\" y=\"" << num(mark.y - 6) << "\" width=\""
                << num(mark.x1 - mark.x0) << "\" height=\"12\" rx=\"4\" fill=\""
                << colours.mark.hex() << "\" fill-opacity=\"0.3\" stroke=\"" << colours.mark.hex()
                << "\" stroke-width=\"" << (m.entry.significant ? "3" : "1.5") << "\""
                << (d.approximate ? " stroke-dasharray=\"4 3\"" : "") << "/>";
        }
        out << "</a>\n";
    }
    out << "</svg>\n";
}

}  // namespace imr::render
