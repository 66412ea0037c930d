#!/usr/bin/env bash
# Terminology benchmark (a benchmark, not a test: it asserts nothing).
# Builds the release preset with the benchmark programs into build/bench,
# builds the gettext corpus when the cache is missing, then prints segment
# pairs per second at 1k, 10k and 50k concepts and the 50k/1k time ratio
# (DESIGN.md, "Performance budget": at most 2x).
#
# Usage: scripts/bench-terms.sh [bench options...]
#   e.g. scripts/bench-terms.sh --targets sv --concepts 1000,10000 --pairs 50000
set -euo pipefail

cd "$(dirname "$0")/.."
corpus="${XDG_CACHE_HOME:-$HOME/.cache}/samklang/gettext"

cmake --preset release -B build/bench -DSAMKLANG_BENCH=ON -DSAMKLANG_TESTS=OFF >/dev/null
cmake --build build/bench -j"$(nproc)" --target samklang_bench_terms >/dev/null

if ! ls "$corpus"/*/*.po >/dev/null 2>&1; then
  scripts/build-gettext-corpus.sh
fi

build/bench/samklang_bench_terms --corpus "$corpus" "$@"
