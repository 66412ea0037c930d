#!/usr/bin/env bash
# The checks samklang and Translate Toolkit's pofilter both have, on the same
# real PO files (Debian's gettext catalogs of one language, made by
# scripts/build-gettext-corpus.sh): numbers, placeholders (pofilter's
# variables, printf and pythonbraceformat), unchanged / untranslated, empty /
# segment-missing and end punctuation. Prints the time each tool takes and,
# per check, the entries both flag, only pofilter flags and only samklang
# flags, with a few examples of each difference to review.
# Usage: scripts/compare-pofilter-checks.sh [LANG] [EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-sv}
examples=${2:-3}
corpus=${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext/$lang
[ -d "$corpus" ] || scripts/build-gettext-corpus.sh "$lang"
command -v pofilter >/dev/null || scripts/setup.sh translate-toolkit
cmake --preset release >/dev/null && cmake --build --preset release -j"$(nproc)" --target samklang >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "corpus: $(ls "$corpus"/*.po | wc -l) catalogs ($lang)"

start=$(date +%s.%N)
pofilter --progress=none --nofuzzy -t numbers -t variables -t printf -t pythonbraceformat \
  -t unchanged -t untranslated -t endpunc "$corpus" "$work/pofilter" 2>/dev/null || true
end=$(date +%s.%N)
echo "pofilter: $(echo "$end - $start" | bc) s"

# samklang with the same checks only, and no termbase.
mkdir -p "$work/project"
cat > "$work/project/samklang.toml" <<TOML
source = "en"
[rules]
term-missing = "off"
term-forbidden = "off"
term-dnt = "off"
term-inconsistent = "off"
term-unexpected = "off"
inconsistent-target = "off"
inconsistent-source = "off"
markup-mismatch = "off"
alignment-uncertain = "off"
segment-extra = "off"
TOML
args=()
for f in "$corpus"/*.po; do args+=("$lang=$f"); done
start=$(date +%s.%N)
build/release/samklang check --config "$work/project/samklang.toml" "${args[@]}" \
  --format json --output "$work/samklang.json" --fail-on never
end=$(date +%s.%N)
echo "samklang: $(echo "$end - $start" | bc) s"

python3 scripts/compare/pofilter_overlap.py "$work/pofilter" "$work/samklang.json" "$examples"
