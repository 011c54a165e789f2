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
complete_bash imr mer | grep -qx merge || fail "bash: 'imr mer' does not offer merge"
complete_bash imr merge --format '' | grep -qx xlsx || fail "bash: merge --format does not offer xlsx"
complete_bash imr gaps --rule '' | grep -qx critical-not-shared || fail "bash: gaps --rule does not offer the rule ids"
complete_bash imr validate --st | grep -qx -- --strict || fail "bash: validate --st does not offer --strict"
(cd "$(dirname "$0")/../.." && complete_bash imr merge examples/riv | grep -qx examples/riverside-dhr) \
  || fail "bash: merge does not complete folder names"
# fish: ask fish itself.
fish -c "source $work/imr.fish; complete -C 'imr merge --format '" | grep -q '^html' \
  || fail "fish: merge --format does not offer html"
fish -c "source $work/imr.fish; complete -C 'imr kno'" | grep -q '^knowledge' \
  || fail "fish: 'imr kno' does not offer knowledge"
grep -q "critical-not-shared" "$work/_imr" || fail "zsh: no rule ids"
echo "completion_test: bash, zsh and fish completions parse and complete"
