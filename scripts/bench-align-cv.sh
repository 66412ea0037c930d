#!/usr/bin/env bash
# Cross-validated accuracy of the sentence aligner (a benchmark, not a test:
# it asserts nothing). Builds samklang with the release preset into
# build/bench (as scripts/bench-align.sh does), then runs
# scripts/bench/cv_align.py on the German-French development set: K-fold
# cross-validation (K=2 and K=4, contiguous folds), the costs tuned on the
# training folds and scored on the held-out one, and a sensitivity table.
# Takes a few minutes; at most two aligner processes run at once.
#
# Usage: scripts/bench-align-cv.sh [--gold-dir DIR] [--folds 2,4]
#   DIR holds dev.de, dev.fr and dev.defr; default
#   ../shared/data/align-dev-de-fr from the repository root. The gold data
#   is never copied into the repository (the folds are written under
#   build/bench/align-cv/); without it the script says "skipped: ..." and
#   exits 0.
set -euo pipefail

usage() { sed -n '10,15p' "$0" | sed 's/^# \{0,1\}//'; }

gold_dir=""
folds=2,4
while [ $# -gt 0 ]; do
  case $1 in
    --gold-dir)
      [ $# -ge 2 ] || { echo "bench-align-cv: error: --gold-dir needs a directory" >&2; exit 2; }
      gold_dir=$2
      shift 2
      ;;
    --gold-dir=*) gold_dir=${1#--gold-dir=}; shift ;;
    --folds)
      [ $# -ge 2 ] || { echo "bench-align-cv: error: --folds needs a list such as 2,4" >&2; exit 2; }
      folds=$2
      shift 2
      ;;
    --folds=*) folds=${1#--folds=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench-align-cv: error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
if ! [[ $folds =~ ^[2-9](,[2-9])*$ ]]; then
  echo "bench-align-cv: error: --folds '$folds' is not a list of fold counts 2-9 (e.g. 2,4)" >&2
  exit 2
fi

if [ -n "$gold_dir" ] && [ -d "$gold_dir" ]; then
  gold_dir=$(cd "$gold_dir" && pwd)
fi
cd "$(dirname "$0")/.."
gold_dir=${gold_dir:-../shared/data/align-dev-de-fr}

for ext in de fr defr; do
  if [ ! -f "$gold_dir/dev.$ext" ]; then
    echo "skipped: $gold_dir/dev.$ext not found"
    exit 0
  fi
done
if ! command -v python3 >/dev/null 2>&1; then
  echo "skipped: python3 not found (scripts/setup.sh installs it)"
  exit 0
fi

. scripts/bench/build.sh
bench_build bench-align-cv samklang

work=build/bench/align-cv
rm -rf "$work"
exec python3 scripts/bench/cv_align.py --binary build/bench/samklang --gold-dir "$gold_dir" \
  --work "$work" --folds "$folds" --jobs 2
