#!/usr/bin/env bash
# Installs the dependencies and builds imr (Release) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DIMR_TESTS=OFF >/dev/null
cmake --build build --target imr
