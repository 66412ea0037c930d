#!/usr/bin/env bash
# CTest `pre_commit_hook`: scripts/hooks/pre-commit in a throwaway git
# repository made by `samklang init`:
#   other     a commit that stages no catalog or rule file passes unchecked
#   clean     a staged clean Swedish/English pair passes
#   forbidden a staged English catalog with a forbidden term stops the commit
# and the .pre-commit-hooks.yaml `files` pattern matches catalogs, not C++.
# Usage: run.sh SAMKLANG_BINARY SOURCE_DIR; exit 77 (skipped) without git.
set -u
samklang=$1
root=$2
hook=$root/scripts/hooks/pre-commit
command -v git >/dev/null || { echo "skipped: no git"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cd "$tmp" || exit 1
git init -q . && git config user.email t@example.org && git config user.name test
"$samklang" init --source-lang sv --target en >/dev/null || fail "init"
mkdir -p catalogs/sv catalogs/en
printf '# Uppdrag\n\nVi försvarar medborgerliga och politiska rättigheter.\n' >catalogs/sv/index.md
printf '# Mission\n\nWe defend civil and political rights.\n' >catalogs/en/index.md
printf 'ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\nccpr\ten\tcivil and political rights\tpreferred\nccpr\ten\tcivic and political rights\tforbidden\tuse "civil and political rights"\n' >>rules/terms.tsv

echo notes >README.txt
git add README.txt
SAMKLANG=/nonexistent/samklang "$hook" || fail "other: a commit without catalogs ran samklang"

git add -A
SAMKLANG=$samklang "$hook" >out.txt 2>&1 || { cat out.txt; fail "clean: the clean pair was refused"; }
git commit -qm start --no-verify

printf '# Mission\n\nWe defend civic and political rights.\n' >catalogs/en/index.md
git add catalogs/en/index.md
if SAMKLANG=$samklang "$hook" >out.txt 2>&1; then
  cat out.txt; fail "forbidden: the forbidden term was let through"
fi
grep -q "term-forbidden" out.txt || { cat out.txt; fail "forbidden: no term-forbidden finding shown"; }
grep -q "pre-commit: samklang found errors" out.txt || fail "forbidden: no hint"

if command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$root/.pre-commit-hooks.yaml" <<'PY' || fail ".pre-commit-hooks.yaml"
import re, sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
h = next(h for h in hooks if h["id"] == "samklang")
assert h["language"] == "system" and h["entry"] == "samklang check" and h["pass_filenames"] is False
files = re.compile(h["files"])
for yes in ["catalogs/sv/mission.md", "po/sv.po", "l10n/app_sv.arb", "locales/sv/translation.json", "rules/terms.tsv", "a.xlf", "samklang.toml"]:
    assert files.search(yes), yes
for no in ["src/cli/init.cc", "CMakeLists.txt", "README.md", "package.json", "samklang.toml.bak"]:
    assert not files.search(no), no
PY
fi
echo "ok"
