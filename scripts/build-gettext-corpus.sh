#!/usr/bin/env bash
# Builds the real-data corpus of the terminology benchmark: the gettext
# catalogs that Debian packages ship, as PO files, per language.
#
#   ${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext/<lang>/<domain>.po
#   ${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext-xliff/<lang>/<domain>.xlf
#   ${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext-tmx/<lang>/<domain>.tmx
#
# The XLIFF and TMX copies are Translate Toolkit's conversions of the PO
# files (po2xliff, po2tmx; package translate-toolkit, installed when
# missing), so that the XML readers meet what real converters write.
#
# Installs (only when missing) gettext and packages that ship many
# translations, then turns every /usr/share/locale/<lang>/LC_MESSAGES/*.mo
# into PO with msgunfmt. The msgids are the English source; short entries
# are real terms, long ones real sentences. The cache lives outside git and
# is never committed.
#
# If dpkg is configured to drop locale files (a path-exclude of
# /usr/share/locale in /etc/dpkg/dpkg.cfg.d/, as on slim container images),
# installed packages have no .mo files: the script then fetches the .deb files
# with `apt-get download` and extracts them with `dpkg-deb -x` into the cache,
# without installing them, and says so.
#
# Idempotent: a PO file newer than its .mo is kept. Prints the number of
# files and entries per language.
#
# Usage: scripts/build-gettext-corpus.sh [lang...]   (default: sv es de fr ru)
set -euo pipefail

langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(sv es de fr ru)

cache="${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext"

# Packages with many translated messages in Debian 12. The *-l10n/-locales
# packages hold the .mo files that Debian splits off (util-linux, e2fsprogs);
# iso-codes holds real names (languages, countries, currencies, scripts).
packages=(
  gettext coreutils tar dpkg apt grep sed findutils diffutils bash gawk wget
  util-linux util-linux-locales e2fsprogs e2fsprogs-l10n procps man-db gnupg
  iso-codes binutils make libc-bin passwd psmisc xz-utils
)

sudo=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo=(sudo); fi

available() { apt-cache show "$1" >/dev/null 2>&1; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Does dpkg drop locale files on install?
excluded=0
if grep -qs '^path-exclude[= ]*/usr/share/locale' /etc/dpkg/dpkg.cfg.d/* /etc/dpkg/dpkg.cfg; then
  excluded=1
fi

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

roots=(/)
if [ ${#missing[@]} -gt 0 ]; then
  echo "corpus: missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  wanted=()
  for p in "${missing[@]}"; do
    if available "$p"; then wanted+=("$p"); else echo "corpus: no package '$p' in apt; skipped"; fi
  done
  if [ "$excluded" -eq 1 ]; then
    echo "corpus: dpkg excludes /usr/share/locale (see /etc/dpkg/dpkg.cfg.d/):"
    echo "corpus: downloading the .deb files and extracting their .mo files instead of installing"
  elif [ ${#wanted[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${wanted[@]}"
  fi
fi

# With locale files excluded, even installed packages have no .mo files:
# extract every wanted package's .deb into the cache.
if [ "$excluded" -eq 1 ]; then
  debs="$cache/.debs"
  root="$cache/.root"
  mkdir -p "$debs" "$root"
  for p in "${packages[@]}"; do
    available "$p" || continue
    if ! ls "$debs/${p}"_*.deb >/dev/null 2>&1; then
      (cd "$debs" && apt-get download -qq "$p") || echo "corpus: could not download '$p'"
    fi
  done
  for deb in "$debs"/*.deb; do
    [ -e "$deb" ] && dpkg-deb -x "$deb" "$root"
  done
  roots=("$root")
fi

command -v msgunfmt >/dev/null || { echo "corpus: error: msgunfmt not found (package gettext)" >&2; exit 2; }

for lang in "${langs[@]}"; do
  out="$cache/$lang"
  mkdir -p "$out"
  files=0
  for root in "${roots[@]}"; do
    dir="${root%/}/usr/share/locale/$lang/LC_MESSAGES"
    [ -d "$dir" ] || continue
    for mo in "$dir"/*.mo; do
      [ -e "$mo" ] || continue
      po="$out/$(basename "$mo" .mo).po"
      if [ ! -s "$po" ] || [ "$mo" -nt "$po" ]; then
        if ! msgunfmt --no-wrap -o "$po.tmp" "$mo" 2>/dev/null; then
          echo "corpus: could not read $mo; skipped" >&2
          rm -f "$po.tmp"
          continue
        fi
        mv "$po.tmp" "$po"
      fi
      files=$((files + 1))
    done
  done
  # Entries: msgid lines minus the header of each file.
  entries=$(cat "$out"/*.po 2>/dev/null | grep -c '^msgid ' || true)
  entries=$((entries - files))
  echo "corpus: $lang: $files files, $entries entries in $out"
done

if ! command -v po2xliff >/dev/null || ! command -v po2tmx >/dev/null; then
  "$(dirname "$0")/setup.sh" translate-toolkit >/dev/null ||
    { echo "corpus: translate-toolkit not available; no XLIFF or TMX copies" >&2; exit 0; }
fi
for lang in "${langs[@]}"; do
  mkdir -p "$cache-xliff/$lang" "$cache-tmx/$lang"
  converted=0
  for po in "$cache/$lang"/*.po; do
    [ -e "$po" ] || continue
    name=$(basename "$po" .po)
    xlf="$cache-xliff/$lang/$name.xlf"
    tmx="$cache-tmx/$lang/$name.tmx"
    if [ ! -s "$xlf" ] || [ "$po" -nt "$xlf" ]; then
      po2xliff --progress=none "$po" "$xlf" 2>/dev/null || echo "corpus: po2xliff failed on $po" >&2
    fi
    if [ ! -s "$tmx" ] || [ "$po" -nt "$tmx" ]; then
      po2tmx --progress=none -l "$lang" "$po" "$tmx" 2>/dev/null || echo "corpus: po2tmx failed on $po" >&2
    fi
    converted=$((converted + 1))
  done
  echo "corpus: $lang: $converted catalogs as XLIFF and TMX in $cache-xliff/$lang and $cache-tmx/$lang"
done
