#!/usr/bin/env bash
# Colour and progress belong to a person at a terminal: run imr under a pseudo-terminal
# (script -qec) and piped, with and without NO_COLOR, and check what reaches each.
#   terminal_test.sh IMR SOURCE_DIR
set -euo pipefail
imr="$(realpath "$1")"
cd "$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "terminal_test: $*" >&2; exit 1; }
esc=$'\e['
red="${esc}1;31merror:"
on_terminal() { script -qec "$1" /dev/null; }

# Colour: on a terminal by default; never piped; never with NO_COLOR; --color decides.
malformed="tests/e2e/reviews/malformed"
on_terminal "$imr validate $malformed" >"$work/tty" || true
grep -qF "$red" "$work/tty" || fail "no colour on a terminal"
on_terminal "env NO_COLOR=1 $imr validate $malformed" >"$work/tty-no-color" || true
grep -qF "$esc" "$work/tty-no-color" && fail "colour on a terminal with NO_COLOR set"
on_terminal "env NO_COLOR= $imr validate $malformed" >"$work/tty-empty-no-color" || true
grep -qF "$red" "$work/tty-empty-no-color" || fail "an empty NO_COLOR turned colour off"
on_terminal "$imr --color never validate $malformed" >"$work/tty-never" || true
grep -qF "$esc" "$work/tty-never" && fail "colour with --color never"
"$imr" validate "$malformed" >"$work/piped" 2>&1 || true
grep -qF "$esc" "$work/piped" && fail "colour when piped"
"$imr" validate "$malformed" --color always >"$work/always" 2>&1 || true
grep -qF "$red" "$work/always" || fail "no colour with --color always"
# merge's diagnostics go to standard error: coloured when that is the terminal.
on_terminal "$imr merge $malformed -o $work/never.md" >"$work/merge-tty" || true
grep -qF "$red" "$work/merge-tty" || fail "merge: no colour on a terminal"
"$imr" merge "$malformed" -o "$work/never.md" 2>"$work/merge-piped" || true
grep -qF "$esc" "$work/merge-piped" && fail "merge: colour when piped"

# Severities in the text findings; knowledge's text format is the default on a terminal.
on_terminal "$imr gaps examples/seed-dhr" >"$work/gaps-tty" 2>/dev/null || true
grep -qF "${esc}1;31mHIGH${esc}0m" "$work/gaps-tty" || fail "gaps: no colour for HIGH on a terminal"
"$imr" gaps examples/seed-dhr >"$work/gaps-piped" 2>/dev/null || true
grep -qF "$esc" "$work/gaps-piped" && fail "gaps: colour when piped"
on_terminal "$imr knowledge examples/seed-dhr --party M" >"$work/knowledge-tty" || true
grep -q "^=====" "$work/knowledge-tty" || fail "knowledge: not text on a terminal"
"$imr" knowledge examples/seed-dhr --party M >"$work/knowledge-piped" 2>/dev/null || true
head -1 "$work/knowledge-piped" | grep -q "^# Who knew what" || fail "knowledge: not Markdown when piped"

# Progress: a run of more than a second shows it on a terminal's standard error, and
# never in the output or when standard error is piped.
python3 bench/generate.py "$work/big" --entries 20000 --format json >/dev/null
# Copies of each chronology, so that the merge (with the xlsx it writes) takes some seconds.
for copy in 1 2 3; do
  for f in "$work"/big/*.json; do
    [[ "$f" == */review.json ]] || cp "$f" "${f%.json}-$copy.json"
  done
done
on_terminal "$imr merge $work/big --jobs 1 -o $work/big.xlsx" >"$work/progress-tty" || true
grep -qE "imr: (reading .* files, .* entries|merging .* entries|writing .* entries) \([0-9]+\.[0-9] s\)" "$work/progress-tty" || fail "no progress on a terminal: $(head -c 300 "$work/progress-tty")"
"$imr" merge "$work/big" --jobs 1 -o "$work/big.json" 2>"$work/progress-piped" || true
grep -qE "imr: (reading|merging|writing)" "$work/progress-piped" && fail "progress when standard error is piped"
grep -qE "imr: (reading|merging|writing)" "$work/big.json" && fail "progress in the output file"
on_terminal "$imr merge $work/big --jobs 1 --format json > $work/stdout.json" >"$work/progress-out" || true
grep -qE "imr: (reading|merging|writing)" "$work/stdout.json" && fail "progress in the output"
grep -qF $'\r' "$work/stdout.json" && fail "a carriage return in the output"
# A short run draws nothing.
on_terminal "$imr merge examples/riverside-dhr -o $work/small.json" >"$work/short-tty" || true
grep -qE "imr: (reading|merging|writing)" "$work/short-tty" && fail "progress on a run shorter than a second"
echo "terminal_test: colour and progress only on a terminal, never with NO_COLOR or piped"
