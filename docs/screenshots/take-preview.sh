#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the evidence preview's screenshots (evidence-preview-id.png: a scanned PDF; evidence-preview-
# text-id.png: a PDF of text drawn by pdftoppm) from the workbench GUI test at 1366x768, one run per
# picture: under GTK 3 a process reads the screen once. Usage: take-preview.sh BUILD_DIR.
set -euo pipefail
build=${1:?usage: take-preview.sh BUILD_DIR}
out=$(cd "$(dirname "$0")" && pwd)
test=$(find "$build" -path '*tests/gui/gui_test' -type f | head -n 1)
for name in evidence-preview-id evidence-preview-text-id; do
  ZIWB_SCREENSHOT_DIR=$out ZIWB_SCREENSHOT_ONLY=$name ASAN_OPTIONS=detect_leaks=0 NO_AT_BRIDGE=1 GDK_BACKEND=x11 \
    xvfb-run -a -s "-screen 0 1366x768x24" "$test" --gtest_filter='*EvidenceShowsInline*' > /dev/null 2>&1
done
echo "screenshots written to $out"
