#include "render/swimlane_svg.hpp"

#include <date/date.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>
#include <vector>

#include "render/agency_palette.hpp"
#include "render/entry_text.hpp"
#include "render/markup.hpp"

namespace imr::render {
namespace {

constexpr double k_width = 1200;
constexpr double k_label_width = 230;
// The characters of a lane label's line that fit the label column at 11 px bold.
constexpr std::size_t k_label_chars = 30;
// Point marks in one lane closer than this (in the timeline's 1,200 units) are drawn as
// one mark with their count.
constexpr double k_merge_distance = 12;
// Above this many entries the event links are drawn faint, so that marks stay readable.
constexpr std::size_t k_dense_entries = 1000;
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

Axis axis_of(const merge::CombinedChronology& merged) {
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
    bool earlier = false;  // drawn in the earlier column, which does not zoom
    double centre() const { return (x0 + x1) / 2; }
};

Mark mark_of(const merge::CombinedEntry& m, const Axis& axis, std::size_t lane) {
    const double y = k_axis_height + k_lane_height * (static_cast<double>(lane) + 0.5);
    const model::DateValue& d = m.entry.date;
    if (d.start < axis.first) {
        const double x = k_label_width + k_earlier_width / 2;
        return {x, x, y, true};
    }
    return {axis.x(d.start), axis.x(d.end + 1), y, false};
}

// Entries that would be drawn on top of one another, drawn once with their count: in one
// lane, points whose centres are closer than a mark's width, and bars over the same days.
struct Group {
    std::vector<std::size_t> members;  // indices into the entries, in output order
    Mark mark;
    bool point = true;
};

bool is_point(const Mark& mark) { return mark.earlier || mark.x1 - mark.x0 < 6; }

std::vector<Group> groups_of(const merge::CombinedChronology& merged,
                             const std::vector<Mark>& marks,
                             const std::vector<std::size_t>& lane_of) {
    // Lane by lane, in order of position: a point joins the group before it when close.
    std::vector<std::size_t> order(merged.entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (lane_of[a] != lane_of[b]) return lane_of[a] < lane_of[b];
        return marks[a].x0 < marks[b].x0;
    });
    std::vector<Group> groups;
    std::map<std::tuple<std::size_t, long, long>, std::size_t> bars;  // lane, x0, x1 -> group
    std::size_t open_point = static_cast<std::size_t>(-1);
    for (std::size_t i : order) {
        const Mark& mark = marks[i];
        const bool point = is_point(mark);
        if (point) {
            if (open_point != static_cast<std::size_t>(-1)) {
                Group& g = groups[open_point];
                const std::size_t first = g.members.front();
                if (lane_of[first] == lane_of[i] && g.mark.earlier == mark.earlier &&
                    mark.centre() - marks[first].centre() < k_merge_distance) {
                    g.members.push_back(i);
                    g.mark.x1 = std::max(g.mark.x1, mark.x1);
                    continue;
                }
            }
            groups.push_back({{i}, mark, true});
            open_point = groups.size() - 1;
            continue;
        }
        const auto key = std::make_tuple(lane_of[i], std::lround(mark.x0), std::lround(mark.x1));
        if (auto it = bars.find(key); it != bars.end()) {
            groups[it->second].members.push_back(i);
            continue;
        }
        bars.emplace(key, groups.size());
        groups.push_back({{i}, mark, false});
    }
    // In output order, so that the page is the same whatever the sort did with ties.
    for (auto& g : groups) std::sort(g.members.begin(), g.members.end());
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return a.members.front() < b.members.front(); });
    return groups;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The first `chars` characters of `text`.
std::string utf8_prefix(std::string_view text, std::size_t chars) {
    std::size_t at = 0;
    for (std::size_t n = 0; at < text.size(); ++at) {
        if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && n++ == chars) break;
    }
    return std::string(text.substr(0, at));
}

// A lane label that fits the label column: on one line, or two, shortened with an
// ellipsis past that (the full name is the label's tooltip and is written beside every
// entry in the table).
std::vector<std::string> label_lines(const std::string& name) {
    const auto fits = [](std::size_t chars) { return chars <= k_label_chars; };
    if (fits(utf8_length(name))) return {name};
    std::size_t best = std::string::npos;
    for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1)) {
        if (fits(utf8_length(name.substr(0, at)))) best = at;
    }
    if (best == std::string::npos) return {utf8_prefix(name, k_label_chars - 1) + "\u2026"};
    std::string rest = name.substr(best + 1);
    if (!fits(utf8_length(rest))) rest = utf8_prefix(rest, k_label_chars - 1) + "\u2026";
    return {name.substr(0, best), rest};
}

void write_lane_labels(const merge::CombinedChronology& merged, std::ostream& out) {
    out << "<g class=\"lane-labels\">\n";
    for (std::size_t i = 0; i < merged.agencies.size(); ++i) {
        const double top = k_axis_height + k_lane_height * static_cast<double>(i);
        const auto lines = label_lines(merged.agencies[i]);
        out << "<text class=\"lane-label\" x=\"8\" y=\""
            << num(top + k_lane_height / 2 + (lines.size() == 1 ? 4 : -2)) << "\"><title>"
            << escape_markup(merged.agencies[i]) << "</title>";
        for (std::size_t k = 0; k < lines.size(); ++k) {
            out << "<tspan x=\"8\"" << (k ? " dy=\"12\"" : "") << ">" << escape_markup(lines[k])
                << "</tspan>";
        }
        out << "</text>\n";
    }
    out << "</g>\n";
}

void write_mark(const merge::CombinedChronology& merged, const Group& group,
                const AgencyColours& colours, std::ostream& out) {
    const auto& first = merged.entries[group.members.front()];
    const model::DateValue& d = first.entry.date;
    const Mark& mark = group.mark;
    const std::size_t count = group.members.size();
    bool significant = false;
    for (std::size_t i : group.members) significant |= merged.entries[i].entry.significant;
    out << "<a href=\"#e" << first.seq << "\" class=\"mark" << (significant ? " significant" : "")
        << (count > 1 ? " group" : "") << "\" data-seq=\"" << first.seq << "\"";
    if (count > 1) {
        out << " data-seqs=\"";
        for (std::size_t k = 0; k < count; ++k)
            out << (k ? " " : "") << merged.entries[group.members[k]].seq;
        out << "\"";
    }
    if (!mark.earlier)
        out << " data-x0=\"" << num(mark.x0) << "\" data-x1=\"" << num(mark.x1) << "\"";
    out << "><title>";
    if (count > 1) {
        const auto& last = merged.entries[group.members.back()];
        out << count << " entries of " << escape_markup(first.agency) << ", #" << first.seq << " "
            << escape_markup(d.text) << " to #" << last.seq << " "
            << escape_markup(last.entry.date.text)
            << " (the table lists each): " << escape_markup(first.entry.summary);
    } else {
        out << "#" << first.seq << " " << escape_markup(d.text) << " — "
            << escape_markup(first.agency) << ": " << escape_markup(first.entry.summary);
    }
    out << "</title>";
    const bool exact = d.precision == model::Precision::day && d.start == d.end && !d.approximate;
    if (group.point) {
        const double radius = count > 1 ? std::min(9.0, 5.5 + std::log2(static_cast<double>(count)))
                              : significant ? 7.0
                                            : 5.0;
        out << "<circle cx=\"" << num(mark.centre()) << "\" cy=\"" << num(mark.y) << "\" r=\""
            << num(radius) << "\" fill=\"" << colours.mark.hex() << "\""
            << (exact || count > 1 ? ""
                                   : " fill-opacity=\"0.35\" stroke=\"" + colours.mark.hex() +
                                         "\" stroke-width=\"2\"")
            << (count == 1 && d.approximate ? " stroke-dasharray=\"3 2\"" : "")
            << (significant && count > 1 ? " stroke=\"#1b1b1b\" stroke-width=\"2\"" : "") << "/>";
    } else {
        out << "<rect x=\"" << num(mark.x0) << "\" y=\"" << num(mark.y - 6) << "\" width=\""
            << num(mark.x1 - mark.x0) << "\" height=\"12\" rx=\"4\" fill=\"" << colours.mark.hex()
            << "\" fill-opacity=\"" << (count > 1 ? "0.55" : "0.3") << "\" stroke=\""
            << colours.mark.hex() << "\" stroke-width=\"" << (significant ? "3" : "1.5") << "\""
            << (d.approximate ? " stroke-dasharray=\"4 3\"" : "") << "/>";
    }
    if (count > 1) {
        out << "<text class=\"count\" x=\"" << num(group.point ? mark.centre() : mark.x0 + 8)
            << "\" y=\"" << num(mark.y + 3) << "\">" << count << "</text>";
    }
    out << "</a>\n";
}

}  // namespace

const char* timeline_script() {
    return R"js(
(function () {
  'use strict';
  var svg = document.querySelector('svg.swimlanes');
  var controls = document.getElementById('timeline-controls');
  if (!svg || !svg.dataset.left || !controls) { return; }
  var NS = 'http://www.w3.org/2000/svg';
  var d = svg.dataset, left = +d.left, right = +d.right, first = +d.first, last = +d.last;
  var top = +d.top, bottom = +d.bottom, full = right - left, view = [left, right];
  var marks = Array.prototype.slice.call(svg.querySelectorAll('a.mark[data-x0]'));
  var links = Array.prototype.slice.call(svg.querySelectorAll('polyline.link'));
  links.forEach(function (l) { l.dataset.base = l.getAttribute('points'); });
  var ticks = svg.querySelector('g.ticks'), shown = document.getElementById('timeline-range');
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function tx(x) { return left + (x - view[0]) * full / (view[1] - view[0]); }
  function dayAt(x) { return first + (x - left) / full * (last - first); }
  function xOfDay(day) { return tx(left + (day - first) / (last - first) * full); }
  function iso(day) { return new Date(day * 864e5).toISOString().slice(0, 10); }
  function el(name, attrs, text) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }
  function drawTicks() {
    while (ticks.firstChild) { ticks.removeChild(ticks.firstChild); }
    var d0 = dayAt(view[0]), d1 = dayAt(view[1]), span = d1 - d0;
    var add = function (day, label) {
      var x = xOfDay(day).toFixed(1);
      ticks.appendChild(el('line', { 'class': 'tick', x1: x, y1: top - 6, x2: x, y2: bottom }));
      ticks.appendChild(el('text', { 'class': 'tick-label', x: (+x + 3).toFixed(1), y: top - 12 }, label));
    };
    if (span <= 70) {
      var step = span <= 21 ? 1 : 7;
      for (var day = Math.ceil(d0); day <= d1; day++) {
        var date = new Date(day * 864e5);
        if (step === 7 && date.getUTCDay() !== 1) { continue; }
        add(day, date.getUTCDate() + ' ' + MONTHS[date.getUTCMonth()] + (step === 1 && date.getUTCDate() !== 1 ? '' : ' ' + date.getUTCFullYear()));
      }
      return;
    }
    var months = span / 30.4, every = months <= 14 ? 1 : months <= 28 ? 2 : months <= 42 ? 3 : months <= 84 ? 6 : 12;
    var start = new Date(Math.floor(d0) * 864e5), y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
    for (;; m++) {
      if (m === 12) { m = 0; y++; }
      var dayOf = Date.UTC(y, m, 1) / 864e5;
      if (dayOf > d1) { break; }
      if (m % every === 0) { add(dayOf, (every === 12 ? '' : MONTHS[m] + ' ') + y); }
    }
  }
  function layout() {
    marks.forEach(function (a) {
      var x0 = +a.dataset.x0, x1 = +a.dataset.x1, point = a.querySelector('circle') !== null;
      // A point shows while its centre is in view; a bar while any of it is.
      var visible = point ? (x0 + x1) / 2 >= view[0] && (x0 + x1) / 2 <= view[1]
                          : x1 >= view[0] && x0 <= view[1];
      a.style.display = visible ? '' : 'none';
      if (!visible) { return; }
      var shape = a.querySelector('circle, rect'), count = a.querySelector('text.count');
      var X0 = tx(x0), X1 = tx(x1);
      if (shape.tagName === 'circle') {
        var c = ((X0 + X1) / 2).toFixed(1);
        shape.setAttribute('cx', c);
        if (count) { count.setAttribute('x', c); }
      } else {
        var a0 = Math.max(X0, left - 2), a1 = Math.min(X1, right + 20);
        shape.setAttribute('x', a0.toFixed(1));
        shape.setAttribute('width', Math.max(a1 - a0, 2).toFixed(1));
        if (count) { count.setAttribute('x', (a0 + 8).toFixed(1)); }
      }
    });
    links.forEach(function (l) {
      l.setAttribute('points', l.dataset.base.split(' ').map(function (p) {
        var xy = p.split(','), x = +xy[0];
        return (x >= left - 4 ? tx(x) : x).toFixed(1) + ',' + xy[1];
      }).join(' '));
    });
    drawTicks();
    var zoom = full / (view[1] - view[0]);
    shown.textContent = iso(Math.floor(dayAt(view[0]))) + ' to ' + iso(Math.ceil(dayAt(view[1])) - 1) +
      (zoom > 1.01 ? ' (zoom ' + zoom.toFixed(zoom < 10 ? 1 : 0) + '×)' : '');
  }
  function setView(centre, width) {
    width = Math.min(full, Math.max(full / 256, width));
    var v0 = Math.min(Math.max(centre - width / 2, left), right - width);
    view = [v0, v0 + width];
    layout();
  }
  function centre() { return (view[0] + view[1]) / 2; }
  function width() { return view[1] - view[0]; }
  controls.addEventListener('click', function (e) {
    var action = e.target.getAttribute && e.target.getAttribute('data-zoom');
    if (action === 'in') { setView(centre(), width() / 2); }
    if (action === 'out') { setView(centre(), width() * 2); }
    if (action === 'earlier') { setView(centre() - width() / 2, width()); }
    if (action === 'later') { setView(centre() + width() / 2, width()); }
    if (action === 'reset') { setView(left + full / 2, full); }
  });
  // Drag to pan; double-click to zoom in where clicked. A drag is not a click on a mark.
  function toPlot(clientX) {
    var box = svg.getBoundingClientRect();
    return (clientX - box.left) * svg.viewBox.baseVal.width / box.width;
  }
  var drag = null, dragged = false;
  svg.addEventListener('pointerdown', function (e) { drag = { x: e.clientX, view: view.slice() }; dragged = false; });
  window.addEventListener('pointerup', function () { drag = null; });
  svg.addEventListener('pointermove', function (e) {
    if (!drag) { return; }
    var dx = toPlot(e.clientX) - toPlot(drag.x);
    if (Math.abs(dx) > 3) { dragged = true; }
    if (!dragged) { return; }
    var w = drag.view[1] - drag.view[0];
    setView((drag.view[0] + drag.view[1]) / 2 - dx * w / full, w);
  });
  svg.addEventListener('click', function (e) { if (dragged) { e.preventDefault(); dragged = false; } }, true);
  svg.addEventListener('dblclick', function (e) {
    var x = toPlot(e.clientX);
    if (x < left) { return; }
    e.preventDefault();
    setView(view[0] + (x - left) / full * width(), width() / 2);
  });
  layout();
})();
)js";
}

void write_timeline_controls(std::ostream& out) {
    out << "<div class=\"timeline-controls\" id=\"timeline-controls\" role=\"group\" "
           "aria-label=\"Zoom and pan the timeline\">"
           "<button type=\"button\" data-zoom=\"in\">Zoom in</button>"
           "<button type=\"button\" data-zoom=\"out\">Zoom out</button>"
           "<button type=\"button\" data-zoom=\"earlier\">\u25c0 Earlier</button>"
           "<button type=\"button\" data-zoom=\"later\">Later \u25b6</button>"
           "<button type=\"button\" data-zoom=\"reset\">Whole period</button>"
           "<output id=\"timeline-range\" aria-live=\"polite\"></output>"
           "<span class=\"hint\">or drag the timeline; double-click to zoom in "
           "there</span></div>\n";
}

void write_timeline_legend(std::ostream& out) {
    // Each shape as the timeline draws it, in a small inline SVG of its own.
    const auto icon = [&](const char* shape) {
        return std::string(
                   "<svg class=\"key\" viewBox=\"0 0 40 16\" width=\"40\" height=\"16\" "
                   "aria-hidden=\"true\">") +
               shape + "</svg>";
    };
    out << "<ul class=\"mark-legend\" aria-label=\"What the timeline's marks mean\">"
        << "<li>" << icon("<circle cx=\"20\" cy=\"8\" r=\"5\" fill=\"#4a4a4a\"/>")
        << "an exact day</li>"
        << "<li>"
        << icon(
               "<rect x=\"4\" y=\"2\" width=\"32\" height=\"12\" rx=\"4\" fill=\"#4a4a4a\" "
               "fill-opacity=\"0.3\" stroke=\"#4a4a4a\" stroke-width=\"1.5\"/>")
        << "a month, season or range</li>"
        << "<li>"
        << icon(
               "<rect x=\"4\" y=\"2\" width=\"32\" height=\"12\" rx=\"4\" fill=\"#4a4a4a\" "
               "fill-opacity=\"0.3\" stroke=\"#4a4a4a\" stroke-width=\"1.5\" "
               "stroke-dasharray=\"4 3\"/>")
        << "approximate (circa)</li>"
        << "<li>" << icon("<circle cx=\"20\" cy=\"8\" r=\"7\" fill=\"#4a4a4a\"/>")
        << "significant (larger, or a thicker edge)</li>"
        << "<li>"
        << icon(
               "<polyline points=\"6,12 34,4\" fill=\"none\" stroke=\"#1b1b1b\" "
               "stroke-width=\"1.5\"/><circle cx=\"6\" cy=\"12\" r=\"3\" fill=\"#4a4a4a\"/>"
               "<circle cx=\"34\" cy=\"4\" r=\"3\" fill=\"#4a4a4a\"/>")
        << "the same event, recorded by several agencies</li>"
        << "<li>"
        << icon(
               "<circle cx=\"20\" cy=\"8\" r=\"7.6\" fill=\"#4a4a4a\"/><text x=\"20\" y=\"11\" "
               "font-size=\"9\" text-anchor=\"middle\" fill=\"#ffffff\">3</text>")
        << "several entries close together, drawn as one with their number</li>"
        << "</ul>\n";
}

void write_swimlane_svg(const merge::CombinedChronology& merged, std::ostream& out) {
    const double height =
        k_axis_height + k_lane_height * static_cast<double>(merged.agencies.size()) + 8;
    out << "<svg class=\"swimlanes\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        << num(k_width) << " " << num(height)
        << "\" role=\"img\" aria-labelledby=\"timeline-title\"";
    if (merged.entries.empty() || merged.agencies.empty()) {
        out << ">\n<title id=\"timeline-title\">Timeline: no entries</title>\n</svg>\n";
        return;
    }
    const Axis axis = axis_of(merged);
    out << " data-left=\"" << num(axis.left) << "\" data-right=\"" << num(k_width - k_right_margin)
        << "\" data-first=\"" << axis.first << "\" data-last=\"" << axis.last + 1
        << "\" data-bottom=\"" << num(height - 8) << "\" data-top=\"" << num(k_axis_height)
        << "\">\n"
        << "<title id=\"timeline-title\">Timeline: one lane per agency; dots are exact days, bars "
           "uncertain dates; lines join entries that record the same event</title>\n"
        << "<defs><clipPath id=\"plot-area\"><rect x=\"" << num(axis.left - 2)
        << "\" y=\"0\" width=\"" << num(k_width - axis.left + 2) << "\" height=\"" << num(height)
        << "\"/></clipPath></defs>\n";
    auto lanes = agency_indices(merged);
    for (std::size_t i = 0; i < merged.agencies.size(); ++i) {
        const double top = k_axis_height + k_lane_height * static_cast<double>(i);
        out << "<rect class=\"lane\" x=\"0\" y=\"" << num(top) << "\" width=\"" << num(k_width)
            << "\" height=\"" << num(k_lane_height) << "\" fill=\"" << agency_colours(i).fill.hex()
            << "\"/>\n";
    }
    write_lane_labels(merged, out);
    const double bottom = height - 8;
    out << "<g class=\"ticks\" clip-path=\"url(#plot-area)\">";
    write_ticks(axis, bottom, out);
    out << "</g>\n";
    if (axis.has_earlier) {
        out << "<text class=\"tick-label\" x=\"" << num(k_label_width + 6) << "\" y=\""
            << num(k_axis_height - 12) << "\">earlier</text><line class=\"earlier-edge\" x1=\""
            << num(axis.left - 4) << "\" y1=\"" << num(k_axis_height - 6) << "\" x2=\""
            << num(axis.left - 4) << "\" y2=\"" << num(bottom) << "\"/>\n";
    }

    std::vector<Mark> marks;
    std::vector<std::size_t> lane_of;
    std::map<int, std::vector<std::size_t>> events;
    for (std::size_t i = 0; i < merged.entries.size(); ++i) {
        const auto& m = merged.entries[i];
        lane_of.push_back(lanes.count(m.agency) ? lanes[m.agency] : 0);
        marks.push_back(mark_of(m, axis, lane_of.back()));
        if (m.event) events[*m.event].push_back(i);
    }
    out << "<g class=\"links\" clip-path=\"url(#plot-area)\">\n";
    const bool dense = merged.entries.size() > k_dense_entries;
    for (const auto& [event, members] : events) {
        if (members.size() < 2) continue;
        out << "<polyline class=\"link" << (dense ? " faint" : "") << "\" data-event=\"" << event
            << "\" points=\"";
        for (std::size_t k = 0; k < members.size(); ++k) {
            const Mark& mark = marks[members[k]];
            out << (k ? " " : "") << num(mark.centre()) << "," << num(mark.y);
        }
        out << "\"/>\n";
    }
    out << "</g>\n<g class=\"plot\">\n";
    for (const Group& group : groups_of(merged, marks, lane_of)) {
        write_mark(merged, group, agency_colours(lane_of[group.members.front()]), out);
    }
    out << "</g>\n</svg>\n";
}

}  // namespace imr::render
