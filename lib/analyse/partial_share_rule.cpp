// partial-share: A sent information about P to B, but left out an indicator A knew
// about P.
//
// Rationale: a share that names what it carries (`about`) and leaves the abuse out gives
// the recipient false reassurance: it holds a letter about the party and believes it
// knows what there is to know.
//
// Panel finding it reproduces: "A letter was sent to M's GP as a result of her attendance
// at the hospital on 5 May but the discharge summary did not mention domestic abuse"
// (East Herts DHR 2014, 3.18).
//
// Only shares with an explicit `about` can be partial (without one a share carries all
// the sender knew). What counts as left out: a concern of the review (concerns.hpp) A
// knew about P on the share's date, not in `about`, that B did not already know by the
// day it received the share. A share is flagged when it left out a critical indicator, or
// a concern of a family it carried nothing of (concern_family): "the abuse left out" of a
// discharge letter, the drinking left out of a referral to mental health (the
// dual-diagnosis gap SARs name). A share that carried the abuse but not every detail of
// it is the ordinary summarising of a letter.
// History is not held against a share: knowledge that goes back to a record from before
// the review period (a conviction circa 2002) does not count as left out.
// Senders without a chronology are not judged: what they knew is only inferred.
//
// Restraint: one finding per share (send and receipt counted once), naming every
// indicator left out; a later share that leaves out nothing new for the same (A, B, P)
// adds nothing.
// Severity: 1 point, +1 when a critical indicator was left out, +1 when P was rated high
// risk on the day.
#include "analyse/partial_share_rule.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "analyse/concerns.hpp"
#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

class PartialShareRule : public GapRule {
  public:
    std::string_view id() const override { return "partial-share"; }
    std::string_view finds() const override {
        return "A sent information about P to B, but left out an indicator A knew about P";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        std::set<std::tuple<int, int, int, int>> reported;  // (A, B, P, X)
        const auto& transfers = analysis.shares().transfers();
        std::vector<std::size_t> order(transfers.size());
        for (std::size_t t = 0; t < order.size(); ++t) order[t] = t;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return transfers[x].sent < transfers[y].sent;
        });
        for (std::size_t t : order) {
            const Transfer& share = transfers[t];
            if (share.about.empty() || !analysis.facts().has_chronology(share.sender)) continue;
            for (int party : share.parties) {
                if (!analysis.is_focus(party)) continue;
                std::vector<int> left_out = omitted(analysis, share, party);
                std::erase_if(left_out, [&](int x) {
                    return reported.contains({share.sender, share.recipient, party, x});
                });
                if (left_out.empty()) continue;
                for (int x : left_out) reported.emplace(share.sender, share.recipient, party, x);
                findings.push_back(finding(analysis, share, party, left_out));
                break;  // one finding per share: the first party it shortchanged
            }
        }
        return findings;
    }

  private:
    // The indicators the share should have carried, by the rule's test; empty when none.
    static std::vector<int> omitted(const Analysis& analysis, const Transfer& share, int party) {
        const auto& knowledge = analysis.knowledge();
        const auto& scale = analysis.scale();
        std::set<std::string> carried;  // the families of concern the share carried
        for (int x : share.about) {
            const std::string& name = analysis.indicator(x);
            if (scale.is_concern(name)) carried.insert(concern_family(name));
        }
        std::vector<int> left_out;
        for (int x : knowledge.indicators_about(party)) {
            const std::string& name = analysis.indicator(x);
            if (!scale.is_concern(name)) continue;
            if (std::find(share.about.begin(), share.about.end(), x) != share.about.end()) continue;
            if (!knowledge.knew_by(share.sender, party, x, share.sent)) continue;
            if (knowledge.knew_by(share.recipient, party, x, share.received)) continue;
            if (!scale.is_critical(name) && carried.contains(concern_family(name))) continue;
            left_out.push_back(x);
        }
        return left_out;
    }

    Finding finding(const Analysis& analysis, const Transfer& share, int party,
                    const std::vector<int>& left_out) const {
        const auto& sends = analysis.shares().sends();
        const auto& receipts = analysis.shares().receipts();
        const ShareRecord& record = share.send ? sends[*share.send] : receipts[*share.receipt];
        const std::string& a = analysis.agency(share.sender);
        const std::string& b = analysis.agency(share.recipient);
        const std::vector<std::string> names = analysis.indicator_names(left_out);
        const std::vector<std::string> carried = analysis.indicator_names(share.about);
        const auto& entry = analysis.facts().entry(record.entry);
        const auto& date = record.send ? entry.shared_with[record.item].date
                                       : entry.received_from[record.item].date;
        Finding f;
        f.rule = std::string(id());
        f.agency = a;
        f.other_agency = b;
        f.party = analysis.party(party);
        f.indicator = names.front();
        f.date = share.sent;
        f.message =
            (record.send ? a + " recorded telling " + b : b + " recorded hearing from " + a) +
            " about " + indicators_phrase(carried) + " concerning " + analysis.party(party) + " " +
            on_date(date) + "; it left out " + indicators_phrase(names) + ", which " + a +
            " knew and " + b + " did not.";
        f.evidence.push_back(analysis.evidence(record.entry));
        if (share.send && share.receipt)
            add_evidence(f.evidence, analysis.evidence(receipts[*share.receipt].entry));
        for (int x : left_out) {
            if (const Learning* l = analysis.knowledge().knew(share.sender, party, x)) {
                add_evidence(f.evidence, analysis.evidence(l->entry));
            }
        }
        f.indicators = names;
        for (const auto& name : names) {
            const int x = *analysis.facts().indicators().find(name);
            if (const Learning* l = analysis.knowledge().knew(share.sender, party, x))
                f.known_by.push_back(analysis.known_by(*l));
        }
        f.severity =
            grade(1 + analysis.critical_point(names) + analysis.risk_point(party, share.sent));
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_partial_share_rule() { return std::make_unique<PartialShareRule>(); }

}  // namespace imr::analyse
