// The findings overview and filters of the HTML panel pack. The counts are buttons, so
// a panel goes from "Police to the GP: 4" to those four findings in one click; the
// filters are the same kind as the chronology's (selects, dates), kept in the form only.
#include "render/findings_overview.hpp"

#include <array>
#include <map>
#include <set>
#include <string>

#include "analyse/gap_analyser.hpp"
#include "render/markup.hpp"

namespace imr::render {
namespace {

using analyse::Finding;

// The rules whose finding says `agency` had (or sent) information `other_agency` lacked.
constexpr std::string_view k_sharing_rules[] = {"unreceived-share", "unrecorded-send", "late-share",
                                                "unshared-knowledge", "partial-share"};

bool is_sharing_failure(const Finding& f) {
    if (!f.other_agency) return false;
    for (auto rule : k_sharing_rules) {
        if (f.rule == rule) return true;
    }
    return false;
}

std::string filter_button(int count, const std::string& filters, const std::string& label) {
    if (count == 0) return "<td class=\"zero\"></td>";
    return "<td><button type=\"button\" class=\"count\" " + filters + " aria-label=\"" +
           escape_markup(label) + "\">" + std::to_string(count) + "</button></td>";
}

std::string data(std::string_view name, const std::string& value) {
    return "data-" + std::string(name) + "=\"" + escape_markup(value) + "\"";
}

void write_select(std::string_view name, std::string_view label, std::string_view all,
                  const std::set<std::string>& values, std::ostream& out) {
    out << "<label>" << label << "<select name=\"" << name << "\"><option value=\"\">" << all
        << "</option>";
    for (const auto& v : values)
        out << "<option value=\"" << escape_markup(v) << "\">" << escape_markup(v) << "</option>";
    out << "</select></label>\n";
}

}  // namespace

void write_findings_overview(const std::vector<Finding>& findings, std::ostream& out) {
    if (findings.empty()) return;
    std::map<std::string, std::array<int, 3>> by_rule;
    for (const auto& f : findings) ++by_rule[f.rule][static_cast<std::size_t>(f.severity)];
    out << "<div class=\"overview\">\n<table class=\"by-rule\">\n<caption>Findings by rule and "
           "severity</caption>\n<thead><tr><th scope=\"col\">Rule</th><th "
           "scope=\"col\">High</th><th scope=\"col\">Medium</th><th scope=\"col\">Low</th><th "
           "scope=\"col\">All</th></tr></thead>\n<tbody>\n";
    static const char* const k_severities[] = {"high", "medium", "low"};
    for (const auto& rule : analyse::gap_rule_ids()) {
        auto it = by_rule.find(rule);
        if (it == by_rule.end()) continue;
        out << "<tr><th scope=\"row\">" << escape_markup(rule) << "</th>";
        int all = 0;
        for (std::size_t s = 0; s < 3; ++s) {
            all += it->second[s];
            out << filter_button(it->second[s],
                                 data("rule", rule) + " " + data("severity", k_severities[s]),
                                 std::string(k_severities[s]) + " " + rule + " findings");
        }
        out << filter_button(all, data("rule", rule), "all " + rule + " findings") << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";

    std::map<std::pair<std::string, std::string>, int> failures;
    std::set<std::string> senders, recipients;
    for (const auto& f : findings) {
        if (!is_sharing_failure(f)) continue;
        ++failures[{f.agency, *f.other_agency}];
        senders.insert(f.agency);
        recipients.insert(*f.other_agency);
    }
    if (!failures.empty()) {
        // In a box of its own that scrolls on a narrow screen, as the who-knew-what tables do.
        out << "<div class=\"matrix\"><table class=\"senders\">\n<caption>Sharing failures: the "
               "agency that had or "
               "sent the information (row) and the one that did not get it (column)</caption>\n"
               "<thead><tr><th scope=\"col\">From \\ to</th>";
        for (const auto& r : recipients) out << "<th scope=\"col\">" << escape_markup(r) << "</th>";
        out << "</tr></thead>\n<tbody>\n";
        for (const auto& s : senders) {
            out << "<tr><th scope=\"row\">" << escape_markup(s) << "</th>";
            for (const auto& r : recipients) {
                auto it = failures.find({s, r});
                out << filter_button(
                    it == failures.end() ? 0 : it->second,
                    data("agency", s) + " " + data("other", r) + " " + data("sharing", "yes"),
                    "sharing failures from " + s + " to " + r);
            }
            out << "</tr>\n";
        }
        out << "</tbody>\n</table></div>\n";
    }
    out << "</div>\n";
}

void write_findings_filters(const std::vector<Finding>& findings, std::ostream& out) {
    std::set<std::string> rules, agencies, others, parties;
    for (const auto& f : findings) {
        rules.insert(f.rule);
        agencies.insert(f.agency);
        if (f.other_agency) others.insert(*f.other_agency);
        if (f.party) parties.insert(*f.party);
    }
    out << "<form class=\"filters\" id=\"finding-filters\" role=\"search\" aria-label=\"Filter "
           "the findings\">\n";
    write_select("rule", "Rule", "All rules", rules, out);
    write_select("severity", "Severity", "All", {"high", "medium", "low"}, out);
    write_select("agency", "Agency", "All agencies", agencies, out);
    write_select("other", "Other agency", "All agencies", others, out);
    write_select("party", "Party", "All parties", parties, out);
    out << "<label>From<input type=\"date\" name=\"from\"></label>\n"
           "<label>To<input type=\"date\" name=\"to\"></label>\n"
           "<label class=\"check\"><input type=\"checkbox\" name=\"sharing\" value=\"yes\">Sharing "
           "failures only</label>\n"
           "<button type=\"reset\">Clear filters</button>\n"
           "<output id=\"findings-shown\" aria-live=\"polite\">"
        << findings.size() << " findings</output>\n</form>\n";
}

std::string finding_row_data(const Finding& f) {
    return " " + data("rule", f.rule) + " " + data("severity", analyse::to_string(f.severity)) +
           " " + data("agency", f.agency) + " " + data("other", f.other_agency.value_or("")) + " " +
           data("party", f.party.value_or("")) + " " +
           data("date", f.date ? model::iso_date(*f.date) : std::string()) + " " +
           data("sharing", is_sharing_failure(f) ? "yes" : "no");
}

const char* findings_filter_script() {
    return R"js(
(function () {
  'use strict';
  var form = document.getElementById('finding-filters');
  if (!form) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.findings tbody tr'));
  var names = ['rule', 'severity', 'agency', 'other', 'party'];
  function apply() {
    var f = form.elements, shown = 0, from = f.from.value, to = f.to.value;
    rows.forEach(function (row) {
      var d = row.dataset;
      var keep = names.every(function (n) { return !f[n].value || d[n] === f[n].value; }) &&
        (!from || (d.date && d.date >= from)) && (!to || (d.date && d.date <= to)) &&
        (!f.sharing.checked || d.sharing === 'yes');
      if (keep) { row.removeAttribute('hidden'); shown++; } else { row.setAttribute('hidden', ''); }
    });
    document.getElementById('findings-shown').textContent = 'Showing ' + shown + ' of ' + rows.length + ' findings';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  Array.prototype.forEach.call(document.querySelectorAll('.overview button.count'), function (b) {
    b.addEventListener('click', function () {
      form.reset();
      var f = form.elements;
      names.forEach(function (n) { if (b.dataset[n]) { f[n].value = b.dataset[n]; } });
      f.sharing.checked = b.dataset.sharing === 'yes';
      apply();
      form.scrollIntoView({ block: 'start' });
    });
  });
  apply();
})();
)js";
}

}  // namespace imr::render
