// How fast written dates and times normalise. Loading a review reads every entry's date,
// so the target is over two million dates a second on one core.
#include <benchmark/benchmark.h>

#include <iterator>
#include <string_view>

#include "normalise/date_normaliser.hpp"
#include "normalise/time_normaliser.hpp"

namespace {

using imr::normalise::normalise_date;
using imr::normalise::normalise_time;

// The forms agencies write, weighted towards the common ones, with a few mistakes.
constexpr std::string_view k_mix[] = {
    "2 August 2013",
    "02/08/2013",
    "2013-08-02",
    "2nd Aug 2013",
    "Friday 2 August 2013",
    "August 2, 2013",
    "2/8/13",
    "02-Aug-13",
    "August 2013",
    "08/2013",
    "2013",
    "late March 2014",
    "mid-March 2014",
    "summer 2014",
    "winter 2013",
    "25 June – 3 July 2013",
    "between 15 and 21 June 2013",
    "25/06/2013 - 03/07/2013",
    "circa 2002",
    "approx. 2 Aug 2013",
    "31 June 2014",
    "Monday 2 August 2013",
};

constexpr std::string_view k_days[] = {"2 August 2013", "02/08/2013", "2013-08-02",
                                       "14 March 2014"};

constexpr std::string_view k_times[] = {"23:40", "2340hrs", "11.40pm", "11 a.m.", "noon"};

template <std::size_t N>
void run(benchmark::State& state, const std::string_view (&texts)[N], bool dates) {
    std::size_t i = 0;
    for (auto _ : state) {
        if (dates) {
            auto result = normalise_date(texts[i]);
            benchmark::DoNotOptimize(result);
        } else {
            auto result = normalise_time(texts[i]);
            benchmark::DoNotOptimize(result);
        }
        if (++i == N) i = 0;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void NormaliseDateMix(benchmark::State& state) { run(state, k_mix, true); }
void NormaliseDateDayForms(benchmark::State& state) { run(state, k_days, true); }
void NormaliseTime(benchmark::State& state) { run(state, k_times, false); }

}  // namespace

BENCHMARK(NormaliseDateMix);
BENCHMARK(NormaliseDateDayForms);
BENCHMARK(NormaliseTime);
