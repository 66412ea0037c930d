#!/usr/bin/env bash
# CTest `po_self_check`: samklang's own Swedish catalog passes
#   - msgfmt --check --check-format (headers, plural forms, c-format);
#   - samklang check on it (po/samklang.toml, with the tool's own vocabulary
#     in po/terms.tsv), failing on any finding down to notes (placeholders,
#     numbers, untranslated, terms, punctuation...); and the same check does
#     fail on a copy with a placeholder dropped and a term changed;
#   - scripts/update-po.sh --check: po/samklang.pot has every message the
#     sources mark, so a new message cannot go untranslated unnoticed;
#   - msgcmp: po/sv.po has every message of the .pot.
# Usage: run.sh SAMKLANG_BINARY SOURCE_DIR
set -u
bin=$1
root=$2
fail() { echo "FAIL: $*"; exit 1; }
cd "$root" || fail "no source folder $root"

for po in po/*.po; do
  msgfmt --check --check-format --statistics -o /dev/null "$po" || fail "msgfmt --check on $po"
  msgcmp "$po" po/samklang.pot || fail "$po lacks messages of po/samklang.pot"
done
# LC_ALL=C: the report in English, whatever the caller's locale.
LC_ALL=C "$bin" check --config po/samklang.toml --fail-on note ||
  fail "samklang check on po/ has findings"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp po/samklang.toml po/terms.tsv po/sv.po "$tmp/"
sed -i -e 's/^msgstr "skrev {} och {}"$/msgstr "skrev {} och"/' \
  -e 's/^msgstr "inga fynd"$/msgstr "inga resultat"/' "$tmp/sv.po"
LC_ALL=C "$bin" check --config "$tmp/samklang.toml" --format json --output "$tmp/report.json"
[ $? -eq 1 ] || fail "a damaged sv.po passes"
grep -q '"rule": "placeholder-mismatch"' "$tmp/report.json" || fail "no placeholder-mismatch"
grep -q '"rule": "term-missing"' "$tmp/report.json" || fail "no term-missing for 'inga resultat'"
scripts/update-po.sh --check || fail "po/samklang.pot is stale"
echo "po_self_check: ok"
