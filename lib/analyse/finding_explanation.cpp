#include "analyse/finding_explanation.hpp"

#include <algorithm>
#include <limits>

#include "analyse/analysis.hpp"
#include "analyse/gap_rule.hpp"
#include "analyse/wording.hpp"

namespace imr::analyse {
namespace {

std::string citation(const std::string& file, int line) {
    return file + ":" + std::to_string(line);
}

}  // namespace

FindingExplanation explain_finding(const merge::CombinedChronology& merged,
                                   const GapContext& context, const Finding& finding,
                                   std::size_t number) {
    FindingExplanation out;
    out.number = number;
    out.finding = finding;
    for (const auto& rule : make_gap_rules()) {
        if (rule->id() == finding.rule) out.finds = std::string(rule->finds());
    }
    const Analysis analysis(merged, context);
    const auto& chronology = analysis.facts();
    const model::DayNumber until =
        finding.date.value_or(std::numeric_limits<model::DayNumber>::max());
    std::vector<std::string> indicators = finding.indicators;
    if (indicators.empty() && finding.indicator) indicators.push_back(*finding.indicator);
    const std::optional<int> party =
        finding.party ? chronology.parties().find(*finding.party) : std::nullopt;
    const auto& knowledge = analysis.knowledge();

    if (party) {
        for (const auto& name : indicators) {
            const auto indicator = chronology.indicators().find(name);
            if (!indicator) continue;
            for (const Learning* l : knowledge.first_knowers(*party, *indicator)) {
                if (l->day > until) continue;
                const auto& e = chronology.entry(l->entry);
                std::string text = analysis.agency(l->agency);
                if (l->how == LearntHow::recorded) {
                    text += " recorded " + name + " about " + *finding.party + " " +
                            on_date(e.entry.date);
                } else {
                    text += " learnt " + name + " about " + *finding.party + " from " +
                            analysis.agency(l->from) + " " + on_date(e.entry.date);
                }
                if (!l->first_hand && l->how == LearntHow::recorded)
                    text += " (written down from what another agency told it)";
                out.recorded.push_back({text, std::string(e.file), e.entry.loc.line});
            }
            // Every share that carried it about the party up to the finding's date.
            for (const Transfer& t : analysis.shares().transfers()) {
                if (t.sent > until || !knowledge.carried(t, *party, *indicator)) continue;
                const auto& sends = analysis.shares().sends();
                const auto& receipts = analysis.shares().receipts();
                std::string text = analysis.agency(t.sender) + " passed " + name + " about " +
                                   *finding.party + " to " + analysis.agency(t.recipient) + " on " +
                                   plain_date(t.sent);
                std::string file;
                int line = 0;
                if (t.send) {
                    const auto& e = chronology.entry(sends[*t.send].entry);
                    file = e.file;
                    line = e.entry.loc.line;
                    text += t.receipt ? "; the recipient recorded it" : "; no receipt recorded";
                    if (t.receipt) {
                        const auto& r = chronology.entry(receipts[*t.receipt].entry);
                        text += " at " + citation(r.file, r.entry.loc.line);
                    }
                } else {
                    const auto& r = chronology.entry(receipts[*t.receipt].entry);
                    file = r.file;
                    line = r.entry.loc.line;
                    text += " (recorded only by the recipient)";
                }
                out.shares.push_back({text, file, line});
            }
            if (finding.other_agency && finding.rule != "risk-divergence" &&
                finding.rule != "missing-chronology" && finding.rule != "date-conflict") {
                const auto other = chronology.agencies().find(*finding.other_agency);
                if (!other) continue;
                const Learning* l = knowledge.knew(*other, *party, *indicator);
                if (l == nullptr) {
                    out.lacked.push_back(*finding.other_agency + " never knew " + name + " about " +
                                         *finding.party + " from the review period.");
                } else if (l->day > until) {
                    const auto& e = chronology.entry(l->entry);
                    // Learnt through a share only the sender recorded: say so, since the
                    // recipient's own chronology never shows it.
                    const std::string through =
                        e.agency == *finding.other_agency
                            ? ""
                            : ", by a share only " + std::string(e.agency) + " recorded";
                    out.lacked.push_back(*finding.other_agency + " did not know " + name +
                                         " about " + *finding.party + " until " +
                                         plain_date(l->day) + " (" +
                                         citation(e.file, e.entry.loc.line) + through + ").");
                } else {
                    const auto& e = chronology.entry(l->entry);
                    out.lacked.push_back(*finding.other_agency + " knew " + name + " about " +
                                         *finding.party + " from " + plain_date(l->day) + " (" +
                                         citation(e.file, e.entry.loc.line) + ").");
                }
            }
        }
    }
    out.why.push_back("The rule " + finding.rule + " finds: " + out.finds + ".");
    out.why.push_back(finding.message);
    for (const auto& k : finding.known_by) {
        out.why.push_back(k.agency + " knew " + k.indicator + " from " + plain_date(k.since) +
                          " (" + citation(k.file, k.line) + ").");
    }
    return out;
}

}  // namespace imr::analyse
