#!/usr/bin/env bash
# CTest `ci_templates`: the shell steps of the GitHub composite action and the
# GitLab CI job, run locally on a Swedish/English project with a forbidden
# term: annotations printed, the SARIF and JUnit reports written, the outcome
# following `fail-on` (error fails, never passes). The SARIF upload itself
# needs GitHub and is not run. Usage: run.sh SAMKLANG_BINARY SOURCE_DIR;
# exit 77 (skipped) without python3 and its yaml module.
set -u
samklang=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
python3 -c 'import yaml' 2>/dev/null || { echo "skipped: no python3 yaml module"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p "$tmp/bin" && ln -s "$samklang" "$tmp/bin/samklang"
export PATH="$tmp/bin:$PATH"

cd "$tmp" && mkdir p && cd p || exit 1
samklang init --source-lang sv --target en >/dev/null || fail init
mkdir -p catalogs/sv catalogs/en
printf '# Uppdrag\n\nVi försvarar medborgerliga och politiska rättigheter.\n' >catalogs/sv/index.md
printf '# Mission\n\nWe defend civic and political rights.\n' >catalogs/en/index.md
printf 'ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\nccpr\ten\tcivil and political rights\tpreferred\nccpr\ten\tcivic and political rights\tforbidden\tuse "civil and political rights"\n' >>rules/terms.tsv

python3 "$here/run_steps.py" "$root" "$PWD" error >steps.txt 2>log.txt || { cat log.txt; fail "run_steps"; }
cat steps.txt
expected='github samklang-annotations 0
github samklang-SARIF 0
github samklang-result 1
gitlab 1
junit-written'
[ "$(cat steps.txt)" = "$expected" ] || fail "fail-on error: expected
$expected"
grep -q '^::error file=catalogs/en/index.md,line=3,col=11,title=term-forbidden::' log.txt ||
  { cat log.txt; fail "no annotation for the forbidden term"; }
grep -q '"ruleId": *"term-forbidden"' samklang.sarif || fail "SARIF without the finding"
grep -q '<failure[^>]*type="term-forbidden"' samklang-junit.xml || fail "JUnit without the failure"

rm -f samklang.sarif samklang-junit.xml
python3 "$here/run_steps.py" "$root" "$PWD" never >steps.txt 2>log.txt || { cat log.txt; fail "run_steps"; }
expected='github samklang-annotations 0
github samklang-SARIF 0
github samklang-result 0
gitlab 0
junit-written'
[ "$(cat steps.txt)" = "$expected" ] || { cat steps.txt; fail "fail-on never: expected success"; }
[ -s samklang.sarif ] || fail "fail-on never: no SARIF"
echo ok
