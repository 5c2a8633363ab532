#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The evaluator's many units: `ziwb recap` over folders of 50 and N (500) unit workspaces against
# the issue's targets (a portfolio of 50 opens in under 1 s; a recap of 500 in under 5 s), beside
# the alternative a script would use today: `ziwb score --json` run per workspace and layer.
# The workspaces are copies of the demo (every criterion answered, evidence, the signed log), each
# with its own unit name and an evaluator layer, so every file is read and scored in full.
# Usage: bench/review/run.sh [BUILD_DIR [N]]   (default: build-release, a Release build of the CLI)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
count=${2:-500}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
    > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target ziwb > /dev/null
ziwb=$(realpath "$build/src/cli/ziwb")
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-review.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ZIWB_CONFIG_DIR=$work/config

"$ziwb" demo "$work/demo.ziwb" > /dev/null
# An evaluator layer that differs from the unit's in a few answers, as after a review.
for code in A.I.1.i.a A.II.1.i.a A.III.1.i.a; do
  "$ziwb" answer "$work/demo.ziwb" "$code" Tidak --layer tpi --note "bench" > /dev/null 2>&1 || true
done
mkdir -p "$work/50" "$work/all"
for i in $(seq 1 "$count"); do
  name=$(printf 'unit-%04d.ziwb' "$i")
  cp "$work/demo.ziwb" "$work/all/$name"
  [ "$i" -le 50 ] && cp "$work/demo.ziwb" "$work/50/$name"
done
size=$(du -b "$work/demo.ziwb" | cut -f1)

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
recap_50=$(seconds "$ziwb" recap "$work/50" "$work/r50.xlsx")
recap_all=$(seconds "$ziwb" recap "$work/all" "$work/rall.xlsx")
per_file() {
  for f in "$1"/*.ziwb; do "$ziwb" score "$f" --json > /dev/null; "$ziwb" score "$f" --json --layer tpi > /dev/null; done
}
script_50=$(seconds per_file "$work/50")
peak=$( { /usr/bin/time -f '%M' "$ziwb" recap "$work/all" "$work/rall2.xlsx" > /dev/null; } 2>&1 | tail -1)

echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "workspaces: copies of the demo, $size bytes each"
printf '%-46s %10s %10s\n' "what" "seconds" "target"
printf '%-46s %10.2f %10s\n' "ziwb recap, 50 workspaces (the portfolio)" "$recap_50" "< 1"
printf '%-46s %10.2f %10s\n' "ziwb recap, $count workspaces" "$recap_all" "< 5"
printf '%-46s %10.2f %10s\n' "score --json per file and layer, 50 (script)" "$script_50" "-"
printf '%-46s %10s\n' "peak memory of the $count recap (KB)" "$peak"
