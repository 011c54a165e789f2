#!/usr/bin/env bash
# Measures imr against the tools a review team has without it, in one run on one folder:
#
#   bench/compare.sh [--entries 1000000] [--agencies 20] [--imr build/imr] [--work DIR] [--keep]
#
# It writes two review folders with bench/generate.py (the same review, once all YAML and
# once all JSON), then times on each, one after another, with /usr/bin/time -v:
#   imr merge --format json        the combined chronology (checked, resolved, linked)
#   imr gaps --format json         merge plus the gap analysis (when the command exists)
#   bench/alt_merge.py             a short Python merge: json / PyYAML C loader, strptime, sort, dump
#   jq -s 'map(.entries[])|sort_by(.date)'   (JSON only)
#   node: JSON.parse / js-yaml load of every file, parse only (when node is present; js-yaml
#         is installed from the npm registry into a temporary folder)
# and prints a table of wall time, MB/s of input, peak memory (maximum resident set) and
# the ratio of each tool's wall time to imr merge's, with the CPU time (user + system)
# beside it: on a machine shared with other work, CPU time varies less than wall time.
# Output goes to /dev/null throughout.
# Packages: time, jq, python3-yaml, nodejs and npm (Debian); nothing else is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
entries=1000000
agencies=20
imr="$here/../build/imr"
work=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --entries) entries="$2"; shift 2 ;;
    --agencies) agencies="$2"; shift 2 ;;
    --imr) imr="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
[ -x "$imr" ] || { echo "compare.sh: no imr binary at '$imr' (build it, or pass --imr)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
python=/usr/bin/python3
if [ -z "$work" ]; then work="$(mktemp -d /tmp/imr-compare.XXXXXX)"; fi
mkdir -p "$work"
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi

for fmt in yaml json; do
  if [ ! -d "$work/$fmt" ]; then
    "$python" "$here/generate.py" "$work/$fmt" --entries "$entries" --agencies "$agencies" --format "$fmt" >&2
  fi
done

# js-yaml from the npm registry, into the work folder (never into the project).
node_ok=0
yaml_js=0
if command -v node >/dev/null 2>&1; then
  node_ok=1
  if command -v npm >/dev/null 2>&1 && [ ! -d "$work/node/node_modules/js-yaml" ]; then
    mkdir -p "$work/node"
    (cd "$work/node" && npm install --silent --no-audit --no-fund js-yaml >/dev/null 2>&1) || true
  fi
  [ -d "$work/node/node_modules/js-yaml" ] && yaml_js=1
  cat >"$work/node/parse.js" <<'EOF'
// Parse only: every chronology of the folder with JSON.parse or js-yaml's load.
const fs = require("fs"), path = require("path");
const dir = process.argv[2];
let yaml = null;
let n = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (name.startsWith("review.")) continue;
  const text = fs.readFileSync(path.join(dir, name), "utf8");
  let doc;
  if (name.endsWith(".json")) doc = JSON.parse(text);
  else { yaml = yaml || require("js-yaml"); doc = yaml.load(text); }
  n += doc.entries.length;
}
console.error(n + " entries");
EOF
fi
has_gaps=0
"$imr" gaps --help >/dev/null 2>&1 && has_gaps=1

rows="$work/rows.tsv"
: >"$rows"
# run LABEL FORMAT COMMAND...: one timed run, appended to the table.
run() {
  local label="$1" fmt="$2"
  shift 2
  local stats="$work/time.txt"
  local status=0
  /usr/bin/time -v -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt" || status=$?
  local wall rss cpu
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$stats")"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$stats")"
  if [ "$status" -gt 1 ]; then
    echo "compare.sh: '$label' on $fmt failed (exit $status):" >&2
    tail -3 "$work/stderr.txt" >&2
    return
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$fmt" "$wall" "$rss" "$cpu" >>"$rows"
  echo "  $label ($fmt): ${wall}s, ${cpu}s CPU, $((rss / 1024)) MiB" >&2
}

for fmt in json yaml; do
  dir="$work/$fmt"
  run "imr merge" "$fmt" "$imr" merge --format json "$dir"
  [ "$has_gaps" -eq 1 ] && run "imr gaps" "$fmt" "$imr" gaps --format json "$dir"
  run "python (alt_merge.py)" "$fmt" "$python" "$here/alt_merge.py" "$dir"
  if [ "$fmt" = json ] && command -v jq >/dev/null 2>&1; then
    run "jq sort_by(.date)" "$fmt" bash -c 'cd "$1" && jq -s "map(.entries[])|sort_by(.date)" *.json' _ "$dir"
  fi
  if [ "$fmt" = json ] && [ "$node_ok" -eq 1 ]; then
    run "node JSON.parse (parse only)" "$fmt" node "$work/node/parse.js" "$dir"
  fi
  if [ "$fmt" = yaml ] && [ "$yaml_js" -eq 1 ]; then
    run "node js-yaml (parse only)" "$fmt" env NODE_PATH="$work/node/node_modules" node "$work/node/parse.js" "$dir"
  fi
done

# The table: input size per format, then each tool against imr merge on the same folder.
size() { du -cb "$work/$1"/*.* | tail -1 | cut -f1; }
json_bytes="$(size json)"
yaml_bytes="$(size yaml)"
count="$(grep -c '^  - date:' "$work"/yaml/*.yaml | awk -F: '{s += $2} END {print s}')"
echo
echo "$count entries in $agencies files; JSON $((json_bytes / 1048576)) MiB, YAML $((yaml_bytes / 1048576)) MiB; $(nproc) cores"
echo
printf '| %-30s | %-5s | %8s | %7s | %7s | %8s | %9s | %13s |\n' tool input "wall s" "MB/s" "CPU s" "peak MiB" "peak/input" "time vs merge"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..32})" ------- ---------- --------- --------- ---------- ----------- ---------------
awk -F'\t' -v jb="$json_bytes" -v yb="$yaml_bytes" '
  { label[NR] = $1; fmt[NR] = $2; wall[NR] = $3; rss[NR] = $4; cpu[NR] = $5; if ($1 == "imr merge") base[$2] = $3 }
  END {
    for (i = 1; i <= NR; i++) {
      bytes = fmt[i] == "json" ? jb : yb
      mbs = wall[i] > 0 ? bytes / 1e6 / wall[i] : 0
      ratio = base[fmt[i]] > 0 ? wall[i] / base[fmt[i]] : 0
      printf "| %-30s | %-5s | %8.2f | %7.1f | %7.2f | %8.0f | %9.2fx | %12.2fx |\n", label[i], fmt[i], wall[i], mbs, cpu[i], rss[i] / 1024, rss[i] * 1024 / bytes, ratio
    }
  }' "$rows"
