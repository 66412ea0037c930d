#!/usr/bin/env bash
# CTest `install_files`: `cmake --install` of the build into a temporary
# prefix, then
#   - the binary, man page, bash and zsh completions are where the shells and
#     man look for them;
#   - groff renders the man page without a warning (skipped without groff);
#   - the bash completion parses and completes subcommands, --format values
#     and rule ids (run without the bash-completion package);
#   - every subcommand of `samklang --help`, every `terms` tool and every rule
#     of `samklang explain` is named in both completions and the man page, so
#     they cannot drift from the binary.
# Usage: run.sh BUILD_DIR SOURCE_DIR
set -u
build=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$tmp" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
bin=$tmp/bin/samklang
man=$tmp/share/man/man1/samklang.1
bash_completion=$tmp/share/bash-completion/completions/samklang
zsh_completion=$tmp/share/zsh/site-functions/_samklang
for f in "$bin" "$man" "$bash_completion" "$zsh_completion" "$tmp/share/samklang/rules/terms.tsv"; do
  [ -s "$f" ] || fail "not installed: ${f#$tmp/}"
done
"$bin" --version | grep -q '^samklang ' || fail "the installed binary does not run"

if command -v groff >/dev/null; then
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man" 2>&1)
  [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
  text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -P-c "$man" 2>/dev/null | sed 's/.\x08//g')
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES EXAMPLES; do
    grep -q "^$section\$" <<<"$text" || fail "the man page has no $section section"
  done
else
  echo "note: no groff; the man page is not rendered"
fi

bash -n "$bash_completion" || fail "bash -n on the bash completion"
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _samklang; echo "${COMPREPLY[*]}"' _ "$bash_completion" "$@"
}

# The subcommands, terms tools and rules as the binary lists them.
commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}')
tools=$("$bin" terms --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}')
rules=$("$bin" explain | awk '{print $1}')
[ "$(wc -w <<<"$commands")" -ge 7 ] || fail "too few subcommands in --help: $commands"
[ "$(wc -w <<<"$rules")" -ge 10 ] || fail "too few rules in explain: $rules"

man_commands=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' "$man")
got=" $(complete_words samklang '') "
for c in $commands; do
  [[ $got == *" $c "* ]] || fail "bash completion lacks the subcommand '$c' (offers:$got)"
  grep -Eq "^(\\s*'$c:)" "$zsh_completion" || fail "zsh completion lacks the subcommand '$c'"
  grep -q "^\.B $c\$" <<<"$man_commands" || fail "the man page's COMMANDS lack '$c'"
done
got=" $(complete_words samklang terms '') "
for t in $tools; do
  [[ $got == *" $t "* ]] || fail "bash completion lacks 'terms $t'"
  grep -q "^    '$t:" "$zsh_completion" || fail "zsh completion lacks 'terms $t'"
  grep -q "^\.B $t\$" <<<"$man_commands" || fail "the man page lacks 'terms $t'"
done
got=" $(complete_words samklang explain '') "
man_rules=$(sed -n '/^\.B explain/,/^\.TP/p' "$man" | tr -d '\\' | tr ',.' '  ')
for r in $rules; do
  [[ $got == *" $r "* ]] || fail "bash completion lacks the rule '$r'"
  grep -qw -- "$r" "$zsh_completion" || fail "zsh completion lacks the rule '$r'"
  grep -qw -- "$r" <<<"$man_rules" || fail "the man page's explain lacks the rule '$r'"
done
# The --format values of check, as its --help lists them.
formats=$("$bin" check --help | sed -n 's/.*--format TEXT:{\([^}]*\)}.*/\1/p' | tr ',' ' ')
[ -n "$formats" ] || fail "no --format values in check --help"
got=" $(complete_words samklang check --format '') "
for f in $formats; do
  [[ $got == *" $f "* ]] || fail "bash completion lacks check --format $f"
  grep -q "(text json sarif junit github html)" "$zsh_completion" || fail "zsh check --format"
done
[ "$(complete_words samklang explain term-f)" = term-forbidden ] || fail "explain term-f"

# The Swedish catalog under share/locale, found by the installed binary.
[ -s "$tmp/share/locale/sv/LC_MESSAGES/samklang.mo" ] || fail "not installed: the Swedish catalog"
env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 "$bin" --help | grep -q '^Underkommandon:' ||
  fail "the installed binary does not find its Swedish catalog"
echo ok
