#!/usr/bin/env bash
# Sentence alignment benchmark (a benchmark, not a test: it asserts nothing).
# Builds the release preset with the benchmark programs into build/bench,
# then aligns every German-French document of the gold directory twice:
#   samklang   samklang align --input-format lines de=NAME.de fr=NAME.fr --format beads
#   length     scripts/bench/length_align.cc, a Gale-Church length-only baseline
# times each run, scores it against NAME.defr with scripts/score-beads.py and
# prints one comparison table per document (and a pooled total when there
# are several). The bead files stay under build/bench/align-runs/.
#
# Usage: scripts/bench-align.sh [--gold-dir DIR]
#   DIR holds NAME.de, NAME.fr (one sentence per line) and NAME.defr (gold
#   beads); default ../shared/data/align-dev-de-fr from the repository root.
#   The gold data is never copied into the repository; without it the
#   script says "skipped: ..." and exits 0.
#
# Wall time and peak resident memory come from GNU time (/usr/bin/time, the
# Debian package `time`) when it is installed; otherwise bash's `time` gives
# the wall time and memory is n/a. Nothing is installed. python3 is needed
# for the scoring (scripts/setup.sh installs it).
set -euo pipefail

usage() { sed -n '11,15p' "$0" | sed 's/^# \{0,1\}//'; }

gold_dir=""
while [ $# -gt 0 ]; do
  case $1 in
    --gold-dir)
      [ $# -ge 2 ] || { echo "bench-align: error: --gold-dir needs a directory" >&2; exit 2; }
      gold_dir=$2
      shift 2
      ;;
    --gold-dir=*) gold_dir=${1#--gold-dir=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench-align: error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

# A --gold-dir given by the caller is relative to the caller's directory,
# the default to the repository root.
if [ -n "$gold_dir" ] && [ -d "$gold_dir" ]; then
  gold_dir=$(cd "$gold_dir" && pwd)
fi
cd "$(dirname "$0")/.."
gold_dir=${gold_dir:-../shared/data/align-dev-de-fr}

if [ ! -d "$gold_dir" ]; then
  echo "skipped: gold directory $gold_dir not found"
  exit 0
fi
docs=()
for gold in "$gold_dir"/*.defr; do
  [ -e "$gold" ] || continue
  name=${gold%.defr}
  if [ -f "$name.de" ] && [ -f "$name.fr" ]; then
    docs+=("$(basename "$name")")
  else
    echo "bench-align: warning: $gold has no $(basename "$name").de and .fr beside it; left out" >&2
  fi
done
if [ ${#docs[@]} -eq 0 ]; then
  echo "skipped: no NAME.de, NAME.fr and NAME.defr found in $gold_dir"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "skipped: python3 not found (scripts/setup.sh installs it)"
  exit 0
fi

# The compiler's output goes to a log (GCC 12 prints false -Wrestrict and
# -Wmaybe-uninitialized warnings at -O2); it is shown only when the build fails.
. scripts/bench/build.sh
bench_build bench-align samklang samklang_bench_length_align

if [ -x /usr/bin/time ]; then
  timer="GNU time (/usr/bin/time): wall seconds and peak RSS"
else
  timer="bash time: wall seconds only (install the Debian package 'time' for memory)"
fi

runs=build/bench/align-runs
rm -rf "$runs"
mkdir -p "$runs/samklang" "$runs/length"

# run_timed OUT_PREFIX COMMAND...: stdout to OUT_PREFIX.beads, stderr to
# OUT_PREFIX.err, "SECONDS KIB" to OUT_PREFIX.time; OUT_PREFIX.failed and a
# message when the command fails.
run_timed() {
  local out=$1
  shift
  local rc=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$out.time" "$@" >"$out.beads" 2>"$out.err" || rc=$?
  else
    local TIMEFORMAT=%R seconds
    seconds=$({ time "$@" >"$out.beads" 2>"$out.err"; } 2>&1) || rc=$?
    echo "$seconds n/a" >"$out.time"
  fi
  if [ "$rc" -ne 0 ]; then
    : >"$out.failed"
    echo "bench-align: $* failed (exit $rc):" >&2
    sed 's/^/    /' "$out.err" >&2
  fi
}

failed=0
for doc in "${docs[@]}"; do
  run_timed "$runs/samklang/$doc" build/bench/samklang align --input-format lines \
    "de=$gold_dir/$doc.de" "fr=$gold_dir/$doc.fr" --format beads
  run_timed "$runs/length/$doc" build/bench/samklang_bench_length_align \
    "$gold_dir/$doc.de" "$gold_dir/$doc.fr"
  for aligner in samklang length; do
    [ -e "$runs/$aligner/$doc.failed" ] && failed=1
  done
done

echo "# Sentence alignment, de-fr: $gold_dir"
echo "timing: $timer; scores from scripts/score-beads.py, per-type columns are strict recall"
echo
python3 scripts/bench/align_table.py "$gold_dir" "$runs" samklang length -- "${docs[@]}"

# Omissions: the gold sets hold few 1-0 links, so ten French sentences that
# the gold links one to one are removed from each document, five times over
# (seeds 1-5), and both aligners are scored on finding them.
drops=build/bench/align-drops
rm -rf "$drops"
mkdir -p "$drops" "$runs/drops/samklang" "$runs/drops/length"
dropped=()
for doc in "${docs[@]}"; do
  for seed in 1 2 3 4 5; do
    name="$doc-drop$seed"
    python3 scripts/bench/drop_sentences.py "$gold_dir" "$doc" "$drops" "$name" "$seed" 10
    run_timed "$runs/drops/samklang/$name" build/bench/samklang align --input-format lines \
      "de=$drops/$name.de" "fr=$drops/$name.fr" --format beads
    run_timed "$runs/drops/length/$name" build/bench/samklang_bench_length_align \
      "$drops/$name.de" "$drops/$name.fr"
    for aligner in samklang length; do
      [ -e "$runs/drops/$aligner/$name.failed" ] && failed=1
    done
    dropped+=("$name")
  done
done
echo "# Omissions: 10 sentences removed from the French, 5 times per document"
echo
python3 scripts/bench/align_table.py "$drops" "$runs/drops" samklang length -- "${dropped[@]}" |
  sed -n '/^## total/,$p'
exit "$failed"
