#!/usr/bin/env bash
# Sentence alignment speed and memory (a benchmark, not a test: it asserts
# nothing). Builds the release preset into build/bench and times
# `samklang align --input-format lines de=... fr=... --format beads`:
#   seven docs   the gold document taken twice, cut at gold-link boundaries
#                into seven documents (~1000 links), each aligned by its own
#                process as hunalign's seven runs are: the total
#   one doc      the gold document once, one process
#   one line     a one-sentence pair: the cost of starting the process
#   x1, x2, x4   the gold document once, twice and four times over, one
#                process each: peak memory should grow linearly
# Every figure is the best of RUNS runs (wall seconds, user+sys CPU seconds
# of that run, peak resident memory). The machine may be shared: the load
# average is printed with the table; CPU time is the steadier figure.
#
# Usage: scripts/bench-align-speed.sh [--gold-dir DIR] [--runs RUNS] [--binary PATH]
#   DIR holds NAME.de, NAME.fr and NAME.defr (the first such NAME is used);
#   default ../shared/data/align-dev-de-fr from the repository root. RUNS
#   defaults to 5. --binary times a samklang already built instead of
#   building build/bench. The pieces are written under build/bench/speed,
#   never into the repository. Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail

usage() { sed -n '16,21p' "$0" | sed 's/^# \{0,1\}//'; }

gold_dir=""
runs=5
binary=""
while [ $# -gt 0 ]; do
  case $1 in
    --gold-dir | --runs | --binary)
      [ $# -ge 2 ] || { echo "bench-align-speed: error: $1 needs a value" >&2; exit 2; }
      case $1 in
        --gold-dir) gold_dir=$2 ;;
        --runs) runs=$2 ;;
        --binary) binary=$2 ;;
      esac
      shift 2
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench-align-speed: error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case $runs in
  '' | *[!0-9]* | 0) echo "bench-align-speed: error: --runs needs a positive number, not '$runs'" >&2; exit 2 ;;
esac

# Paths given by the caller are relative to the caller's directory.
if [ -n "$gold_dir" ] && [ -d "$gold_dir" ]; then gold_dir=$(cd "$gold_dir" && pwd); fi
if [ -n "$binary" ]; then
  [ -x "$binary" ] || { echo "bench-align-speed: error: '$binary' is not an executable" >&2; exit 2; }
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fi
cd "$(dirname "$0")/.."
gold_dir=${gold_dir:-../shared/data/align-dev-de-fr}

if [ ! -d "$gold_dir" ]; then
  echo "skipped: gold directory $gold_dir not found"
  exit 0
fi
doc=""
for gold in "$gold_dir"/*.defr; do
  name=${gold%.defr}
  if [ -f "$name.de" ] && [ -f "$name.fr" ]; then doc=$(basename "$name"); break; fi
done
if [ -z "$doc" ]; then
  echo "skipped: no NAME.de, NAME.fr and NAME.defr found in $gold_dir"
  exit 0
fi
for tool in python3 /usr/bin/time; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool not found (scripts/setup.sh installs python3; GNU time is the package 'time')"
    exit 0
  fi
done

mkdir -p build/bench
if [ -z "$binary" ]; then
  . scripts/bench/build.sh
  bench_build bench-align-speed samklang
  binary=build/bench/samklang
fi

work=build/bench/speed
rm -rf "$work"
mkdir -p "$work/seven" "$work/out"
python3 scripts/bench/split_documents.py "$gold_dir" "$doc" "$work/seven" 2 7
for times in 1 2 4; do
  python3 scripts/bench/split_documents.py "$gold_dir" "$doc" "$work/x$times" "$times" 1
done
mkdir -p "$work/line"
echo "Guten Tag." >"$work/line/piece1.de"
echo "Bonjour." >"$work/line/piece1.fr"

# align DIR NAME: one timed run; appends "WALL USER SYS KIB" to $work/out/last.
align() {
  /usr/bin/time -f '%e %U %S %M' -a -o "$work/out/last" "$binary" align --input-format lines \
    "de=$1/$2.de" "fr=$1/$2.fr" --format beads >"$work/out/$(basename "$1")-$2.beads"
}

# measure LABEL DIR NAME...: RUNS runs of every NAME in turn; prints the best
# run's "LABEL WALL CPU KIB", WALL and CPU summed over the NAMEs, KIB the
# largest of them.
measure() {
  local label=$1 dir=$2
  shift 2
  local best=""
  for ((r = 0; r < runs; r++)); do
    : >"$work/out/last"
    for name in "$@"; do align "$dir" "$name"; done
    local row
    row=$(awk '{w += $1; c += $2 + $3; if ($4 > m) m = $4} END {printf "%.3f %.3f %d", w, c, m}' \
      "$work/out/last")
    if [ -z "$best" ] || awk -v a="${row%% *}" -v b="${best%% *}" 'BEGIN {exit !(a < b)}'; then
      best=$row
    fi
  done
  echo "$label $best"
}

pieces=(piece1 piece2 piece3 piece4 piece5 piece6 piece7)
count() { cat "$@" | wc -l; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
  measure "seven docs ($(count "$work"/seven/*.defr) links)" "$work/seven" "${pieces[@]}"
  measure "one doc ($(count "$work/x1/piece1.defr") links)" "$work/x1" piece1
  measure "one line" "$work/line" piece1
  for times in 1 2 4; do
    measure "x$times ($(count "$work/x$times/piece1.de") + $(count "$work/x$times/piece1.fr") sentences)" \
      "$work/x$times" piece1
  done
} >"$work/out/table"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "# Sentence alignment speed: $binary on $gold_dir/$doc, best of $runs runs"
echo "load average before: $load_before, after: $load_after; $(nproc) cores"
echo
printf '| %-32s | %8s | %12s | %10s |\n' "input" "wall s" "user+sys s" "peak MiB"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..34})" "----------" "--------------" "------------"
while read -r line; do
  # The label has spaces: the last three fields are the figures.
  read -r -a f <<<"$line"
  n=${#f[@]}
  label=${line% "${f[n - 3]}" "${f[n - 2]}" "${f[n - 1]}"}
  printf '| %-32s | %8s | %12s | %10.1f |\n' "$label" "${f[n - 3]}" "${f[n - 2]}" \
    "$(awk -v k="${f[n - 1]}" 'BEGIN {print k / 1024}')"
done <"$work/out/table"
echo
# The seven pieces' beads scored together: each piece against its own gold.
for name in "${pieces[@]}"; do
  python3 scripts/score-beads.py "$work/seven/$name.defr" "$work/out/seven-$name.beads" --json
done | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
print("seven docs, strict F1 per piece:", " ".join("%.3f" % r["strict"]["f1"] for r in rows))'
