#!/usr/bin/env bash
# Compares samklang with Translate Toolkit's pofilter on the same real PO
# files: Debian's Swedish gettext catalogs (scripts/build-gettext-corpus.sh
# builds them into a cache outside git). Both get the same word lists:
# do-not-translate names (notranslate.txt / dnt rows) and words that must be
# translated (musttranslate.txt / en-sv term pairs). Prints counts per check
# and the time each tool takes. Usage: scripts/compare-pofilter.sh [LANG]
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-sv}
corpus=${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext/$lang
[ -d "$corpus" ] || scripts/build-gettext-corpus.sh
command -v pofilter >/dev/null || scripts/setup.sh translate-toolkit
cmake --preset release >/dev/null && cmake --build --preset release -j"$(nproc)" --target samklang >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(ls "$corpus"/*.po | wc -l)
entries=$(cat "$corpus"/*.po | grep -c '^msgid ' || true)
echo "corpus: $files catalogs, $entries entries ($lang)"

start=$(date +%s.%N)
pofilter --progress=none --nofuzzy -t notranslatewords -t musttranslatewords -t untranslated -t unchanged \
  --notranslatefile=scripts/compare/notranslate.txt --musttranslatefile=scripts/compare/musttranslate.txt \
  "$corpus" "$work/pofilter" 2>/dev/null || true
end=$(date +%s.%N)
echo "pofilter: $(echo "$end - $start" | bc) s"
grep -rh '^# (pofilter)' "$work/pofilter" | sed 's/^# (pofilter) \([a-z]*\).*/\1/' | sort | uniq -c

start=$(date +%s.%N)
build/release/samklang check --source-lang en "$corpus"/*.po --terms scripts/compare/$lang-software-terms.tsv \
  --format json --output "$work/samklang.json" --fail-on never
end=$(date +%s.%N)
echo "samklang: $(echo "$end - $start" | bc) s"
python3 -c "
import json, collections, sys
r = json.load(open(sys.argv[1]))
for rule, n in sorted(collections.Counter(f['rule'] for f in r['findings']).items()):
    print(f'{n:7d} {rule}')
" "$work/samklang.json"
