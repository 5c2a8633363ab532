#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The satisfaction survey's benchmark (issue 15): ComputeIkm over N responses (target < 100 ms) and
# ParseSkmCsv of an N-row survey file as a form service exports it, beside the alternative a unit
# would otherwise use: a small Python script (csv module) computing the same IKM from the same file.
# Both must find the same IKM. Prints a markdown table.
# Usage: bench/services/run.sh [BUILD_DIR [N [REPEATS]]]   (default: build-release in the source
# tree, configured and built here as a Release build of the core and this benchmark only)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
count=${2:-10000}
repeats=${3:-20}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
# Configured every time: a build folder made before this benchmark existed learns of it.
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
  > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target bench_ikm > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-ikm.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$(realpath "$build")/bench/services/bench_ikm" "$work" "$count" "$repeats" > "$work/ours.tsv"

# The alternative: the same IKM in Python, the csv module and plain arithmetic (weights exactly 1/9).
cat > "$work/ikm.py" <<'PY'
import csv, sys, time
WORDS = {"tidak sesuai": 1, "kurang sesuai": 2, "sesuai": 3, "sangat sesuai": 4}
def ikm(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = next(rows)
        cols = [next(i for i, h in enumerate(header) if h.lower().split()[0] == f"u{e}") for e in range(1, 10)]
        sums, n = [0] * 9, 0
        for row in rows:
            for e, c in enumerate(cols):
                v = row[c].strip()
                sums[e] += int(v) if v.isdigit() else WORDS[v.lower()]
            n += 1
    index = sum(s / n for s in sums) / 9
    return n, index, index * 25
start = time.perf_counter()
n, index, score = ikm(sys.argv[1])
ms = (time.perf_counter() - start) * 1000
print(f"{ms:.3f}\t{n}\t{index:.6f}\t{score:.4f}")
PY
py_ms=()
for _ in $(seq 1 5); do
  start=$(date +%s.%N)
  read -r inner n index score < <(/usr/bin/python3 "$work/ikm.py" "$work/skm.csv")
  whole=$(echo "($(date +%s.%N) - $start) * 1000" | bc -l)
  py_ms+=("$inner $whole")
done
py_inner=$(printf '%s\n' "${py_ms[@]}" | cut -d' ' -f1 | sort -n | sed -n 3p)
py_whole=$(printf '%s\n' "${py_ms[@]}" | cut -d' ' -f2 | sort -n | sed -n 3p)

field() { awk -F'\t' -v what="$1" -v col="$2" '$1 == what {print $col}' "$work/ours.tsv"; }
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "survey file: $count respondents, $(stat -c %s "$work/skm.csv") bytes; medians of $repeats runs (ComputeIkm: $((repeats * 10))), Python of 5"
echo
echo "| what | median | worst | target |"
echo "|---|---:|---:|---:|"
printf '| ComputeIkm, %d responses in memory | %.3f ms | %.3f ms | < 100 ms |\n' "$count" "$(field ikm 2)" "$(field ikm 3)"
printf '| ParseSkmCsv, %d rows in memory | %.3f ms | %.3f ms | - |\n' "$count" "$(field parse 2)" "$(field parse 3)"
printf '| read the file + ParseSkmCsv + ComputeIkm | %.3f ms | %.3f ms | - |\n' "$(field file 2)" "$(field file 3)"
printf '| Python csv module: read the file + IKM (in the script) | %.3f ms | - | - |\n' "$py_inner"
printf '| Python, the whole process (interpreter start-up included) | %.3f ms | - | - |\n' "$py_whole"
echo
ours_index=$(field result 3)
ours_score=$(field result 4)
echo "IKM: ours $ours_index -> $ours_score ($(field result 5)); Python $index -> $score"
if [ "$ours_index" != "$index" ] || [ "$(field result 2)" != "$n" ]; then
  echo "DIFFERENT RESULTS" >&2
  exit 1
fi
