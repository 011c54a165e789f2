// unrecorded-send: B records receiving information from A; A's chronology has no
// matching send.
//
// Rationale: a receipt the sender never logged means the sender cannot say what it
// passed on or when; its IMR, and any review of what it knew it had shared, is
// incomplete. Checked only against senders that submitted a chronology covering the date.
//
// Panel finding it reproduces: a recording failure such as the hospital's missing A&E
// documentation of 16 June 2013 (East Herts DHR 2014, 3.16), which left CATT's record of
// the hospital's referral without a sender's record.
//
// Restraint: one finding per recorded receipt; a receipt matched to a send within the
// window is never flagged.
// Severity: 0 points (a recording gap; the information did arrive), +1 for a critical
// indicator, +1 when the party was rated high risk on that day.
#include "analyse/unrecorded_send_rule.hpp"

#include "analyse/gap_rule.hpp"
#include "analyse/share_content.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

class UnrecordedSendRule : public GapRule {
  public:
    std::string_view id() const override { return "unrecorded-send"; }
    std::string_view finds() const override {
        return "B records receiving from A; A's chronology has no matching send";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        for (const auto& receipt : analysis.shares().receipts()) {
            if (receipt.match || analysis.in_share_conflict(receipt)) continue;
            if (!analysis.facts().has_chronology(receipt.sender)) continue;
            if (!analysis.covers(receipt.sender, receipt.start) &&
                !analysis.covers(receipt.sender, receipt.end)) {
                continue;
            }
            findings.push_back(finding(analysis, receipt));
        }
        return findings;
    }

  private:
    Finding finding(const Analysis& analysis, const ShareRecord& receipt) const {
        const ShareContent content = share_content(analysis, receipt);
        const std::string& sender = analysis.agency(receipt.sender);
        const std::string& recipient = analysis.agency(receipt.recipient);
        const auto& date = analysis.facts().entry(receipt.entry).received_from[receipt.item].date;
        return share_record_finding(analysis, id(), receipt, content,
                                    recipient + " recorded " +
                                        receiving_phrase(analysis, content, sender) +
                                        how_phrase(analysis, receipt) + " " + on_date(date) + "; " +
                                        possessive(sender) + " chronology records no such share.",
                                    0);
    }
};

}  // namespace

std::unique_ptr<GapRule> make_unrecorded_send_rule() {
    return std::make_unique<UnrecordedSendRule>();
}

}  // namespace imr::analyse
