// unreceived-share: A records sending information to B; B's chronology records no
// receipt from A within `receipt_window_days`.
//
// Rationale: information that one agency believes it passed on, and the other never
// logged, is information nobody acted on. The sender's record is the evidence; the
// recipient's silence is checked only where its chronology covers the dates (its
// `covers`) and only for recipients that submitted a chronology at all (an agency with
// none is missing-chronology's finding, not a thousand unreceived shares).
//
// Panel finding it reproduces: "Spectrum have a record of contacting the police Harm
// Reduction Unit by telephone to discuss this but the police do not have a record of
// receiving a call" (East Herts DHR 2014, 4.4); and MARAC minutes that never reached the
// recovery worker (3.13).
//
// Restraint: one finding per recorded send; a send matched to a receipt (event_linker's
// matching, greedy in date order) is never flagged.
// Severity: 2 points (information lost in transit), +1 when what it carried includes a
// critical indicator, +1 when the party was rated high risk on that day.
#include "analyse/unreceived_share_rule.hpp"

#include "analyse/gap_rule.hpp"
#include "analyse/share_content.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

class UnreceivedShareRule : public GapRule {
  public:
    std::string_view id() const override { return "unreceived-share"; }
    std::string_view finds() const override {
        return "A records sending information to B; B's chronology records no receipt from A "
               "within "
               "receipt_window_days";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        std::vector<Finding> findings;
        const int window = analysis.rules().receipt_window_days;
        for (const auto& send : analysis.shares().sends()) {
            if (send.match || analysis.in_share_conflict(send)) continue;
            if (!analysis.facts().has_chronology(send.recipient)) continue;
            if (!analysis.covers(send.recipient, send.start) &&
                !analysis.covers(send.recipient, send.end + window)) {
                continue;
            }
            findings.push_back(finding(analysis, send, window));
        }
        return findings;
    }

  private:
    Finding finding(const Analysis& analysis, const ShareRecord& send, int window) const {
        const ShareContent content = share_content(analysis, send);
        const std::string& sender = analysis.agency(send.sender);
        const std::string& recipient = analysis.agency(send.recipient);
        const auto& date = analysis.facts().entry(send.entry).shared_with[send.item].date;
        return share_record_finding(
            analysis, id(), send, content,
            sender + " recorded " + sending_phrase(analysis, content, recipient) +
                how_phrase(analysis, send) + " " + on_date(date) + "; " + possessive(recipient) +
                " chronology records no receipt from " + sender + " within " + days_phrase(window) +
                ".",
            2);
    }
};

}  // namespace

std::unique_ptr<GapRule> make_unreceived_share_rule() {
    return std::make_unique<UnreceivedShareRule>();
}

}  // namespace imr::analyse
