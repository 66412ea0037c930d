#!/usr/bin/env bash
# CTest `sarif_schema`: `samklang check --format sarif` validated against the
# SARIF 2.1.0 JSON schema (validate.py, python3-jsonschema), on
#   bundled   the bundled catalogs (samklang.toml; Serbian is unfinished)
#   rules     golden cases with findings of ten rules, checked in one run
#   paths     a catalog in a folder named 'fall ä:1' (percent-encoded URIs)
#   clean     a clean case: no results is still a valid log
# and, so that the test can fail, a log broken on purpose must be rejected.
# Usage: run.sh SAMKLANG_BINARY SOURCE_DIR
# The schema is cached by scripts/get-sarif-schema.sh (or named by
# $SAMKLANG_SARIF_SCHEMA); exit 77 (CTest SKIP_RETURN_CODE) without it or
# without python3 and its jsonschema module.
set -u
samklang=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
schema=${SAMKLANG_SARIF_SCHEMA:-${XDG_CACHE_HOME:-$HOME/.cache}/samklang/sarif/sarif-schema-2.1.0.json}

if [ ! -f "$schema" ]; then
  echo "skipped: no SARIF schema at $schema (run scripts/get-sarif-schema.sh)"
  exit 77
fi
# The python3 on PATH, else Debian's (which python3-jsonschema serves).
python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import jsonschema' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "skipped: no python3 with the jsonschema module (scripts/setup.sh installs python3-jsonschema)"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# name, folder to run in, expected exit code, rules that must have results, -- samklang args
check() {
  local name=$1 dir=$2 want_rc=$3
  shift 3
  local rules=()
  while [ "$1" != -- ]; do
    rules+=("$1")
    shift
  done
  shift
  (cd "$dir" && "$samklang" check --format sarif --output "$tmp/$name.sarif" "$@") 2>"$tmp/err"
  local rc=$?
  if [ "$rc" -ne "$want_rc" ]; then
    echo "FAIL $name: exit code $rc, expected $want_rc"
    cat "$tmp/err"
    failed=1
    return
  fi
  if (cd "$dir" && "$python" "$here/validate.py" "$schema" "$tmp/$name.sarif" "${rules[@]}"); then
    echo "ok   $name"
  else
    echo "FAIL $name: $tmp/$name.sarif is not a valid SARIF 2.1.0 log (above)"
    failed=1
  fi
}

check bundled "$root" 1 segment-missing --

rules=(term-forbidden segment-extra segment-missing untranslated term-dnt term-missing load-error
  number-mismatch term-unexpected term-inconsistent)
cases=(term-forbidden/civic-and-convention segment-extra/added-sentence
  segment-missing/dropped-sentence untranslated/copied-sentence term-dnt/translated-name
  term-missing/not-rendered load-error/latin1 number-mismatch/wrong-year
  term-unexpected/added-concept term-inconsistent/mixed-spelling)
args=()
for c in "${cases[@]}"; do
  for f in "$root/tests/golden/$c"/*.md; do
    args+=("$(basename "$f" .md)=tests/golden/$c/$(basename "$f")")
  done
done
check rules "$root" 1 "${rules[@]}" -- --source-lang sv "${args[@]}" --terms="$root/rules/terms.tsv"

odd="$tmp/work/fall ä:1"
mkdir -p "$odd"
cp "$root/tests/golden/term-forbidden/civic-and-convention/"*.md "$odd/"
check paths "$tmp/work" 1 term-forbidden -- --source-lang sv "sv=fall ä:1/sv.md" \
  "en=fall ä:1/en.md" --terms="$root/rules/terms.tsv"

clean="$root/tests/golden/term-forbidden/clean"
check clean "$root" 0 -- --source-lang sv "sv=$clean/sv.md" "en=$clean/en.md" \
  --terms="$root/rules/terms.tsv"

# The validator must reject what the schema forbids: a level SARIF lacks.
sed 's/"level": "error"/"level": "fatal"/' "$tmp/rules.sarif" >"$tmp/broken.sarif"
if (cd "$root" && "$python" "$here/validate.py" "$schema" "$tmp/broken.sarif") >"$tmp/broken.out"; then
  echo "FAIL broken: a log with level 'fatal' passed validation"
  failed=1
elif grep -q "fatal" "$tmp/broken.out"; then
  echo "ok   broken (rejected)"
else
  echo "FAIL broken: rejected, but not for its level"
  cat "$tmp/broken.out"
  failed=1
fi

exit "$failed"
