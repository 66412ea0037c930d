#!/usr/bin/env bash
# Installs the Debian 12 packages samklang builds with, only those missing.
# Usage: scripts/setup.sh [extra-package...]
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libicu-dev libboost-locale-dev libpugixml-dev libcli11-dev catch2
  libstemmer-dev libgumbo-dev libcmark-gfm-dev libtomlplusplus-dev
  nlohmann-json3-dev libfmt-dev libxxhash-dev libgit2-dev libcld2-dev
  gettext python3 python3-jsonschema python3-yaml git groff-base zsh
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: error: need root (or sudo) to install: ${missing[*]}" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
