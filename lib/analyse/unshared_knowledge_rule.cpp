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
// Only the review's concerns count (concerns.hpp) and only the parties the review
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
// finding per contact, naming what B lacked about every followed party the entry names
// (the victim and the perpetrator met in one appointment; spec section 6, 1.1): the first
// party is the finding's `party`, and A is chosen for it. About the others, only
// indicators B was not yet found lacking about anyone, and did not know about another
// person the entry names, count: the same gap about a second person named in the entry is
// not a second gap, and an agency that knew of the abuse of the mother knew it of the
// household the child visiting her lives in. Only knowledge A certainly had
// before the contact day (a record's end date) and gained within the review period
// counts (the knowledge timeline's news): a conviction on the police national computer
// from 2002 is history each agency may check, not information one of them failed to pass
// on; a breach of bail in the review period is news, even to an agency that knew of an
// older breach.
// Severity: 1 point, +1 for a critical indicator, +1 when P was rated high risk on the
// day of the contact, +1 when A learnt it within 14 days before the contact.
#include "analyse/unshared_knowledge_rule.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "analyse/concerns.hpp"
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

// What B lacked about one party at a contact, and the agency named as A for it.
struct Section {
    int party;
    std::vector<Missing> missing;
    const Learning* top;
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
        std::set<std::pair<int, int>> lacked_any;            // (B, X) about any party
        const auto& chronology = analysis.facts();
        for (std::size_t i = 0; i < chronology.size(); ++i) {
            if (!analysis.is_contact(i)) continue;
            // The contact is with every followed party the entry names (spec section 6,
            // 1.1): the agency that met the perpetrator in a victim's appointment met him.
            const int b = chronology.facts(i).agency;
            const auto& date = chronology.entry(i).entry.date;
            std::vector<Section> sections;
            const std::vector<int> parties = analysis.focus_parties(i);
            for (int party : parties) {
                std::vector<Missing> missing = missing_at(analysis, i, party, reported);
                // About the others the entry names (the perpetrator in the victim's
                // appointment), only what B has not yet been found lacking about anyone:
                // the same gap about a second person is not a second gap.
                if (party != parties.front()) {
                    std::erase_if(missing, [&](const Missing& m) {
                        if (lacked_any.contains({b, m.indicator})) return true;
                        return std::any_of(parties.begin(), parties.end(), [&](int other) {
                            return other != party &&
                                   analysis.knowledge().knew_by(b, other, m.indicator, date.start);
                        });
                    });
                }
                if (missing.empty()) continue;
                for (const auto& m : missing) {
                    reported.emplace(b, party, m.indicator);
                    lacked_any.emplace(b, m.indicator);
                }
                // Most serious first, so A is chosen for the indicator that matters most.
                std::sort(missing.begin(), missing.end(), [&](const Missing& x, const Missing& y) {
                    return analysis.scale().rank(analysis.indicator(x.indicator)) <
                           analysis.scale().rank(analysis.indicator(y.indicator));
                });
                // One finding per (A, B, P), unless A now knew something critical or fresh
                // that B lacked: a later contact at which B lacks more of A's old knowledge
                // adds nothing new to what the panel must ask.
                const Learning* top = choose(analysis, missing.front().knowers, b, date.start);
                const bool news =
                    std::any_of(missing.begin(), missing.end(), [&](const Missing& m) {
                        return std::any_of(
                            m.knowers.begin(), m.knowers.end(), [&](const Learning* l) {
                                return l->agency == top->agency &&
                                       (analysis.scale().is_critical(
                                            analysis.indicator(m.indicator)) ||
                                        (l->first_hand && date.end - l->sure <= k_fresh_days));
                            });
                    });
                if (!reported_pairs.emplace(top->agency, b, party).second && !news) continue;
                sections.push_back({party, std::move(missing), top});
            }
            // One finding per contact, naming everything B lacked about everyone it met.
            if (!sections.empty()) findings.push_back(finding(analysis, i, sections));
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
        const auto& date = analysis.facts().entry(contact).entry.date;
        const int b = analysis.facts().facts(contact).agency;
        const auto& about = knowledge.indicators_about(party);
        // The families of concern B already knew something of about the party.
        std::set<std::string> b_knew;
        for (int x : about) {
            const std::string& name = analysis.indicator(x);
            if (analysis.scale().is_concern(name) && knowledge.knew_by(b, party, x, date.start))
                b_knew.insert(concern_family(name));
        }
        for (int indicator : about) {
            const std::string& name = analysis.indicator(indicator);
            if (!analysis.scale().is_concern(name)) continue;
            if (reported.contains({b, party, indicator})) continue;
            if (knowledge.knew_by(b, party, indicator, date.start)) continue;
            const bool any_knower =
                !b_knew.contains(concern_family(name)) || analysis.scale().is_critical(name);
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
            return std::make_tuple(analysis.facts().has_chronology(l->agency) ? 0 : 1,
                                   analysis.shares().sent_before(l->agency, b, day) ? 0 : 1,
                                   l->first_hand ? 0 : 1, l->sure,
                                   std::cref(analysis.agency(l->agency)));
        };
        return *std::min_element(
            knowers.begin(), knowers.end(),
            [&](const Learning* x, const Learning* y) { return key(x) < key(y); });
    }

    // What B lacked about one party, in words: "domestic abuse, which Police knew from 2
    // August 2013 (GP Services knew of it too); it did not know of stalking either". Adds
    // the indicators and the agencies that knew them to the finding.
    static std::string lacked(const Analysis& analysis, const Section& section, Finding& f,
                              std::vector<std::string>& all_names) {
        const Learning* top = section.top;
        const std::string& a = analysis.agency(top->agency);
        // What A knew that B lacked, and what B lacked that only others knew.
        std::vector<const Learning*> known;
        std::vector<int> known_ids;
        std::vector<int> rest_ids;
        std::vector<const Learning*> others;
        for (const auto& m : section.missing) {
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
            for (const Learning* l : m.knowers) f.known_by.push_back(analysis.known_by(*l));
        }
        const std::vector<std::string> names = analysis.indicator_names(known_ids);
        const std::vector<std::string> rest = analysis.indicator_names(rest_ids);
        for (const auto& n : names) all_names.push_back(n);
        for (const auto& n : rest) all_names.push_back(n);
        std::string text = indicators_phrase(names) + ", which " + a + " knew " +
                           known_since(analysis, *top) + others_phrase(analysis, others);
        if (!rest.empty()) text += "; it did not know of " + indicators_phrase(rest) + " either";
        for (const Learning* l : known) add_evidence(f.evidence, analysis.evidence(l->entry));
        return text;
    }

    Finding finding(const Analysis& analysis, std::size_t contact,
                    const std::vector<Section>& sections) const {
        const auto& e = analysis.facts().entry(contact);
        const model::DayNumber day = e.entry.date.start;
        const Section& first = sections.front();
        const int party = first.party;
        Finding f;
        f.rule = std::string(id());
        f.agency = analysis.agency(first.top->agency);
        f.other_agency = e.agency;
        f.party = analysis.party(party);
        f.date = day;
        f.evidence.push_back(analysis.evidence(contact));
        std::vector<std::string> all_names;
        f.message = e.agency + " had contact with " + analysis.party(party) + " " +
                    on_date(e.entry.date) + " without knowing of " +
                    lacked(analysis, first, f, all_names);
        f.indicator = all_names.front();
        int points = 1 + analysis.risk_point(party, day);
        bool soon = day - first.top->sure <= k_soon_days;
        for (std::size_t k = 1; k < sections.size(); ++k) {
            const Section& more = sections[k];
            f.message += "; about " + analysis.party(more.party) +
                         " (also named) it did not know of " + lacked(analysis, more, f, all_names);
            points = std::max(points, 1 + analysis.risk_point(more.party, day));
            soon = soon || day - more.top->sure <= k_soon_days;
        }
        f.message += ".";
        // Principal first, then the rest in the order the message names them, once each.
        for (const auto& n : all_names) {
            if (std::find(f.indicators.begin(), f.indicators.end(), n) == f.indicators.end())
                f.indicators.push_back(n);
        }
        points += analysis.critical_point(all_names) + (soon ? 1 : 0);
        f.severity = grade(points);
        return f;
    }

    // "from 2 August 2013" when A's knowledge has a day, else "by 23 August 2013" (the end
    // of the period its record gives).
    static std::string known_since(const Analysis& analysis, const Learning& l) {
        const auto& date = analysis.facts().entry(l.entry).entry.date;
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
