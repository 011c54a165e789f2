#!/usr/bin/env bash
# The whole test suite in a Debug build under AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
IMR_BENCH=OFF IMR_BUILD_DIR=build-asan IMR_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Debug -DIMR_SANITIZE=ON" bash scripts/test.sh
