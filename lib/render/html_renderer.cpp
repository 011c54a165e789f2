// The combined chronology as one self-contained HTML page for a panel: no external
// fonts, scripts or images (these documents are confidential and often opened offline;
// a Content-Security-Policy forbids loading anything), the real-names notice in a banner
// at the top, a swimlane timeline, and the table with filters by agency, party,
// indicator, date range and text. The filters live in the URL fragment
// (#agency=...&party=...), so a link or a bookmark reopens the same view. Prints on A4
// landscape with the header row repeated on every page.
#include "render/html_renderer.hpp"

#include <map>
#include <ostream>
#include <set>

#include "render/agency_palette.hpp"
#include "render/entry_text.hpp"
#include "render/html_page.hpp"
#include "render/markup.hpp"
#include "render/renderer.hpp"
#include "render/swimlane_svg.hpp"

namespace imr::render {
namespace {

constexpr const char* k_style = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 1.5rem 2rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; background: #ffffff; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
.notice { margin: 0 -1.5rem; padding: 0.75rem 1.5rem; background: #fff4ce; border-bottom: 3px solid #8a5300; font-weight: 600; }
.notice strong { letter-spacing: 0.04em; }
.summary, .filtered { margin: 0.25rem 0; }
.filtered { font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 0.35rem 0.5rem; padding: 0; margin: 0.5rem 0; list-style: none; }
.legend li { padding: 0.15rem 0.6rem; border-radius: 1rem; border-left: 6px solid; }
.timeline { overflow-x: auto; }
.mark-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.25rem 0; list-style: none; font-size: 0.85em; }
.mark-legend li { display: flex; align-items: center; gap: 0.3rem; }
.timeline-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; margin: 0.35rem 0; }
.timeline-controls button { font: inherit; font-size: 0.85em; padding: 0.15rem 0.5rem; color: #1b1b1b; background: #ffffff; border: 1px solid #767676; border-radius: 4px; }
.timeline-controls output { font-weight: 600; font-size: 0.85em; }
.timeline-controls .hint { font-size: 0.85em; color: #444444; }
svg.swimlanes { touch-action: pan-y; cursor: grab; }
svg .count { fill: #ffffff; font-size: 8px; font-weight: 700; text-anchor: middle; pointer-events: none; }
svg .lane-labels text { font-size: 11px; }
svg.swimlanes { width: 100%; min-width: 900px; height: auto; font: 12px system-ui, Arial, sans-serif; }
svg .lane-label { fill: #1b1b1b; font-weight: 600; }
svg .tick { stroke: #8a8a8a; stroke-width: 0.5; }
svg .earlier-edge { stroke: #1b1b1b; stroke-width: 1; stroke-dasharray: 2 3; }
svg .tick-label { fill: #1b1b1b; }
svg .link { fill: none; stroke: #1b1b1b; stroke-width: 1.5; stroke-opacity: 0.7; }
svg .link.faint { stroke-width: 1; stroke-opacity: 0.18; }
svg .mark.dim { opacity: 0.12; }
svg a:focus circle, svg a:focus rect, svg a:hover circle, svg a:hover rect { stroke: #1b1b1b; stroke-width: 3; }
form.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; padding: 0.75rem; margin: 1rem 0 0.5rem; background: #f3f3f3; border: 1px solid #c8c8c8; border-radius: 6px; }
form.filters label { display: flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; }
form.filters label.check { flex-direction: row; align-items: center; gap: 0.35rem; }
form.filters input, form.filters select, form.filters button { font: inherit; font-weight: 400; padding: 0.2rem 0.35rem; color: #1b1b1b; background: #ffffff; border: 1px solid #767676; border-radius: 4px; }
form.filters input[type=search] { min-width: 16rem; }
#shown { font-weight: 600; margin-left: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 0.35rem 0.45rem; vertical-align: top; text-align: left; }
thead th { position: sticky; top: 0; background: #e8e8e8; z-index: 1; }
td.seq, td.event { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
.interval, .time, .source, .ref, .type { display: block; font-size: 0.85em; color: #444444; }
.what p { margin: 0 0 0.3rem; }
.what .label { font-weight: 600; }
tr.significant .summary { font-weight: 700; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 700; padding: 0 0.35rem; border: 1px solid #1b1b1b; border-radius: 3px; margin-right: 0.3rem; }
tr:target td { outline: 2px solid #1b1b1b; outline-offset: -2px; }
[hidden] { display: none !important; }
footer { margin-top: 1.5rem; font-size: 0.85rem; color: #444444; }
@media screen and (max-width: 800px) {
  body { margin: 0 0.75rem 1.5rem; }
  .notice { margin: 0 -0.75rem; padding: 0.75rem; }
  form.filters input[type=search] { min-width: 0; width: 100%; }
  table#chronology, table#chronology tbody, table#chronology tr, table#chronology td { display: block; width: 100%; }
  table#chronology thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table#chronology tr { margin: 0 0 0.75rem; border: 1px solid #c8c8c8; }
  table#chronology tr[hidden] { display: none; }
  table#chronology td { border: 0; border-top: 1px solid #e4e4e4; padding: 0.25rem 0.5rem; }
  table#chronology td:empty { display: none; }
  table#chronology td.seq, table#chronology td.event { text-align: left; }
  table#chronology td.date { white-space: normal; }
  table#chronology td:nth-child(1)::before { content: "Entry "; font-weight: 600; }
  table#chronology td:nth-child(4)::before { content: "Parties: "; font-weight: 600; }
  table#chronology td:nth-child(6)::before { content: "Indicators: "; font-weight: 600; }
  table#chronology td:nth-child(7)::before { content: "Shared: "; font-weight: 600; }
  table#chronology td:nth-child(8)::before { content: "Event "; font-weight: 600; }
  .source { word-break: break-all; }
}
@page { size: A4 landscape; margin: 10mm; }
@page timeline { size: A4 landscape; margin: 10mm; }
@media print {
  html { font-size: 9pt; }
  body { margin: 0; font-size: 9pt; line-height: 1.25; }
  h1 { font-size: 15pt; margin: 0 0 1mm; }
  h2 { font-size: 12pt; margin: 3mm 0 1.5mm; }
  .notice { margin: 0 0 3mm; padding: 2mm 3mm; border: 2pt solid #1b1b1b; background: #ffffff; }
  .legend li { padding: 0 2mm; font-size: 8pt; }
  form.filters, .no-print, .screen-only { display: none !important; }
  .timeline-section { page: timeline; break-before: page; break-after: page; }
  .timeline { overflow: visible; }
  svg.swimlanes { min-width: 0; width: 100%; max-height: 180mm; }
  .timeline-controls { display: none; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  th, td { padding: 0.6mm 1.2mm; }
  table { table-layout: fixed; }
  #chronology th:nth-child(1) { width: 4%; }
  #chronology th:nth-child(2) { width: 9%; }
  #chronology th:nth-child(3) { width: 10%; }
  #chronology th:nth-child(4) { width: 6%; }
  #chronology th:nth-child(5) { width: 44%; }
  #chronology th:nth-child(6) { width: 8%; }
  #chronology th:nth-child(7) { width: 9%; }
  #chronology th:nth-child(8) { width: 4%; }
  #chronology th:nth-child(9) { width: 6%; }
  td.date { white-space: normal; }
  .interval, .time, .source, .ref, .type, .badge { font-size: 7.5pt; }
  thead th { font-size: 8pt; }
  .what p { margin: 0 0 0.6mm; }
  td, th { overflow-wrap: anywhere; }
  footer { font-size: 7.5pt; }
}
)css";

constexpr const char* k_script = R"js(
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#chronology tbody tr'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('svg .mark'));
  var keys = ['agency', 'party', 'indicator', 'from', 'to', 'q', 'significant'];
  function has(list, item) { return (list || '').split('|').indexOf(item) >= 0; }
  function apply() {
    var f = form.elements, shown = 0, kept = {};
    var agency = f.agency.value, party = f.party.value, indicator = f.indicator.value;
    var from = f.from.value, to = f.to.value, q = f.q.value.trim().toLowerCase(), sig = f.significant.checked;
    rows.forEach(function (row) {
      var d = row.dataset;
      var keep = (!agency || d.agency === agency) && (!party || has(d.parties, party)) &&
        (!indicator || has(d.indicators, indicator)) && (!from || d.end >= from) && (!to || d.start <= to) &&
        (!sig || d.significant === 'true') && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      if (keep) { row.removeAttribute('hidden'); shown++; kept[d.seq] = true; } else { row.setAttribute('hidden', ''); }
    });
    marks.forEach(function (m) {
      var seqs = (m.getAttribute('data-seqs') || m.getAttribute('data-seq')).split(' ');
      m.classList.toggle('dim', !seqs.some(function (s) { return kept[s]; }));
    });
    document.getElementById('shown').textContent = 'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' entry' : ' entries');
  }
  function toHash() {
    var params = new URLSearchParams(), f = form.elements;
    keys.forEach(function (k) {
      var v = k === 'significant' ? (f[k].checked ? 'yes' : '') : f[k].value;
      if (v) { params.set(k, v); }
    });
    var hash = params.toString();
    try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search); } catch (e) { /* file: URLs in some browsers */ }
  }
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, '')), f = form.elements;
    if (!params.has('agency') && !params.has('party') && !params.has('indicator') && !params.has('from') &&
        !params.has('to') && !params.has('q') && !params.has('significant')) { return; }
    keys.forEach(function (k) {
      var v = params.get(k) || '';
      if (k === 'significant') { f[k].checked = v !== '' && v !== 'no' && v !== 'false'; return; }
      if (f[k].tagName === 'SELECT') {
        var match = Array.prototype.filter.call(f[k].options, function (o) { return o.value.toLowerCase() === v.toLowerCase(); })[0];
        f[k].value = match ? match.value : '';
      } else {
        f[k].value = v;
      }
    });
  }
  form.addEventListener('input', function () { apply(); toHash(); });
  form.addEventListener('change', function () { apply(); toHash(); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(); toHash(); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash();
  apply();
})();
)js";

std::string attr(std::string_view text) { return escape_markup(text); }

// "|K|D|": the filter script looks for "|K|".
std::string bar_list(std::span<const model::Name> items) {
    std::string out = "|";
    for (const auto& item : items) out += item + "|";
    return out;
}

// Text with its line breaks kept: `white-space` would also keep YAML's indentation.
std::string text_with_breaks(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        if (start > 0) out += "<br>";
        out += escape_markup(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

void write_select(std::string_view name, std::string_view label, std::string_view all,
                  const std::vector<std::string>& values, std::ostream& out) {
    out << "<label>" << label << "<select name=\"" << name << "\"><option value=\"\">" << all
        << "</option>";
    for (const auto& v : values)
        out << "<option value=\"" << attr(v) << "\">" << escape_markup(v) << "</option>";
    out << "</select></label>\n";
}

void write_filters(const merge::CombinedChronology& merged, std::ostream& out) {
    std::set<std::string> parties, indicators;
    for (const auto& m : merged.entries) {
        parties.insert(m.party_ids.begin(), m.party_ids.end());
        indicators.insert(m.indicators.begin(), m.indicators.end());
    }
    out << "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the "
           "chronology\">\n";
    write_select("agency", "Agency", "All agencies", merged.agencies, out);
    write_select("party", "Party", "All parties", {parties.begin(), parties.end()}, out);
    write_select("indicator", "Indicator", "All indicators", {indicators.begin(), indicators.end()},
                 out);
    out << "<label>From<input type=\"date\" name=\"from\"></label>\n"
           "<label>To<input type=\"date\" name=\"to\"></label>\n"
           "<label>Search<input type=\"search\" name=\"q\" placeholder=\"words in any "
           "column\"></label>\n"
           "<label class=\"check\"><input type=\"checkbox\" name=\"significant\" "
           "value=\"yes\">Significant "
           "only</label>\n"
           "<button type=\"reset\">Clear filters</button>\n"
           "<output id=\"shown\" aria-live=\"polite\">"
        << merged.entries.size() << (merged.entries.size() == 1 ? " entry" : " entries")
        << "</output>\n</form>\n";
}

void write_paragraph(std::string_view css_class, std::string_view label, const std::string& text,
                     std::ostream& out) {
    if (text.empty()) return;
    out << "<p class=\"" << css_class << "\">";
    if (!label.empty()) out << "<span class=\"label\">" << label << ":</span> ";
    out << text_with_breaks(text) << "</p>";
}

void write_row(const merge::CombinedEntry& m, std::size_t lane, std::ostream& out) {
    const model::Entry& e = m.entry;
    out << "<tr id=\"e" << m.seq << "\" class=\"a" << lane << (e.significant ? " significant" : "")
        << "\" data-seq=\"" << m.seq << "\" data-agency=\"" << attr(m.agency)
        << "\" data-parties=\"" << attr(bar_list(m.party_ids)) << "\" data-indicators=\""
        << attr(bar_list(m.indicators)) << "\" data-start=\"" << model::iso_date(e.date.start)
        << "\" data-end=\"" << model::iso_date(e.date.end) << "\" data-significant=\""
        << (e.significant ? "true" : "false") << "\">";
    out << "<td class=\"seq\">" << m.seq << "</td><td class=\"date\">"
        << escape_markup(e.date.text);
    if (auto interval = date_interval(e.date); !interval.empty()) {
        out << "<span class=\"interval\">" << escape_markup(interval) << "</span>";
    }
    if (auto time = time_text(m); !time.empty())
        out << "<span class=\"time\">" << time << "</span>";
    out << "</td><td class=\"agency\">" << escape_markup(m.agency);
    if (!e.type.empty()) out << "<span class=\"type\">" << escape_markup(e.type) << "</span>";
    out << "</td><td>" << escape_markup(joined(m.party_ids)) << "</td><td class=\"what\">";
    if (e.significant) out << "<span class=\"badge\">Significant</span>";
    write_paragraph("summary", "", e.summary, out);
    write_paragraph("action", "Action", e.action, out);
    write_paragraph("comment", "IMR comment", e.comment, out);
    write_paragraph("risk", "Risk", risk_text(m), out);
    out << "</td><td>" << escape_markup(joined(m.indicators)) << "</td><td>";
    const auto shares = share_texts(m);
    for (std::size_t i = 0; i < shares.size(); ++i)
        out << (i ? "<br>" : "") << escape_markup(shares[i]);
    out << "</td><td class=\"event\">" << (m.event ? std::to_string(*m.event) : "")
        << "</td><td><span class=\"source\">" << escape_markup(citation(m)) << "</span>";
    if (!e.ref.empty()) out << "<span class=\"ref\">ref " << escape_markup(e.ref) << "</span>";
    out << "</td></tr>\n";
}

}  // namespace

void render_html(const merge::CombinedChronology& merged, std::ostream& out) {
    render_html_page(merged, {}, out);
}

void render_html_page(const merge::CombinedChronology& merged, const HtmlPage& page,
                      std::ostream& out) {
    const std::string title =
        !page.title.empty()
            ? page.title
            : "Combined chronology" + (merged.review.empty() ? "" : ": " + merged.review);
    auto lanes = agency_indices(merged);

    out << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
           "'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src data:\">\n"
           "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"robots\" "
           "content=\"noindex\">\n<title>"
        << escape_markup(title) << "</title>\n<style>" << k_style;
    for (std::size_t i = 0; i < merged.agencies.size(); ++i) {
        const AgencyColours& c = agency_colours(i);
        out << "tr.a" << i << " td.agency, .legend li.a" << i << " { background: " << c.fill.hex()
            << "; border-left-color: " << c.mark.hex() << "; }\ntr.a" << i
            << " td:first-child { border-left: 6px solid " << c.mark.hex() << "; }\n";
    }
    out << page.css << "</style>\n</head>\n<body>\n";
    if (auto notice = private_names_notice(merged); !notice.empty()) {
        out << "<div class=\"notice\" role=\"alert\"><strong>REAL NAMES PRESENT.</strong> "
            << escape_markup(notice) << "</div>\n";
    }
    out << "<header>\n<h1>" << escape_markup(title) << "</h1>\n";
    if (!merged.filter.empty())
        out << "<p class=\"filtered\">Filtered: " << escape_markup(merged.filter) << "</p>\n";
    out << "<p class=\"summary\">" << escape_markup(entry_count_phrase(merged))
        << ". Significant entries are marked and in bold; entries that record the same "
           "event share an "
           "event number and are joined on the timeline.</p>\n<ul class=\"legend\" "
           "aria-label=\"Agencies\">";
    for (const auto& [agency, count] : entries_per_agency(merged)) {
        out << "<li class=\"a" << lanes[agency] << "\">" << escape_markup(agency) << ": " << count
            << "</li>";
    }
    out << "</ul>\n</header>\n";
    if (page.after_header) page.after_header(out);
    out << "<section class=\"timeline-section\" aria-label=\"Timeline\">\n<h2>Timeline</h2>\n";
    write_timeline_legend(out);
    write_timeline_controls(out);
    out << "<div class=\"timeline\">\n";
    write_swimlane_svg(merged, out);
    out << "</div>\n</section>\n<h2>Chronology</h2>\n";
    write_filters(merged, out);
    out << "<table id=\"chronology\">\n<thead><tr><th scope=\"col\">#</th><th "
           "scope=\"col\">Date</th>"
           "<th scope=\"col\">Agency</th><th scope=\"col\">Parties</th><th scope=\"col\">What "
           "happened</th>"
           "<th scope=\"col\">Indicators</th><th scope=\"col\">Shared</th><th "
           "scope=\"col\">Event</th>"
           "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n";
    for (const auto& m : merged.entries) write_row(m, lanes[m.agency], out);
    out << "</tbody>\n</table>\n<footer>Combined by imr from the agencies' own chronologies; each "
           "row cites "
           "the file and line it came from.</footer>\n<script>"
        << k_script << timeline_script() << page.script << "</script>\n</body>\n</html>\n";
}

}  // namespace imr::render
