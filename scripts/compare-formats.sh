#!/usr/bin/env bash
# Reads the same real catalogs as PO, as po2xliff's XLIFF and as po2tmx's TMX
# (scripts/build-gettext-corpus.sh makes them) and prints, per format, the
# files read, load errors, segments and findings per rule. The three should
# agree: a difference is a reader that loses, adds or misplaces an entry (TMX
# keeps the first plural form only, so it has fewer segments).
# Usage: scripts/compare-formats.sh [LANG]
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-sv}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/samklang
[ -d "$cache/gettext-tmx/$lang" ] || scripts/build-gettext-corpus.sh "$lang"
cmake --preset release >/dev/null && cmake --build --preset release -j"$(nproc)" --target samklang >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for format in po xliff tmx; do
  case $format in
    po) files=("$cache/gettext/$lang"/*.po) ;;
    xliff) files=("$cache/gettext-xliff/$lang"/*.xlf) ;;
    tmx) files=("$cache/gettext-tmx/$lang"/*.tmx) ;;
  esac
  args=()
  for f in "${files[@]}"; do args+=("$lang=$f"); done
  start=$(date +%s.%N)
  build/release/samklang check --source-lang en "${args[@]}" --format json \
    --output "$work/$format.json" --fail-on never
  end=$(date +%s.%N)
  python3 - "$work/$format.json" "$format" "${#files[@]}" "$(echo "$end - $start" | bc)" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
rules = collections.Counter(f["rule"] for f in report["findings"])
segments = sum(s["segments"] for s in report["summary"].values())
print(f"{sys.argv[2]:6s} {sys.argv[3]} files, {segments} segments, {sys.argv[4]} s: " +
      ", ".join(f"{rule} {n}" for rule, n in sorted(rules.items())))
PY
done
