#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan) in a build folder of their own and
# runs each for a bounded time over its corpus (tests/fuzz/corpus/<target>/: the hostile inputs and
# every input that once crashed). A crash, a sanitizer report, a leak or a hang fails the run; the
# input that caused it is kept in <build>/artifacts/ to add to the corpus once the core is fixed.
#
#   bash tests/fuzz/run.sh [TARGET...]     ZIWB_FUZZ_SECONDS (60) per target, ZIWB_FUZZ_BUILD_DIR (build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${ZIWB_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${ZIWB_FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(form_loader formula csv workspace log_entry)

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S tests/fuzz -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$(command -v clang++-14 || command -v clang++)" > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
summary=()
failed=0
for target in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$target
  # New inputs libFuzzer finds go to a scratch folder, never into the repository's corpus.
  scratch=$build/corpus/$target
  artifacts=$build/artifacts/$target
  mkdir -p "$scratch" "$artifacts"
  log=$build/$target.log
  echo "fuzz_$target: ${seconds}s over $(ls "$seeds" | wc -l) seeds"
  if "$build/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$scratch" "$seeds" > "$log" 2>&1; then
    result=ok
  else
    result=FAILED
    failed=1
    grep -E "ERROR|SUMMARY|Test unit written|timeout|crash" "$log" | head -20 || true
    echo "full log: $log"
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  summary+=("$(printf '%-12s %-7s %10s execs %7s/s  %s' "$target" "$result" "${execs:-?}" "${speed:-?}" "${coverage:-?}")")
done
printf '%s\n' "fuzz summary (${seconds}s each):" "${summary[@]}"
exit $failed
