#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 11's review-mode target: moving to the next criterion with a 5 MB scanned PDF previewed
# takes under 150 ms. The workbench itself (zi-workbench --bench-next N, under Xvfb) gives N
# criteria of a copy of the demo a scan each (one JPEG page, 2480 x 3508 px, made in the run) and
# eleven pages of minutes (ten of text, then the scan: as large as the scan), moves to each as the
# evaluator does and times: the page painted, the preview painted after it (the scan's picture read
# out with qpdf; the text's first page drawn by pdftoppm, a separate program), and, beside them,
# the same moves without a preview.
# Usage: bench/review/preview.sh [BUILD_DIR [N]]   (a Release build with the workbench, e.g. build-deb)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-deb}
count=${2:-20}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target ziwb zi-workbench > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-preview.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/src/cli/ziwb" demo "$work/demo.ziwb" > /dev/null
out=$(ZIWB_CONFIG_DIR=$work/config NO_AT_BRIDGE=1 GDK_BACKEND=x11 xvfb-run -a -s "-screen 0 1366x768x24" \
  "$build/src/gui/zi-workbench" --config "$work/cfg.ini" --lang id "$work/demo.ziwb" --bench-next "$count" 2>/dev/null)
field() { echo "$out" | grep "^$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scan: $(echo "$out" | grep ZIWB_SCAN_BYTES | cut -d' ' -f2) bytes; previews shown: $(echo "$out" | grep ZIWB_PREVIEWS_SHOWN | cut -d' ' -f2) of $count"
echo "text: $(echo "$out" | grep ZIWB_TEXT_BYTES | cut -d' ' -f2) bytes, 11 pages (the first of text); previews shown: $(echo "$out" | grep ZIWB_TEXT_PREVIEWS_SHOWN | cut -d' ' -f2) of $count"
printf '| %-44s | %9s | %9s | %9s | %7s |\n' "next criterion, $count moves" median p95 max target
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "----------:" "----------:" "----------:" "--------:"
for row in "ZIWB_NEXT_PAGE_MS:page painted (the preview queued)" "ZIWB_NEXT_PREVIEW_MS:preview painted (scan decoded and scaled)" \
           "ZIWB_TEXT_NEXT_PAGE_MS:page painted (text PDF, renderer started)" \
           "ZIWB_TEXT_NEXT_PREVIEW_MS:text PDF's first page drawn and painted" \
           "ZIWB_NEXT_PLAIN_MS:without a preview (the unit's page)"; do
  key=${row%%:*}
  target=$([ "$key" = ZIWB_NEXT_PREVIEW_MS ] || [ "$key" = ZIWB_TEXT_NEXT_PREVIEW_MS ] && echo "< 150" || echo "")
  printf '| %-44s | %6s ms | %6s ms | %6s ms | %7s |\n' "${row#*:}" "$(field "$key" median)" "$(field "$key" p95)" \
    "$(field "$key" max)" "$target"
done
