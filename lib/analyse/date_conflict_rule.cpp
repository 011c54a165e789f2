// date-conflict: entries linked as the same event by a shared `ref` or a send/receipt
// pair give dates that do not overlap.
//
// Rationale: when two agencies date one event differently, at least one chronology is
// wrong, and every rule that reasons about "before" and "after" inherits the error. The
// panel must settle the date before it can say who knew what when.
//
// Panel finding it reproduces: disagreements such as the two dates given for M's death
// (2 July in 1.1, 3 July in 2.11 of the East Herts DHR 2014 executive summary): the kind
// of discrepancy a panel has to resolve with the agencies.
//
// Which pairs: entries of different agencies with the same `ref` (compared as the event
// linker does, ignoring case and punctuation), leaving out an entry that records a share
// with another agency of the group (a notification about the incident, rightly dated
// when it was passed on); and matched send/receipt pairs made by phone or at a meeting,
// which happen on one day. Letters and emails may take days: that is late-share's
// concern, not a conflict.
//
// (1.1) A sharing entry that is itself the record of the event is not left out: when it
// and the other agency's entries under the same ref do not overlap, the sharing entry
// being of the same type as the other's or its agency's only entry with that ref, that is
// one event with two dates (share_conflict.hpp). It is reported here,
// instead of, not as well as, the unreceived share and the unrecorded send the wrong date
// would otherwise produce.
//
// Restraint: one finding per ref group (its widest gap between agencies, or its send and
// receipt dated apart) and one per phone or meeting pair. `agency` gives the earlier date,
// `other_agency` the later. Severity: always low (0 points): a recording problem to resolve, not a
// missed share.
#include "analyse/date_conflict_rule.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"
#include "util/text.hpp"

namespace imr::analyse {
namespace {

bool records_share_with(const EntryFacts& facts, const std::set<int>& agencies) {
    const auto with = [&](const ShareFacts& share) {
        return share.agency != facts.agency && agencies.contains(share.agency);
    };
    return std::any_of(facts.sends.begin(), facts.sends.end(), with) ||
           std::any_of(facts.receipts.begin(), facts.receipts.end(), with);
}

bool synchronous(const std::string& how) { return how == "phone" || how == "meeting"; }

class DateConflictRule : public GapRule {
  public:
    std::string_view id() const override { return "date-conflict"; }
    std::string_view finds() const override {
        return "entries linked as the same event by a shared ref or a send/receipt pair give dates "
               "that do not "
               "overlap";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        check_share_conflicts(analysis, findings);
        check_refs(analysis, findings);
        check_pairs(analysis, findings);
        return findings;
    }

  private:
    // (1.1) A send and its receipt under one ref, a sending entry that is the event's own
    // record, dated apart: one event with two dates, reported here instead of as an
    // unreceived share and an unrecorded send.
    void check_share_conflicts(const Analysis& analysis, std::vector<Finding>& findings) const {
        const auto& chronology = analysis.facts();
        for (const auto& c : analysis.share_conflicts()) {
            const auto& sent = chronology.entry(c.sender_entry);
            const auto& got = chronology.entry(c.other_entry);
            const bool sent_first = sent.entry.date.start <= got.entry.date.start;
            const auto& early = sent_first ? sent : got;
            const auto& late = sent_first ? got : sent;
            // How the sharing entry says it passed to or from the other agency.
            std::string how;
            bool receipt_side = false;
            for (const auto& s : sent.shared_with) {
                if (s.agency == got.agency && how.empty()) how = s.how.empty() ? "-" : s.how;
            }
            if (how.empty()) {
                receipt_side = true;
                for (const auto& r : sent.received_from) {
                    if (r.agency == got.agency && how.empty()) how = r.how.empty() ? "-" : r.how;
                }
            }
            const std::string what =
                how == "phone" ? "call" : (how == "meeting" ? "meeting" : "share");
            Finding f;
            f.rule = std::string(id());
            f.agency = early.agency;
            f.other_agency = late.agency;
            auto parties = analysis.focus_parties(c.sender_entry);
            if (parties.empty()) parties = analysis.focus_parties(c.other_entry);
            if (!parties.empty()) f.party = analysis.party(parties.front());
            f.date = early.entry.date.start;
            f.message = sent.agency + " dates its " + what + (receipt_side ? " from " : " to ") +
                        got.agency + " '" + c.ref + "' to " + date_phrase(sent.entry.date) +
                        " but " + got.agency + " records the same event, under the same " +
                        "reference, on " + date_phrase(got.entry.date) +
                        "; one event with two dates, not a share lost or unrecorded, until the "
                        "panel settles which date is right.";
            f.evidence = {analysis.evidence(sent_first ? c.sender_entry : c.other_entry),
                          analysis.evidence(sent_first ? c.other_entry : c.sender_entry)};
            f.severity = FindingSeverity::low;
            findings.push_back(std::move(f));
        }
    }

    void check_refs(const Analysis& analysis, std::vector<Finding>& findings) const {
        const auto& chronology = analysis.facts();
        std::map<std::string, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < chronology.size(); ++i) {
            const std::string key = util::match_key(chronology.entry(i).entry.ref);
            if (!key.empty()) groups[key].push_back(i);
        }
        // A group whose conflict is a send and its receipt is reported once, as that.
        for (const auto& c : analysis.share_conflicts())
            groups.erase(util::match_key(chronology.entry(c.sender_entry).entry.ref));
        for (const auto& [key, members] : groups) {
            std::set<int> agencies;
            for (std::size_t i : members) agencies.insert(chronology.facts(i).agency);
            if (agencies.size() < 2) continue;
            std::vector<std::size_t> events;
            for (std::size_t i : members) {
                if (!records_share_with(chronology.facts(i), agencies)) events.push_back(i);
            }
            // Per agency, its earliest-ending and latest-starting entry; then the widest gap
            // between one agency's earliest end and another's latest start. Linear in the
            // group's size, quadratic only in its (few) agencies.
            const auto date = [&](std::size_t i) -> const model::DateValue& {
                return chronology.entry(i).entry.date;
            };
            std::map<int, std::pair<std::size_t, std::size_t>>
                ends;  // agency -> (min end, max start)
            for (std::size_t i : events) {
                auto [it, inserted] =
                    ends.emplace(chronology.facts(i).agency, std::make_pair(i, i));
                if (inserted) continue;
                if (date(i).end < date(it->second.first).end) it->second.first = i;
                if (date(i).start > date(it->second.second).start) it->second.second = i;
            }
            std::optional<std::pair<std::size_t, std::size_t>> worst;
            model::DayNumber widest = 0;
            for (const auto& [early_agency, early] : ends) {
                for (const auto& [late_agency, late] : ends) {
                    if (early_agency == late_agency) continue;
                    const model::DayNumber gap = date(late.second).start - date(early.first).end;
                    if (gap > widest) {
                        widest = gap;
                        worst = {early.first, late.second};
                    }
                }
            }
            if (worst)
                findings.push_back(
                    ref_finding(analysis, chronology.entry(worst->first).entry.ref.str(), *worst));
        }
    }

    void check_pairs(const Analysis& analysis, std::vector<Finding>& findings) const {
        const auto& shares = analysis.shares();
        const auto& chronology = analysis.facts();
        for (const auto& send : shares.sends()) {
            if (!send.match) continue;
            const ShareRecord& receipt = shares.receipts()[*send.match];
            const std::string& sent_how = chronology.entry(send.entry).shared_with[send.item].how;
            const std::string& got_how =
                chronology.entry(receipt.entry).received_from[receipt.item].how;
            if (!synchronous(sent_how) && !synchronous(got_how)) continue;
            if (receipt.start <= send.end) continue;
            const std::string& a = analysis.agency(send.sender);
            const std::string& b = analysis.agency(send.recipient);
            const std::string how = synchronous(sent_how) ? sent_how : got_how;
            Finding f;
            f.rule = std::string(id());
            f.agency = a;
            f.other_agency = b;
            const auto parties = analysis.focus_parties(send.entry);
            if (!parties.empty()) f.party = analysis.party(parties.front());
            f.date = send.start;
            f.message = a + " dates its " +
                        (how == "phone" ? std::string("phone call") : std::string("meeting")) +
                        " with " + b + " to " + plain_date(send.start) + " but " + b +
                        " records it on " + plain_date(receipt.start) + "; a " +
                        (how == "phone" ? "call" : "meeting") + " happens on one day.";
            f.evidence = {analysis.evidence(send.entry), analysis.evidence(receipt.entry)};
            f.severity = FindingSeverity::low;
            findings.push_back(std::move(f));
        }
    }

    Finding ref_finding(const Analysis& analysis, const std::string& ref,
                        std::pair<std::size_t, std::size_t> pair) const {
        const auto& early = analysis.facts().entry(pair.first);
        const auto& late = analysis.facts().entry(pair.second);
        Finding f;
        f.rule = std::string(id());
        f.agency = early.agency;
        f.other_agency = late.agency;
        const auto parties = analysis.focus_parties(pair.first);
        if (!parties.empty()) f.party = analysis.party(parties.front());
        f.date = early.entry.date.start;
        f.message =
            early.agency + " dates '" + ref + "' to " + date_phrase(early.entry.date) + " but " +
            late.agency + " dates it to " + date_phrase(late.entry.date) +
            "; entries that share a reference record one event, so their dates should overlap.";
        f.evidence = {analysis.evidence(pair.first), analysis.evidence(pair.second)};
        f.severity = FindingSeverity::low;
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_date_conflict_rule() { return std::make_unique<DateConflictRule>(); }

}  // namespace imr::analyse
