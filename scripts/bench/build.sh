# Sourced by the benchmark scripts (run from the repository root):
#   bench_build NAME TARGET...
# builds TARGET... of the release preset with the benchmark programs into
# build/bench; on failure prints the log (build/bench/NAME-build.log) and
# exits 2 with "NAME: error: the build failed".
bench_build() {
  local name=$1
  shift
  mkdir -p build/bench
  local log="build/bench/$name-build.log"
  if ! { cmake --preset release -B build/bench -DSAMKLANG_BENCH=ON -DSAMKLANG_TESTS=OFF &&
         cmake --build build/bench -j"$(nproc)" --target "$@"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "$name: error: the build failed (log: $log)" >&2
    exit 2
  fi
}
