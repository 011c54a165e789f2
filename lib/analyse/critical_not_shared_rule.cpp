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
#include "analyse/critical_not_shared_rule.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

// The days on which each agency passed information on, indexed so that checking a record
// costs O(log n) however coarse its date: a record dated only by its year has a year of
// shares in its window, and scanning them for each such record would be quadratic.
class ShareDays {
  public:
    explicit ShareDays(const Analysis& analysis) {
        const auto& chronology = analysis.facts();
        const auto add = [&](const ShareRecord& share) {
            const ShareFacts& facts = share.facts(chronology);
            if (!facts.about.empty()) {
                for (int indicator : facts.about)
                    m_about[key(share.sender, indicator)].push_back(share.start);
            } else {
                for (int party : chronology.facts(share.entry).parties)
                    m_everything[key(share.sender, party)].push_back(share.start);
            }
        };
        for (const auto& send : analysis.shares().sends()) add(send);
        for (const auto& receipt : analysis.shares().receipts()) add(receipt);
        for (auto& [k, list] : m_about) std::sort(list.begin(), list.end());
        for (auto& [k, list] : m_everything) std::sort(list.begin(), list.end());
    }

    // Whether `agency` passed `indicator` about `party` on between `first` and `last`: in a
    // share naming it, or in one about everything it knew, sent once it knew.
    bool shared(const KnowledgeTimeline& knowledge, int agency, int party, int indicator,
                model::DayNumber first, model::DayNumber last) const {
        if (any_between(m_about, key(agency, indicator), first, last)) return true;
        const Learning* learning = knowledge.knew(agency, party, indicator);
        return learning != nullptr &&
               any_between(m_everything, key(agency, party), std::max(first, learning->day), last);
    }

  private:
    using Days = std::unordered_map<std::uint64_t, std::vector<model::DayNumber>>;

    static std::uint64_t key(int a, int b) {
        return (std::uint64_t{static_cast<std::uint32_t>(a)} << 32) | static_cast<std::uint32_t>(b);
    }

    static bool any_between(const Days& days, std::uint64_t k, model::DayNumber first,
                            model::DayNumber last) {
        auto it = days.find(k);
        if (it == days.end()) return false;
        auto day = std::lower_bound(it->second.begin(), it->second.end(), first);
        return day != it->second.end() && *day <= last;
    }

    Days m_about;       // (sender, indicator) -> start days of shares naming the indicator
    Days m_everything;  // (sender, party) -> start days of shares about everything, by party
};

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
        const auto& chronology = analysis.facts();
        const ShareDays days(analysis);
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
                    if (shared(analysis, days, i, party, indicator)) {
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
        const auto& facts = analysis.facts().facts(entry);
        const model::DayNumber day = analysis.facts().entry(entry).entry.date.start;
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
    static bool shared(const Analysis& analysis, const ShareDays& days, std::size_t entry,
                       int party, int indicator) {
        const auto& chronology = analysis.facts();
        const auto& date = chronology.entry(entry).entry.date;
        return days.shared(analysis.knowledge(), chronology.facts(entry).agency, party, indicator,
                           date.start, date.end + analysis.rules().critical_share_days);
    }

    Finding finding(const Analysis& analysis, std::size_t entry, int party,
                    const std::vector<int>& indicators) const {
        const auto& e = analysis.facts().entry(entry);
        const std::vector<std::string> names = analysis.indicator_names(indicators);
        const int window = analysis.rules().critical_share_days;
        Finding f;
        f.rule = std::string(id());
        f.agency = e.agency;
        f.party = analysis.party(party);
        f.indicator = names.front();
        f.indicators = names;
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
