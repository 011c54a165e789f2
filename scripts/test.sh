#!/usr/bin/env bash
# Builds imr with warnings as errors and runs the whole test suite with CTest.
# The micro benchmarks are built too (not run), so that they keep compiling; IMR_BENCH=OFF
# leaves them out. IMR_BUILD_DIR and IMR_CMAKE_ARGS choose another build (the sanitizer
# job uses them).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${IMR_BUILD_DIR:-build-test}"
# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja -DIMR_DEV=ON -DIMR_BENCH="${IMR_BENCH:-ON}" ${IMR_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j 2
ctest --test-dir "$build" --output-on-failure -j 2
