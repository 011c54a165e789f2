// missing-chronology: an agency that others shared with, received from or met submitted
// no chronology.
//
// Rationale: a review can only see what its IMRs record. An agency that others passed
// information to (the CPS, a victim service, a refuge) but that sent no chronology is a
// hole in "who knew what": whatever it knew and did with it is invisible, and the panel
// should ask it for one.
//
// Panel finding it reproduces: the scoping question every panel asks when agencies'
// chronologies name an agency that is not round the table (East Herts DHR 2014, 2.6:
// "agencies known to have provided a service ... were asked to give chronological
// accounts").
//
// Restraint: one finding per missing agency, citing the entries that name it (the first
// ten, in date order; the message gives the total). `other_agency` is the agency that
// named it first. "Met" is recorded as a share `how: meeting`.
// Severity: always low (0 points): it asks for information, it does not show harm.
#include "analyse/missing_chronology_rule.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

constexpr std::size_t k_cited = 10;

class MissingChronologyRule : public GapRule {
  public:
    std::string_view id() const override { return "missing-chronology"; }
    std::string_view finds() const override {
        return "an agency that others shared with, received from or met submitted no chronology";
    }

    std::vector<Finding> check(const Analysis& analysis) const override {
        // Missing agency -> the share records naming it (sends and receipts are in date order).
        std::map<std::string, std::vector<const ShareRecord*>> named;
        const auto note = [&](const ShareRecord& share, int other) {
            if (!analysis.facts().has_chronology(other))
                named[analysis.agency(other)].push_back(&share);
        };
        for (const auto& send : analysis.shares().sends()) note(send, send.recipient);
        for (const auto& receipt : analysis.shares().receipts()) note(receipt, receipt.sender);
        std::vector<Finding> findings;
        for (auto& [missing, shares] : named) {
            std::stable_sort(shares.begin(), shares.end(),
                             [](const ShareRecord* x, const ShareRecord* y) {
                                 return std::tie(x->start, x->entry) < std::tie(y->start, y->entry);
                             });
            findings.push_back(finding(analysis, missing, shares));
        }
        return findings;
    }

  private:
    Finding finding(const Analysis& analysis, const std::string& missing,
                    const std::vector<const ShareRecord*>& shares) const {
        // Sets beside the lists keep this linear in the shares: a missing agency can be
        // named by thousands of entries.
        std::vector<std::size_t> entries;
        std::unordered_set<std::size_t> seen_entries;
        std::vector<std::string> namers;
        std::set<std::string_view> seen_namers;
        for (const ShareRecord* share : shares) {
            if (seen_entries.insert(share->entry).second) entries.push_back(share->entry);
            const std::string& namer = analysis.facts().entry(share->entry).agency;
            if (seen_namers.insert(namer).second) namers.push_back(namer);
        }
        Finding f;
        f.rule = std::string(id());
        f.agency = missing;
        f.other_agency = namers.front();
        f.date = shares.front()->start;
        std::vector<std::string> sorted_namers = namers;
        std::sort(sorted_namers.begin(), sorted_namers.end());
        f.message = missing + " submitted no chronology, but " + list_phrase(sorted_namers) +
                    " recorded sharing information with it or receiving information from it (" +
                    std::to_string(entries.size()) + (entries.size() == 1 ? " entry" : " entries") +
                    ", the first on " + plain_date(shares.front()->start) + ").";
        for (std::size_t k = 0; k < entries.size() && k < k_cited; ++k) {
            add_evidence(f.evidence, analysis.evidence(entries[k]));
        }
        f.severity = FindingSeverity::low;
        return f;
    }
};

}  // namespace

std::unique_ptr<GapRule> make_missing_chronology_rule() {
    return std::make_unique<MissingChronologyRule>();
}

}  // namespace imr::analyse
