#!/usr/bin/env bash
# Fails when a C++ file differs from the project's .clang-format, as Debian 12's
# clang-format 14 writes it. Fix with: clang-format-14 -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
format=clang-format-14
command -v "$format" >/dev/null || format=clang-format
git ls-files -z '*.cpp' '*.hpp' '*.h' | xargs -0 "$format" --dry-run -Werror
echo "format: every C++ file is formatted"
