// late-share: a share (its own `date`, or B's matching receipt) is more than
// `late_share_days` after the date of the entry it comes from (the incident, meeting or
// disclosure that prompted it).
//
// Rationale: information about a high-risk case is perishable. MARAC actions were due
// before the minutes that recorded them arrived; a supervising officer who sees a case
// file three weeks after sentence supervises blind in the weeks that matter most.
//
// Panel findings it reproduces: "although the meeting required actions to be completed
// by 20 June the minutes were not circulated until 17 June" (East Herts DHR 2014, 3.12);
// "BeNCH did not gain access to computerised case files held by NPS until 3 weeks after
// sentence" (3.24).
//
// How a share is timed: a send is late when its own date, or its matched receipt, falls
// more than late_share_days after its entry's date (the end of it, for a period). A
// receipt with no matching send is late when its own date falls that long after the
// recipient's entry (the recipient recorded the prompting event and when the
// information finally came). A matched receipt is judged through its send only, so one
// share is never counted twice.
//
// Restraint: one finding per prompting entry and sender, naming every late recipient
// (`other_agency` is the recipient when there is one, null when the entry's information
// went late to several).
// Severity: 1 point, +1 when what was shared includes a critical indicator, +1 when the
// party was rated high risk on the day of the prompting entry.
#include "analyse/late_share_rule.hpp"

#include <algorithm>
#include <map>

#include "analyse/gap_rule.hpp"
#include "analyse/share_content.hpp"
#include "analyse/wording.hpp"
#include "util/text.hpp"

namespace imr::analyse {
namespace {

struct LateShare {
    const ShareRecord* record;             // the send, or the unmatched receipt
    const ShareRecord* receipt = nullptr;  // the send's matched receipt
    int recipient;
    model::DayNumber arrived;  // the later of the share's date and the receipt
};

std::string event_phrase(const Analysis& analysis, std::size_t entry) {
    const auto& e = analysis.facts().entry(entry).entry;
    const std::string when = date_phrase(e.date);
    const std::string type = util::to_lower(e.type);
    if (type == "meeting") return "the meeting of " + when;
    if (type == "incident") return "the incident of " + when;
    if (type == "disclosure") return "the disclosure of " + when;
    if (type == "court") return "the hearing of " + when;
    if (type == "assessment") return "the assessment of " + when;
    if (type == "referral") return "the referral of " + when;
    return "its entry of " + when;
}

class LateShareRule : public GapRule {
  public:
    std::string_view id() const override { return "late-share"; }
    std::string_view finds() const override {
        return "a share (its own date, or B's matching receipt) is more than late_share_days after "
               "the date "
               "of the entry it comes from";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        const int limit = analysis.rules().late_share_days;
        const auto& shares = analysis.shares();
        // (prompting entry, sender) -> its late shares, in date order.
        std::map<std::pair<std::size_t, int>, std::vector<LateShare>> late;
        for (const auto& send : shares.sends()) {
            const model::DayNumber prompt = analysis.facts().entry(send.entry).entry.date.end;
            LateShare share{&send, nullptr, send.recipient, send.start};
            if (send.match) {
                share.receipt = &shares.receipts()[*send.match];
                share.arrived = std::max(share.arrived, share.receipt->start);
            }
            if (share.arrived - prompt > limit) late[{send.entry, send.sender}].push_back(share);
        }
        for (const auto& receipt : shares.receipts()) {
            if (receipt.match) continue;
            const model::DayNumber prompt = analysis.facts().entry(receipt.entry).entry.date.end;
            if (receipt.start - prompt > limit) {
                late[{receipt.entry, receipt.sender}].push_back(
                    {&receipt, nullptr, receipt.recipient, receipt.start});
            }
        }
        std::vector<Finding> findings;
        for (const auto& [key, list] : late)
            findings.push_back(finding(analysis, key.first, key.second, list, limit));
        return findings;
    }

  private:
    Finding finding(const Analysis& analysis, std::size_t prompt, int sender,
                    const std::vector<LateShare>& list, int limit) const {
        const auto& prompt_entry = analysis.facts().entry(prompt);
        model::DayNumber arrived = list.front().arrived;
        std::vector<std::string> recipients;
        std::vector<std::string> carried;
        for (const auto& share : list) {
            arrived = std::max(arrived, share.arrived);
            const std::string& name = analysis.agency(share.recipient);
            if (std::find(recipients.begin(), recipients.end(), name) == recipients.end())
                recipients.push_back(name);
            const ShareContent content = share_content(analysis, *share.record);
            carried.insert(carried.end(), content.indicators.begin(), content.indicators.end());
        }
        analysis.scale().order(carried);
        const std::vector<int> parties = analysis.focus_parties(prompt);
        const int days = arrived - prompt_entry.entry.date.end;
        const std::string& from = analysis.agency(sender);
        const bool recorded_by_sender = list.front().record->send;

        Finding f;
        f.rule = std::string(id());
        f.agency = from;
        if (recipients.size() == 1) f.other_agency = recipients.front();
        if (!parties.empty()) f.party = analysis.party(parties.front());
        if (!carried.empty()) f.indicator = carried.front();
        f.indicators = carried;
        f.date = prompt_entry.entry.date.start;
        // Days counted from the prompting entry to the share's own date, and to the last
        // receipt when that came later still. An uncertain date ("late June") gives a
        // lower bound: "at least".
        const ShareRecord* last = list.front().record;
        for (const auto& share : list) {
            if (share.record->start > last->start) last = share.record;
        }
        const model::DayNumber shared_on = last->start;
        const int days_shared = shared_on - prompt_entry.entry.date.end;
        const auto& last_entry = analysis.facts().entry(last->entry);
        const auto& last_date = last->send ? last_entry.shared_with[last->item].date
                                           : last_entry.received_from[last->item].date;
        const bool exact = last_date.precision == model::Precision::day && !last_date.approximate;
        const std::string when = exact ? "on " + plain_date(shared_on) : on_date(last_date);
        const std::string how_late =
            (exact ? "" : "at least ") + days_phrase(days_shared) + " later";
        if (recorded_by_sender) {
            f.message = from + " passed on information from " + event_phrase(analysis, prompt) +
                        " to " + list_phrase(recipients) + " only " + when + ", " + how_late;
            if (arrived > shared_on) {
                f.message +=
                    " (received by " + plain_date(arrived) + ", " + days_phrase(days) + " later)";
            }
            f.message += "; the review allows " + days_phrase(limit) + ".";
        } else {
            f.message = recipients.front() + " recorded that information from " + from +
                        " following " + event_phrase(analysis, prompt) + " reached it only " +
                        when + ", " + how_late + "; the review allows " + days_phrase(limit) + ".";
        }
        f.evidence.push_back(analysis.evidence(prompt));
        for (const auto& share : list) {
            if (share.receipt) add_evidence(f.evidence, analysis.evidence(share.receipt->entry));
        }
        int points = 1 + analysis.critical_point(carried);
        if (!parties.empty())
            points += analysis.risk_point(parties.front(), prompt_entry.entry.date.start);
        f.severity = grade(points);
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_late_share_rule() { return std::make_unique<LateShareRule>(); }

}  // namespace imr::analyse
