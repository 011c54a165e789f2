// critical-not-shared: A recorded a `critical` indicator (by default threat-to-kill,
// strangulation, weapon, breach-of-order) and shared it with no one within
// `critical_share_days`.
//
// Rationale: a handful of indicators predict homicide (threats to kill, non-fatal
// strangulation, weapons, an offender ignoring court orders). An agency that hears one
// and keeps it leaves every other agency assessing a risk it cannot see.
//
// Panel findings it reproduces: "M told the IDVA that J had threatened her life and that
// of her friend, and although the IDVA encouraged M to report this to the police she did
// not pass on the information herself" (East Herts DHR 2014, 4.11); and the damaged lock
// and texts in breach of the restraining order, where "the police did not conduct an
// investigation or share information with other agencies" (4.11).
//
// What counts as shared: any send by A, or any receipt recorded from A, dated within the
// window, that carried the indicator about the party (its `about` names it, or it has no
// `about`, was about the party and A knew it by then). Not flagged: entries before the
// review period (history such as a conviction circa 2002), meetings and information
// shares (they restate what members brought; late minutes are late-share's finding), and
// indicators the agency wrote down from information received in the same entry (the
// sender holds the duty to pass it on, and is checked in its own entry).
//
// Restraint: an episode per (agency, party, indicator) runs from a record that went
// unshared until the agency shares the indicator; records inside an open episode add
// nothing. One finding per entry that opens episodes, naming its most serious indicator.
// Severity: 2 points, +1 for the critical indicator, +1 when the party was rated high
// risk that day: always high.
#include <algorithm>
#include <set>
#include <tuple>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

class CriticalNotSharedRule : public GapRule {
  public:
    std::string_view id() const override { return "critical-not-shared"; }
    std::string_view finds() const override {
        return "A recorded a critical indicator and shared it with no one within "
               "critical_share_days";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        std::set<std::tuple<int, int, int>> open;  // (agency, party, indicator) kept unshared
        const auto& chronology = analysis.chronology();
        for (std::size_t i = 0; i < chronology.size(); ++i) {
            const EntryFacts& facts = chronology.facts(i);
            if (analysis.is_restatement(i) || !analysis.in_review_period(i)) continue;
            std::vector<int> critical;
            for (int indicator : facts.indicators) {
                if (analysis.scale().is_critical(analysis.indicator(indicator)))
                    critical.push_back(indicator);
            }
            if (critical.empty()) continue;
            int first_party = -1;
            std::vector<int> opened;  // indicators of the first party with new unshared ones
            for (int party : analysis.focus_parties(i)) {
                std::vector<int> fresh;
                for (int indicator : critical) {
                    const auto key = std::make_tuple(facts.agency, party, indicator);
                    if (relayed(analysis, i, party, indicator)) continue;
                    if (shared(analysis, i, party, indicator)) {
                        open.erase(key);
                    } else if (open.insert(key).second) {
                        fresh.push_back(indicator);
                    }
                }
                if (!fresh.empty() && first_party < 0) {
                    first_party = party;
                    opened = fresh;
                }
            }
            if (first_party >= 0) findings.push_back(finding(analysis, i, first_party, opened));
        }
        return findings;
    }

  private:
    // Whether the entry wrote the indicator down from information it received in it.
    static bool relayed(const Analysis& analysis, std::size_t entry, int party, int indicator) {
        const auto& facts = analysis.chronology().facts(entry);
        const model::DayNumber day = analysis.chronology().entry(entry).entry.date.start;
        for (const auto& receipt : facts.receipts) {
            if (receipt.agency == facts.agency) continue;
            if (receipt.about.empty()
                    ? analysis.knowledge().knew_by(receipt.agency, party, indicator, day)
                    : std::find(receipt.about.begin(), receipt.about.end(), indicator) !=
                          receipt.about.end()) {
                return true;
            }
        }
        return false;
    }

    // Whether the agency passed the indicator on within the window after the entry.
    static bool shared(const Analysis& analysis, std::size_t entry, int party, int indicator) {
        const auto& chronology = analysis.chronology();
        const int agency = chronology.facts(entry).agency;
        const auto& date = chronology.entry(entry).entry.date;
        const model::DayNumber last = date.end + analysis.rules().critical_share_days;
        const auto carried = [&](const ShareRecord& share) {
            if (share.start < date.start || share.start > last) return false;
            const ShareFacts& facts = share.facts(chronology);
            if (!facts.about.empty())
                return std::find(facts.about.begin(), facts.about.end(), indicator) !=
                       facts.about.end();
            const auto& parties = chronology.facts(share.entry).parties;
            return std::find(parties.begin(), parties.end(), party) != parties.end() &&
                   analysis.knowledge().knew_by(agency, party, indicator, share.start);
        };
        const auto& shares = analysis.shares();
        return any_in_window(shares.sends_by(agency), shares.sends(), date.start, last, carried) ||
               any_in_window(shares.receipts_from(agency), shares.receipts(), date.start, last,
                             carried);
    }

    template <typename Pred>
    static bool any_in_window(const std::vector<std::size_t>& indexes,
                              const std::vector<ShareRecord>& records, model::DayNumber first,
                              model::DayNumber last, Pred pred) {
        // `indexes` are in date order: start at the first share dated in the window.
        auto it = std::lower_bound(
            indexes.begin(), indexes.end(), first,
            [&](std::size_t k, model::DayNumber day) { return records[k].start < day; });
        for (; it != indexes.end() && records[*it].start <= last; ++it) {
            if (pred(records[*it])) return true;
        }
        return false;
    }

    Finding finding(const Analysis& analysis, std::size_t entry, int party,
                    const std::vector<int>& indicators) const {
        const auto& e = analysis.chronology().entry(entry);
        const std::vector<std::string> names = analysis.indicator_names(indicators);
        const int window = analysis.rules().critical_share_days;
        Finding f;
        f.rule = std::string(id());
        f.agency = e.agency;
        f.party = analysis.party(party);
        f.indicator = names.front();
        f.date = e.entry.date.start;
        f.message = e.agency + " recorded " + indicators_phrase(names) + " concerning " +
                    analysis.party(party) + " " + on_date(e.entry.date) +
                    " and its chronology shows it shared this with no agency within " +
                    days_phrase(window) + ".";
        f.evidence.push_back(analysis.evidence(entry));
        f.severity = grade(2 + analysis.critical_point(names) +
                           analysis.risk_point(party, e.entry.date.start));
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_critical_not_shared_rule() {
    return std::make_unique<CriticalNotSharedRule>();
}

}  // namespace imr::analyse
