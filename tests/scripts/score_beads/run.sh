#!/usr/bin/env bash
# CTest `score_beads`: runs scripts/score-beads.py on the made-up bead files
# next to this script and compares its output with the expected files.
#   gold.beads / test.beads  -> expected.txt (text) and expected.json (--json)
#   bad.beads                -> exit 2 and one path:line:col error on stderr
# The figures of expected.txt were worked out by hand (see README in this
# directory). Exit 77 (CTest SKIP_RETURN_CODE) when python3 is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
scorer="$here/../../../scripts/score-beads.py"

if ! command -v python3 >/dev/null 2>&1; then
  echo "skipped: python3 not found (scripts/setup.sh installs it)"
  exit 77
fi

cd "$here" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

check() {  # name, expected exit code, expected stdout file, expected stderr file, args...
  local name=$1 want_rc=$2 want_out=$3 want_err=$4 bad=0
  shift 4
  python3 "$scorer" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" -ne "$want_rc" ]; then
    echo "FAIL $name: exit code $rc, expected $want_rc"
    cat "$tmp/err"
    bad=1
  fi
  if ! diff -u "$want_out" "$tmp/out"; then
    echo "FAIL $name: stdout differs (above)"
    bad=1
  fi
  if ! diff -u "$want_err" "$tmp/err"; then
    echo "FAIL $name: stderr differs (above)"
    bad=1
  fi
  if [ "$bad" -eq 0 ]; then echo "ok   $name"; else failed=1; fi
}

: >"$tmp/empty"
echo "bad.beads:4:5: error: expected a sentence index (a number >= 0), found 'x'" >"$tmp/bad.err"

check text 0 expected.txt "$tmp/empty" gold.beads test.beads
check json 0 expected.json "$tmp/empty" gold.beads test.beads --json
check malformed 2 "$tmp/empty" "$tmp/bad.err" gold.beads bad.beads

exit "$failed"
