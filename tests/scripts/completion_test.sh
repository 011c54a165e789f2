#!/usr/bin/env bash
# The completion scripts parse in their shells (bash -n, zsh -n, fish -n) and offer the
# commands, options and values --help shows.
#   completion_test.sh IMR
set -euo pipefail
imr="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "completion_test: $*" >&2; exit 1; }
"$imr" completion bash >"$work/imr.bash"
"$imr" completion zsh >"$work/_imr"
"$imr" completion fish >"$work/imr.fish"
bash -n "$work/imr.bash" || fail "bash -n"
zsh -n "$work/_imr" || fail "zsh -n"
fish -n "$work/imr.fish" || fail "fish -n"
# bash: run the completion function as the shell would.
complete_bash() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _imr; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$work/imr.bash" "$@"
}
# (captured first: grep -q stops reading early, which pipefail would count as a failure)
grep -qx merge <<<"$(complete_bash imr mer)" || fail "bash: 'imr mer' does not offer merge"
grep -qx xlsx <<<"$(complete_bash imr merge --format '')" || fail "bash: merge --format does not offer xlsx"
grep -qx critical-not-shared <<<"$(complete_bash imr gaps --rule '')" || fail "bash: gaps --rule does not offer the rule ids"
grep -qx -- --strict <<<"$(complete_bash imr validate --st)" || fail "bash: validate --st does not offer --strict"
grep -qx examples/riverside-dhr <<<"$(cd "$(dirname "$0")/../.." && complete_bash imr merge examples/riv)" \
  || fail "bash: merge does not complete folder names"
# fish: ask fish itself.
grep -q '^html' <<<"$(fish -c "source $work/imr.fish; complete -C 'imr merge --format '")" \
  || fail "fish: merge --format does not offer html"
grep -q '^knowledge' <<<"$(fish -c "source $work/imr.fish; complete -C 'imr kno'")" \
  || fail "fish: 'imr kno' does not offer knowledge"
grep -q "critical-not-shared" "$work/_imr" || fail "zsh: no rule ids"
echo "completion_test: bash, zsh and fish completions parse and complete"
