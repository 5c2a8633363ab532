#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 10's benchmark of the signed log, on real .ziwb files written through the core's API:
# audit verify over 10,000 entries (target 300 ms) beside the signature checks alone, the exchange
# file of a whole LKE (200 KB), import and merge of 1,000 entries (200 ms each), and one answer
# through Workspace::Apply signed and unsigned (16 ms answer-to-repaint).
# Usage: bench/log/run.sh [BUILD_DIR [ENTRIES [PARTS]]]   (default: build-release in the source tree, configured
# and built here as a Release build of the core and this benchmark only)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
    > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target bench_log > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-log.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$(realpath "$build")/bench/log/bench_log" "$work" "${2:-10000}" "${3:-1234}"
