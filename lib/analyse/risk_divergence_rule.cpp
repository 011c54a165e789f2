// risk-divergence: two assessments of the same party's risk, current at the same time
// (different agencies, or the same agency), differ by a level or more. An assessment is
// current from its date until the same agency's next assessment of that party, or for
// `risk_current_days`.
//
// Rationale: agencies that rate the same risk differently at the same time act
// differently: a high-risk victim goes to MARAC, a medium one does not; an offender
// assessed medium is supervised by a service for medium-risk cases. The divergence is
// often the finding, and within one agency it shows a grading that never reached the
// system others read.
//
// Panel findings it reproduces: the police rated the risk to M high (DASH 17, MARAC)
// while the probation service managing J rated it medium (East Herts DHR 2014, 3.24,
// 3.25); and "the attending officer, however, thought it was high risk and wrote this on
// the DASH booklet" while the system said medium (3.6).
//
// Levels order low = standard < medium < high < very high (spec section 2). How long an
// assessment stays current is risk_timeline.hpp's: a same-day pair is compared on that
// day; an agency's reassessment on a later day replaces its earlier one and is no
// divergence.
//
// Restraint: pairs are found by a sweep over each party's assessments in date order,
// comparing each with the few still current (at most a couple per agency), never all
// pairs. One finding per (higher agency, lower agency, party) episode: overlaps that
// follow on without a gap extend the episode and add their entries as evidence.
// Severity: 1 point, +1 when the higher level is high or very high, +1 when the two
// differ by two levels or more.
#include "analyse/risk_divergence_rule.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

struct Episode {
    std::size_t finding;           // index into the findings
    model::DayNumber overlap_end;  // the last day the episode's assessments were both current
    // Where its finding's evidence stands (file, line), as add_evidence compares them, kept
    // so that a long episode is not de-duplicated by a linear scan per assessment. A file
    // is its interned name's one copy, so a pointer stands for it.
    std::set<std::pair<const std::string*, int>> cited;

    void cite(const Analysis& analysis, Finding& f, std::size_t entry) {
        if (cited.emplace(place(analysis, entry)).second)
            f.evidence.push_back(analysis.evidence(entry));
    }

    static std::pair<const std::string*, int> place(const Analysis& analysis, std::size_t entry) {
        const auto& m = analysis.facts().entry(entry);
        return {&m.file.str(), m.entry.loc.line};
    }
};

std::string level_name(const Analysis& analysis, const Assessment& a) {
    const auto& risk = analysis.facts().entry(a.entry).entry.risk;
    return risk && risk->level ? model::to_string(*risk->level) : "unknown";
}

std::string described(const Analysis& analysis, const Assessment& a) {
    const auto& e = analysis.facts().entry(a.entry);
    std::string text = level_name(analysis, a) + " (";
    if (e.entry.risk && !e.entry.risk->tool.empty()) text += e.entry.risk->tool + ", ";
    return text + date_phrase(e.entry.date) + ")";
}

class RiskDivergenceRule : public GapRule {
  public:
    std::string_view id() const override { return "risk-divergence"; }
    std::string_view finds() const override {
        return "two assessments of the same party's risk current at the same time differ by a "
               "level or more";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        std::map<std::tuple<int, int, int>, Episode>
            episodes;                                      // (higher agency, lower agency, party)
        const auto& all = analysis.risks().assessments();  // by subject, then date
        std::vector<const Assessment*> current;
        for (std::size_t k = 0; k < all.size(); ++k) {
            const Assessment& next = all[k];
            if (k > 0 && all[k - 1].subject != next.subject) current.clear();
            std::erase_if(current, [&](const Assessment* a) { return a->current_to < next.start; });
            for (const Assessment* earlier : current) {
                if (earlier->rank == next.rank) continue;
                const Assessment& higher = earlier->rank > next.rank ? *earlier : next;
                const Assessment& lower = earlier->rank > next.rank ? next : *earlier;
                const model::DayNumber overlap_end = std::min(earlier->current_to, next.current_to);
                const auto key = std::make_tuple(higher.agency, lower.agency, next.subject);
                auto it = episodes.find(key);
                if (it != episodes.end() && next.start <= it->second.overlap_end + 1) {
                    Finding& f = findings[it->second.finding];
                    it->second.cite(analysis, f, higher.entry);
                    it->second.cite(analysis, f, lower.entry);
                    it->second.overlap_end = std::max(it->second.overlap_end, overlap_end);
                    continue;
                }
                findings.push_back(finding(analysis, higher, lower, next.start));
                episodes[key] = {findings.size() - 1,
                                 overlap_end,
                                 {Episode::place(analysis, higher.entry),
                                  Episode::place(analysis, lower.entry)}};
            }
            current.push_back(&next);
        }
        return findings;
    }

  private:
    Finding finding(const Analysis& analysis, const Assessment& higher, const Assessment& lower,
                    model::DayNumber from) const {
        const std::string& a = analysis.agency(higher.agency);
        const std::string& b = analysis.agency(lower.agency);
        const std::string& party = analysis.party(higher.subject);
        Finding f;
        f.rule = std::string(id());
        f.agency = a;
        f.other_agency = b;
        f.party = party;
        f.date = from;
        if (higher.agency == lower.agency) {
            f.message = a + " assessed the risk to " + party + " as " +
                        described(analysis, higher) + " and also as " + described(analysis, lower) +
                        "; both gradings were current on " + plain_date(from) + ".";
        } else {
            f.message = a + " assessed the risk to " + party + " as " +
                        described(analysis, higher) + " while " + b + " assessed it as " +
                        described(analysis, lower) + "; both were current on " + plain_date(from) +
                        ".";
        }
        // The earlier assessment first, as a panel reads them.
        if (higher.start <= lower.start) {
            f.evidence = {analysis.evidence(higher.entry), analysis.evidence(lower.entry)};
        } else {
            f.evidence = {analysis.evidence(lower.entry), analysis.evidence(higher.entry)};
        }
        int points = 1;
        if (higher.rank >= 2) ++points;
        if (higher.rank - lower.rank >= 2) ++points;
        f.severity = grade(points);
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_risk_divergence_rule() {
    return std::make_unique<RiskDivergenceRule>();
}

}  // namespace imr::analyse
