// How fast written names resolve through the register, and how fast loaded chronologies
// merge: resolution, the spec's sort, event linking and the consistency check.
#include <benchmark/benchmark.h>

#include "bench_data.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "normalise/name_resolver.hpp"

namespace {

imr::model::ReviewInput bench_input(int entries_per_file) {
    imr::model::ReviewInput input;
    imr::load::load_text(imr::bench::k_bench_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(imr::bench::bench_chronology(entries_per_file, false), "police.yaml",
                         "police.yaml", input);
    std::string hospital = imr::bench::bench_chronology(entries_per_file, true);
    hospital.replace(hospital.find("\"NVC\""), 5, "\"RGH\"");
    imr::load::load_text(hospital, "hospital.json", "hospital.json", input);
    return input;
}

void ResolveNames(benchmark::State& state) {
    imr::model::ReviewInput input;
    imr::load::load_text(imr::bench::k_bench_register, "review.yaml", "review.yaml", input);
    const imr::normalise::NameResolver names(&*input.review_register);
    const char* const written[] = {"Ms K",  "ex-partner", "son",
                                   "Mr. D", "the victim", "Fictional, Karen"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto id = names.party(written[i]);
        benchmark::DoNotOptimize(id);
        if (++i == std::size(written)) i = 0;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void ResolveIndicators(benchmark::State& state) {
    const imr::normalise::NameResolver names(nullptr);
    const char* const written[] = {"DV", "injury", "child-present", "threats to kill",
                                   "bail breach"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto id = names.indicator(written[i]);
        benchmark::DoNotOptimize(id);
        if (++i == std::size(written)) i = 0;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// Merging two files of range(0) entries each, as `imr merge` does (loading not counted).
void MergeReview(benchmark::State& state) {
    const imr::model::ReviewInput input = bench_input(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        imr::model::ReviewInput copy = input;
        state.ResumeTiming();
        auto merged = imr::merge::merge_review(std::move(copy));
        benchmark::DoNotOptimize(merged);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0) * 2);
}

}  // namespace

BENCHMARK(ResolveNames);
BENCHMARK(ResolveIndicators);
BENCHMARK(MergeReview)->Arg(750)->Arg(50000)->Unit(benchmark::kMillisecond);
