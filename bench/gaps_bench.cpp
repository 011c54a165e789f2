// How the information-sharing analysis grows with the size of a review: the knowledge
// timeline, share matching and all nine rules over a combined chronology of 10 thousand,
// 100 thousand and a million entries, generated in memory (loading and merging are
// measured by merge_bench). The analysis indexes shares by (sender, recipient) and date
// and builds knowledge in one date-ordered pass, so it should grow as n log n, not n².
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "merge/combined_chronology.hpp"
#include "model/date_value.hpp"

namespace {

using imr::merge::CombinedChronology;
using imr::merge::CombinedEntry;
using imr::merge::ResolvedShare;

// A small deterministic generator (the same review every run).
class Random {
  public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint32_t next() {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(m_state >> 33);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

  private:
    std::uint64_t m_state;
};

const std::vector<std::string> k_agencies{"Northvale Constabulary", "Riverside General Hospital",
                                          "Millbrook Surgery",      "Horizon Recovery",
                                          "Advocacy Service",       "Northvale MARAC",
                                          "Probation Service",      "Housing",
                                          "Children's Services",    "Mental Health Trust",
                                          "Ambulance Service",      "Victim Care"};

const std::vector<std::string> k_indicators{
    "domestic-abuse", "physical-assault", "injury",          "harassment",
    "threats",        "alcohol",          "mental-health",   "criminal-damage",
    "drugs",          "separation",       "breach-of-order", "threat-to-kill",
    "strangulation",  "stalking",         "weapon",          "escalation"};

imr::model::DateValue day_value(imr::model::DayNumber day) {
    imr::model::DateValue date;
    date.start = date.end = day;
    date.text = date.edtf = imr::model::iso_date(day);
    return date;
}

ResolvedShare share(const std::string& agency, imr::model::DayNumber day,
                    std::vector<imr::model::Name> about) {
    return {agency, day_value(day), std::move(about), "email"};
}

// A combined chronology of `n` entries: cases of two parties (a victim and a perpetrator)
// that run for about 200 entries each across twelve agencies, about ten entries a day;
// a third of entries record a share, most of which the recipient records receiving within
// the window, some late, some never; one in twenty records a risk level.
CombinedChronology synthetic_review(int n) {
    Random random(20140702);
    CombinedChronology merged;
    merged.review = "Benchmark DHR";
    merged.agencies = k_agencies;
    std::sort(merged.agencies.begin(), merged.agencies.end());
    merged.entries.reserve(static_cast<std::size_t>(n));
    const imr::model::DayNumber first_day = 15000;  // 2011
    while (static_cast<int>(merged.entries.size()) < n) {
        const int i = static_cast<int>(merged.entries.size());
        const int case_id = i / 200;
        const imr::model::DayNumber day = first_day + i / 10 + random.below(5);
        CombinedEntry e;
        e.agency =
            k_agencies[static_cast<std::size_t>(random.below(static_cast<int>(k_agencies.size())))];
        e.file = "agency-" + std::to_string(random.below(12)) + ".yaml";
        e.entry.loc = {e.file, 10 + i, 5};
        e.entry.index = i;
        e.entry.date = day_value(day);
        e.entry.type = random.chance(15) ? "information-share" : "contact";
        e.entry.summary = "Synthetic entry.";
        e.party_ids = {"V" + std::to_string(case_id), "P" + std::to_string(case_id)};
        std::vector<imr::model::Name> indicators = {
            k_indicators[static_cast<std::size_t>(random.below(10))]};
        if (random.chance(10))
            indicators.push_back(k_indicators[static_cast<std::size_t>(10 + random.below(6))]);
        e.indicators = indicators;
        if (random.chance(5)) {
            imr::model::Risk risk;
            risk.tool = "DASH";
            const int level = random.below(4);
            risk.level = level == 0   ? imr::model::RiskLevel::standard
                         : level == 1 ? imr::model::RiskLevel::medium
                         : level == 2 ? imr::model::RiskLevel::high
                                      : imr::model::RiskLevel::very_high;
            e.entry.risk = risk;
            e.risk_subject = e.party_ids.front();
        }
        std::optional<CombinedEntry> receipt;
        if (random.chance(33)) {
            std::string to = k_agencies[static_cast<std::size_t>(
                random.below(static_cast<int>(k_agencies.size())))];
            if (to == e.agency)
                to = k_agencies.front() == e.agency ? k_agencies.back() : k_agencies.front();
            std::vector<imr::model::Name> about;
            if (random.chance(40)) about = {e.indicators.front()};
            const imr::model::DayNumber sent = day + (random.chance(10) ? random.below(15) : 0);
            e.shared_with = {share(to, sent, about)};
            if (random.chance(85)) {
                CombinedEntry r;
                r.agency = to;
                r.file = "agency-r.yaml";
                r.entry.loc = {r.file, 10 + i, 5};
                r.entry.index = i + 1;
                r.entry.date = day_value(sent + random.below(10));
                r.entry.type = "information-share";
                r.entry.summary = "Synthetic receipt.";
                r.party_ids = e.party_ids;
                r.received_from = {share(e.agency, r.entry.date.start, {})};
                receipt = std::move(r);
            }
        }
        merged.entries.push_back(std::move(e));
        if (receipt && static_cast<int>(merged.entries.size()) < n)
            merged.entries.push_back(std::move(*receipt));
    }
    std::stable_sort(merged.entries.begin(), merged.entries.end(),
                     [](const CombinedEntry& a, const CombinedEntry& b) {
                         return a.entry.date.start < b.entry.date.start;
                     });
    for (std::size_t k = 0; k < merged.entries.size(); ++k)
        merged.entries[k].seq = static_cast<int>(k) + 1;
    return merged;
}

void AnalyseGaps(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    const CombinedChronology merged = synthetic_review(n);
    imr::analyse::GapContext context;  // the spec's default thresholds; every party followed
    std::size_t findings = 0;
    for (auto _ : state) {
        auto result = imr::analyse::analyse_gaps(merged, context);
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.SetComplexityN(n);
    state.SetItemsProcessed(state.iterations() * n);
    state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(AnalyseGaps)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

}  // namespace
