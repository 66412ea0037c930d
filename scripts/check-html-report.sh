#!/usr/bin/env bash
# `samklang check --format html` in a real browser (headless Chromium): the
# findings listed and highlighted are those of the JSON report, filters given
# in the URL hash leave exactly the matching ones, catalog text stays text;
# a screenshot of the bundled catalogs' report lands in OUT_DIR/html-report.png.
# The checks themselves are in check-html-report.py.
#
# Usage: scripts/check-html-report.sh [SAMKLANG [OUT_DIR]]
#   SAMKLANG  the binary (default build/dev/samklang)
#   OUT_DIR   where the reports and screenshots go (default: SAMKLANG's folder)
# Installs Debian's chromium (and python3) with apt-get when missing and
# running as root. Exit 0 passed, 1 failed, 77 skipped (CTest
# SKIP_RETURN_CODE): no chromium and no way to install it, or chromium
# cannot start here.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
samklang=${1:-$root/build/dev/samklang}
out=${2:-$(dirname "$samklang")}

if [ ! -x "$samklang" ]; then
  echo "error: no samklang binary at $samklang (build first, or pass its path)" >&2
  exit 1
fi

find_chromium() {
  for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# Installs Debian packages with apt-get, as root only; refreshes the package
# lists when the first try cannot find them.
apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  echo "installing $* with apt-get (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 && return 0
  apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
find_chromium >/dev/null || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ] && ! apt_install "${missing[@]}"; then
  echo "skipped: ${missing[*]} missing and apt-get cannot install it here" \
    "(run as root on Debian, or: apt-get install ${missing[*]})"
  exit 77
fi
chromium=$(find_chromium) || {
  echo "skipped: no chromium after installing it"
  exit 77
}

flags=(--headless --disable-gpu --no-first-run --no-default-browser-check
  --disable-dev-shm-usage --disable-extensions --mute-audio)
# Chromium's sandbox refuses to run as root.
[ "$(id -u)" -eq 0 ] && flags+=(--no-sandbox)

# Can it run here at all (a container without the kernel features it needs)?
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
if ! timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$probe/profile" --dump-dom \
  "data:text/html,<p>samklang</p>" >"$probe/out" 2>"$probe/err" ||
  ! grep -q samklang "$probe/out"; then
  echo "skipped: $chromium cannot run here; its last words:"
  tail -5 "$probe/err"
  exit 77
fi

rm -rf "$probe"
exec python3 "$root/scripts/check-html-report.py" "$samklang" "$root" "$out" "$chromium" "${flags[@]}"
