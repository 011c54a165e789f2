// unshared-knowledge: A knew indicator X about party P; later B had contact with P
// without having learnt X.
//
// Rationale: the core question of a review, "who knew what, when", asked at every
// contact: when an agency saw the victim or the perpetrator, did it know what others
// already knew? Contact without that knowledge is where risk went unseen.
//
// Panel findings it reproduces: "The GP was unaware that M was a victim of abuse ...
// this information was not passed on to the GP by other agencies" (East Herts DHR 2014,
// 3.15, 4.7); "the OM was not made aware of the damaged lock incident" (3.25).
//
// Knowledge comes from the knowledge timeline: an agency knew X about P from the first
// day it recorded X in an entry about P or received it (directly or through others).
// Contacts are B's entries about P except pure information shares; A must have known X
// on a day before the contact, B must not have known it by the end of the contact's day.
// Only abuse indicators count (indicator_scale.hpp) and only the parties the review
// follows (victims, perpetrators, children; gap_context.hpp).
//
// Knowledge is per (party, indicator): an agency that already knew of an earlier breach
// is not flagged for not hearing of a new one. New critical events are
// critical-not-shared's findings; this rule's restraint depends on not re-reporting
// what an agency knew in general.
//
// Which agency is A when several knew: one with a chronology of its own (so the panel can
// read what it knew), then one already sending B information before the contact (it had
// a route and did not use it), then one that knew first-hand (not by being told), then
// the one that knew first, then by name; the message names the others.
//
// Restraint: each (B, P, X) is reported once, at B's first contact without it, and each
// (A, B, P) once unless A's missing knowledge is critical or fresh: a later contact at
// which B lacks more of what the same A knew long before is folded into the first (the
// hospital missing the same police knowledge in August and again in September is one
// finding), while the lock damaged a week before probation's assessment is not. When B
// already knew of abuse against P, a missing detail counts only when it is critical or
// was recorded first-hand by another agency within 14 days before the contact (the
// damaged lock the police recorded a week before probation saw J): otherwise every
// agency would be flagged for every detail of a history it knew the substance of. One
// finding per contact, naming what B lacked. The contact is with the entry's first
// followed party (IMR authors name first whom they saw). Only knowledge A certainly had
// before the contact day (a record's end date) and gained within the review period
// counts (the knowledge timeline's news): a conviction on the police national computer
// from 2002 is history each agency may check, not information one of them failed to pass
// on; a breach of bail in the review period is news, even to an agency that knew of an
// older breach.
// Severity: 1 point, +1 for a critical indicator, +1 when P was rated high risk on the
// day of the contact, +1 when A learnt it within 14 days before the contact.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

constexpr int k_soon_days = 14;   // "contact soon after the missed information" ranks higher
constexpr int k_fresh_days = 14;  // news another agency recorded this recently is still news

struct Missing {
    int indicator;
    std::vector<const Learning*> knowers;  // who knew it before the contact, in order learnt
};

class UnsharedKnowledgeRule : public GapRule {
  public:
    std::string_view id() const override { return "unshared-knowledge"; }
    std::string_view finds() const override {
        return "A knew indicator X about party P; later B had contact with P without having learnt "
               "X";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        std::set<std::tuple<int, int, int>> reported;        // (B, P, X)
        std::set<std::tuple<int, int, int>> reported_pairs;  // (A, B, P)
        const auto& chronology = analysis.chronology();
        for (std::size_t i = 0; i < chronology.size(); ++i) {
            if (!analysis.is_contact(i)) continue;
            const std::vector<int> parties = analysis.focus_parties(i);
            if (parties.empty()) continue;
            // The contact was with the first party its author named; the others were
            // mentioned (the perpetrator in a victim's key-work note).
            const int party = parties.front();
            const int b = chronology.facts(i).agency;
            std::vector<Missing> missing = missing_at(analysis, i, party, reported);
            if (missing.empty()) continue;
            for (const auto& m : missing) reported.emplace(b, party, m.indicator);
            // Most serious first, so A is chosen for the indicator that matters most.
            std::sort(missing.begin(), missing.end(), [&](const Missing& x, const Missing& y) {
                return analysis.scale().rank(analysis.indicator(x.indicator)) <
                       analysis.scale().rank(analysis.indicator(y.indicator));
            });
            // One finding per (A, B, P), unless A now knew something critical or fresh that
            // B lacked: a later contact at which B lacks more of A's old knowledge adds
            // nothing new to what the panel must ask.
            const auto& date = chronology.entry(i).entry.date;
            const Learning* top = choose(analysis, missing.front().knowers, b, date.start);
            const bool news = std::any_of(missing.begin(), missing.end(), [&](const Missing& m) {
                return std::any_of(m.knowers.begin(), m.knowers.end(), [&](const Learning* l) {
                    return l->agency == top->agency &&
                           (analysis.scale().is_critical(analysis.indicator(m.indicator)) ||
                            (l->first_hand && date.end - l->sure <= k_fresh_days));
                });
            });
            if (!reported_pairs.emplace(top->agency, b, party).second && !news) continue;
            findings.push_back(finding(analysis, i, party, missing, top));
        }
        return findings;
    }

  private:
    // What B lacked at the contact: the abuse indicators someone else certainly knew about
    // `party` before the contact's day (from a record made in the review period, directly
    // or passed on), that B did not know by the end of it and that have not been reported
    // for (B, party) already. When B already knew of abuse against the party, a missing
    // detail counts only if it is critical, or if another agency recorded it itself within
    // k_fresh_days before the contact: news B needed, not the whole history again.
    static std::vector<Missing> missing_at(const Analysis& analysis, std::size_t contact, int party,
                                           const std::set<std::tuple<int, int, int>>& reported) {
        std::vector<Missing> out;
        const auto& knowledge = analysis.knowledge();
        const auto& date = analysis.chronology().entry(contact).entry.date;
        const int b = analysis.chronology().facts(contact).agency;
        const auto& about = knowledge.indicators_about(party);
        const bool b_knew_of_abuse = std::any_of(about.begin(), about.end(), [&](int x) {
            return analysis.scale().is_abuse(analysis.indicator(x)) &&
                   knowledge.knew_by(b, party, x, date.start);
        });
        for (int indicator : about) {
            const std::string& name = analysis.indicator(indicator);
            if (!analysis.scale().is_abuse(name)) continue;
            if (reported.contains({b, party, indicator})) continue;
            if (knowledge.knew_by(b, party, indicator, date.start)) continue;
            const bool any_knower = !b_knew_of_abuse || analysis.scale().is_critical(name);
            Missing m{indicator, {}};
            for (const Learning* l : knowledge.knowers(party, indicator)) {
                if (l->day >= date.start) break;  // in the order learnt
                if (l->agency == b || l->sure >= date.start) continue;
                if (!any_knower && !(l->first_hand && date.end - l->sure <= k_fresh_days)) continue;
                m.knowers.push_back(l);
            }
            if (!m.knowers.empty()) out.push_back(std::move(m));
        }
        return out;
    }

    static const Learning* choose(const Analysis& analysis,
                                  const std::vector<const Learning*>& knowers, int b,
                                  model::DayNumber day) {
        const auto key = [&](const Learning* l) {
            return std::make_tuple(analysis.chronology().has_chronology(l->agency) ? 0 : 1,
                                   analysis.shares().sent_before(l->agency, b, day) ? 0 : 1,
                                   l->first_hand ? 0 : 1, l->sure,
                                   std::cref(analysis.agency(l->agency)));
        };
        return *std::min_element(
            knowers.begin(), knowers.end(),
            [&](const Learning* x, const Learning* y) { return key(x) < key(y); });
    }

    Finding finding(const Analysis& analysis, std::size_t contact, int party,
                    const std::vector<Missing>& missing, const Learning* top) const {
        const auto& e = analysis.chronology().entry(contact);
        const model::DayNumber day = e.entry.date.start;
        const std::string& a = analysis.agency(top->agency);
        // What A knew that B lacked, and what B lacked that only others knew.
        std::vector<const Learning*> known;
        std::vector<int> known_ids;
        std::vector<int> rest_ids;
        std::vector<const Learning*> others;
        for (const auto& m : missing) {
            auto it = std::find_if(m.knowers.begin(), m.knowers.end(),
                                   [&](const Learning* l) { return l->agency == top->agency; });
            if (it != m.knowers.end()) {
                known.push_back(*it);
                known_ids.push_back(m.indicator);
            } else {
                rest_ids.push_back(m.indicator);
            }
            for (const Learning* l : m.knowers) {
                if (l->agency != top->agency) others.push_back(l);
            }
        }
        const std::vector<std::string> names = analysis.indicator_names(known_ids);
        std::vector<std::string> all_names = names;
        for (const auto& n : analysis.indicator_names(rest_ids)) all_names.push_back(n);

        Finding f;
        f.rule = std::string(id());
        f.agency = a;
        f.other_agency = e.agency;
        f.party = analysis.party(party);
        f.indicator = names.front();
        f.date = day;
        f.message = e.agency + " had contact with " + analysis.party(party) + " " +
                    on_date(e.entry.date) + " without knowing of " + indicators_phrase(names) +
                    ", which " + a + " knew " + known_since(analysis, *top) +
                    others_phrase(analysis, others);
        if (!rest_ids.empty())
            f.message += "; it did not know of " +
                         indicators_phrase(analysis.indicator_names(rest_ids)) + " either";
        f.message += ".";
        f.evidence.push_back(analysis.evidence(contact));
        for (const Learning* l : known) add_evidence(f.evidence, analysis.evidence(l->entry));
        int points = 1 + analysis.critical_point(all_names) + analysis.risk_point(party, day);
        if (day - top->sure <= k_soon_days) ++points;
        f.severity = grade(points);
        return f;
    }

    // "from 2 August 2013" when A's knowledge has a day, else "by 23 August 2013" (the end
    // of the period its record gives).
    static std::string known_since(const Analysis& analysis, const Learning& l) {
        const auto& date = analysis.chronology().entry(l.entry).entry.date;
        if (l.how == LearntHow::received ||
            (date.precision == model::Precision::day && !date.approximate)) {
            return "from " + plain_date(l.day);
        }
        return "by " + plain_date(l.sure);
    }

    static std::string others_phrase(const Analysis& analysis,
                                     const std::vector<const Learning*>& others) {
        if (others.empty()) return {};
        std::vector<std::string> names;
        for (const Learning* l : others) names.push_back(analysis.agency(l->agency));
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        const std::size_t shown = std::min<std::size_t>(names.size(), 3);
        std::vector<std::string> listed(names.begin(),
                                        names.begin() + static_cast<std::ptrdiff_t>(shown));
        if (names.size() > shown) listed.push_back(std::to_string(names.size() - shown) + " more");
        return " (" + list_phrase(listed) +
               (names.size() == 1 ? " knew of it too)" : " knew of it too)");
    }
};

}  // namespace

std::unique_ptr<GapRule> make_unshared_knowledge_rule() {
    return std::make_unique<UnsharedKnowledgeRule>();
}

}  // namespace imr::analyse
