#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The forum's and the catalogue's documents (issue 15): bench_fkp_documents in a Release build,
# against the target of the forum's set (undangan, daftar hadir, berita acara) in under 500 ms.
# Usage: bench/services/run-documents.sh [BUILD_DIR [ROUNDS]]   (default: build-release in the source tree,
# configured and built here as a Release build of the core and this benchmark only)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
rounds=${2:-10}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
# Configured every time: a build folder made before this benchmark existed learns of it.
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
  > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target bench_fkp_documents > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-fkp.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$(realpath "$build")/bench/services/bench_fkp_documents" "$work" "$rounds"
