// How fast a chronology already in memory is parsed and read into entries (YAML through
// yaml-cpp's events, JSON through nlohmann's SAX), streaming one entry at a time, as
// `imr merge` reads each file. Bytes per second are the file's.
#include <benchmark/benchmark.h>

#include "bench_data.hpp"
#include "load/review_loader.hpp"

namespace {

void load(benchmark::State& state, bool json) {
    const std::string text = imr::bench::bench_chronology(static_cast<int>(state.range(0)), json);
    const std::string name = json ? "police.json" : "police.yaml";
    for (auto _ : state) {
        imr::model::ReviewInput input;
        imr::load::load_text(text, name, name, input);
        benchmark::DoNotOptimize(input);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void LoadYaml(benchmark::State& state) { load(state, false); }
void LoadJson(benchmark::State& state) { load(state, true); }

}  // namespace

BENCHMARK(LoadYaml)->Arg(1500)->Unit(benchmark::kMillisecond);
BENCHMARK(LoadJson)->Arg(1500)->Unit(benchmark::kMillisecond);
