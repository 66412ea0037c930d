#!/usr/bin/env bash
# Sets everything up, builds a release and checks the bundled catalogs
# against the bundled termbase (samklang.toml). Extra arguments go to
# `samklang check`, e.g. scripts/run.sh --format json.
# Exit code: that of samklang check (0 clean, 1 findings, 2 error).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target samklang
exec build/release/samklang check "$@"
