#!/usr/bin/env bash
# Accepts the reports the golden test wrote as actual.txt, after review:
# shows each difference, then replaces expected.txt. Usage:
#   scripts/approve-golden.sh          # every case with an actual.txt
#   scripts/approve-golden.sh -n       # only show the differences
set -euo pipefail
cd "$(dirname "$0")/.."
dry=0
[ "${1:-}" = "-n" ] && dry=1
found=0
while IFS= read -r actual; do
  found=1
  dir=$(dirname "$actual")
  echo "== $dir"
  diff -u "$dir/expected.txt" "$actual" || true
  if [ $dry = 0 ]; then mv "$actual" "$dir/expected.txt"; fi
done < <(find tests/golden -name actual.txt | sort)
[ $found = 1 ] || echo "no actual.txt: every golden case matches"
