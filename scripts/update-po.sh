#!/usr/bin/env bash
# Keeps the CLI's message catalogs in step with the sources: extracts the
# strings marked tr(), trn() and count_of() under src/cli and message_text()
# under src/checks into po/samklang.pot
# (xgettext), then merges it into every po/<lang>.po (msgmerge; a changed
# message comes back fuzzy, for a translator to review).
# Usage: scripts/update-po.sh          regenerate and merge
#        scripts/update-po.sh --check  exit 1 when po/samklang.pot is stale
# Needs gettext (scripts/setup.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: scripts/update-po.sh [--check]" >&2; exit 2 ;;
esac

version=$(sed -n 's/^project(samklang VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
out=po/samklang.pot
$check && out=$(mktemp) && trap 'rm -f "$out"' EXIT

# File names without line numbers: the .pot changes only when a message does.
# The CLI's words, and the finding messages rules mark with message_text().
mapfile -t sources < <(find src/cli src/checks -name '*.cc' | LC_ALL=C sort)
xgettext --language=C++ --from-code=UTF-8 --keyword= --keyword=tr --keyword=trn:1,2 \
  --keyword=count_of:1,2 --keyword=message_text --add-comments=TRANSLATORS: --add-location=file --sort-by-file \
  --package-name=samklang --package-version="$version" \
  --msgid-bugs-address= \
  --copyright-holder='the samklang authors' -o "$out" "${sources[@]}" 2>&1 |
  # samklang has no bug address to give; the rest of what xgettext says is shown.
  { grep -v -e 'msgid-bugs-address' -e 'Makevars' -e 'MSGID_BUGS_ADDRESS' >&2 || true; }

if $check; then
  # The creation date is the only line allowed to differ.
  if ! diff -u -I '^"POT-Creation-Date:' po/samklang.pot "$out"; then
    echo "update-po: error: po/samklang.pot is stale; run scripts/update-po.sh" >&2
    exit 1
  fi
  exit 0
fi

for po in po/*.po; do
  msgmerge --quiet --update --backup=none "$po" po/samklang.pot
done
echo "update-po: wrote po/samklang.pot and merged $(ls po/*.po | wc -l) catalog(s)"
