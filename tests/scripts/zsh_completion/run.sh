#!/usr/bin/env bash
# CTest `zsh_completion`: scripts/completions/_samklang in a real zsh (`zsh
# -f`, compinit in a temporary folder, fpath to scripts/completions):
#   - it parses (`zsh -n`, and `autoload +X` loads it as a function);
#   - completing in a pseudo-terminal (zsh's zpty module): `samklang `
#     offers every subcommand of `samklang --help`, `samklang check --` every
#     option of `samklang check --help` (and so for each subcommand and terms
#     tool), `--format ` and `--format=` the formats, `explain ` the rules of
#     `samklang explain`, and `sv=cat` in LANG=FILE completes the file.
# Exit 77 (skipped) when zsh or its zpty module is not installed.
# Usage: run.sh SAMKLANG SOURCE_DIR [LINE...]
#   with LINEs: print what completing each offers, and stop (for debugging).
set -u
bin=$1
root=$2
completions=$root/scripts/completions
if ! command -v zsh >/dev/null; then
  echo "skipped: zsh is not installed (apt-get install zsh)"
  exit 77
fi
if ! zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
  echo "skipped: zsh has no zpty module"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

zsh -n "$completions/_samklang" || fail "zsh -n: _samklang does not parse"
loaded=$(zsh -f -c 'fpath=("$1" $fpath); autoload -U compinit && compinit -u -d "$2/zcompdump" &&
  autoload -U +X _samklang && functions _samklang' _ "$completions" "$tmp" 2>&1) ||
  fail "autoload +X _samklang: $loaded"
grep -q '_arguments' <<<"$loaded" || fail "functions _samklang shows no body: $loaded"

# The interactive zsh that completes: compadd writes every match it adds to
# $tmp/matches, one per line; the widget ends with a marker for the driver.
mkdir -p "$tmp/project/catalogs/sv" "$tmp/project/catalogs/en"
: >"$tmp/project/catalogs/sv/mission.md"
: >"$tmp/project/catalogs/en/mission.md"
cat >"$tmp/init.zsh" <<INIT
PS1='' PROMPT='' RPROMPT=''
cd "$tmp/project"
fpath=("$completions" \$fpath)
autoload -U compinit && compinit -u -d "$tmp/zcompdump"
compadd() {
  # Calls that only collect matches (-O, -A, -D) add none.
  if (( \${@[(I)-[OAD]]} )); then builtin compadd "\$@"; return; fi
  local -a found
  builtin compadd -O found "\$@"
  (( \$#found )) && print -rl -- \$found >>"$tmp/matches"
  builtin compadd "\$@"
}
capture-complete() {
  : >"$tmp/matches"
  _main_complete
  compstate[list]=''
  compstate[insert]=''
  print -n 'END''OF''MATCHES'
}
zle -C capture-complete complete-word capture-complete
bindkey '^I' capture-complete
INIT

# complete LINE: the matches zsh offers with the cursor at the end of LINE.
complete() {
  timeout 60 zsh -f -c '
    zmodload zsh/zpty
    zpty shell zsh -f -i
    zpty -w shell "source ${(q)1}"
    zpty -w -n shell "$2"$'"'"'\t'"'"'
    zpty -r -m shell out "*ENDOFMATCHES*" || exit 1
    zpty -d shell
  ' _ "$tmp/init.zsh" "$1" || fail "completing '$1' failed or hung"
  sort -u "$tmp/matches"
}

# expect LINE WORD...: completing LINE offers every WORD.
expect() {
  local line=$1 got
  shift
  got=$(complete "$line") || exit 1
  for want in "$@"; do
    grep -qxF -- "$want" <<<"$got" ||
      fail "completing '$line' does not offer '$want' (offers: $(tr '\n' ' ' <<<"$got"))"
  done
  echo "ok: '$line' offers $*"
}

# With LINE arguments: print what completing each offers, and stop.
if [ $# -gt 2 ]; then
  shift 2
  for line in "$@"; do echo "== '$line'"; complete "$line"; done
  exit 0
fi

# options CMD...: the long options `samklang CMD... --help` lists.
options() {
  "$bin" "$@" --help | grep -oE '^ +(-h, *)?--[a-z-]+' | grep -oE -- '--[a-z-]+'
}
# subcommands CMD...: the subcommands `samklang CMD... --help` lists.
subcommands() {
  "$bin" "$@" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}'
}

commands=$(subcommands)
[ "$(wc -w <<<"$commands")" -ge 7 ] || fail "too few subcommands in --help: $commands"
expect "samklang " $commands
for c in $commands; do
  [ "$c" = terms ] && continue
  expect "samklang $c --" $(options "$c")
done
tools=$(subcommands terms)
expect "samklang terms " $tools
for t in $tools; do expect "samklang terms $t --" $(options terms "$t"); done

formats=$("$bin" check --help | sed -n 's/.*--format TEXT:{\([^}]*\)}.*/\1/p' | tr ',' ' ')
[ -n "$formats" ] || fail "no --format values in check --help"
expect "samklang check --format " $formats
expect "samklang check --format=" $formats
expect "samklang status --format " text json markdown
expect "samklang check --fail-on=" error warning note never
expect "samklang explain " $("$bin" explain | awk '{print $1}')
expect "samklang check sv=cat" catalogs
expect "samklang check en=catalogs/e" en
expect "samklang check catalogs/sv/" mission.md

# Nothing is offered where it does not belong.
got=$(complete "samklang ") || exit 1
if grep -qx -- 'term-missing' <<<"$got"; then fail "'samklang ' offers a rule id"; fi
got=$(complete "samklang explain ") || exit 1
if grep -qx -- 'check' <<<"$got"; then fail "'samklang explain ' offers a subcommand"; fi
echo "zsh completion: all good"
