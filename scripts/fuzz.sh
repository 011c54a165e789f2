#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 19 and runs each for a while (default 60 s).
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
# New inputs go to build-fuzz/corpus/<target>; the committed seeds in fuzz/corpus stay as
# they are. A crash leaves crash-* in build-fuzz/ and the script exits non-zero: add the
# input as a regression test (tests/hostile/ or a unit test) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(date_fuzz yaml_fuzz json_fuzz validate_fuzz csv_fuzz office_xml_fuzz)
if ! command -v clang++-19 >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-19 libclang-rt-19-dev
fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DIMR_FUZZ=ON -DIMR_TESTS=OFF >/dev/null
cmake --build build-fuzz -j 2 --target "${targets[@]}"
for target in "${targets[@]}"; do
  seeds="fuzz/corpus/${target%_fuzz}"
  work="build-fuzz/corpus/${target%_fuzz}"
  mkdir -p "$work"
  echo "== $target for ${seconds}s"
  (cd build-fuzz && "./fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -print_final_stats=1 "../$work" "../$seeds" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#.*DONE)|ERROR|SUMMARY" || true)
  if ls build-fuzz/crash-* build-fuzz/timeout-* build-fuzz/oom-* >/dev/null 2>&1; then
    echo "fuzz: $target found a failing input:"; ls build-fuzz/crash-* build-fuzz/timeout-* build-fuzz/oom-* 2>/dev/null
    exit 1
  fi
done
