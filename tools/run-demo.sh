#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds ZI Workbench, and starts it on a ready demo workspace.
# Without a display (or with ZIWB_NO_GUI=1) it prints the demo's score table instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
build=${ZIWB_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)"
demo="$build/demo/dinas-tenaga-kerja.ziwb"
if [ ! -f "$demo" ]; then
  mkdir -p "$(dirname "$demo")"
  "$build/src/cli/ziwb" demo "$demo"
fi
if [ -x "$build/src/gui/zi-workbench" ] && [ -n "${DISPLAY:-}" ] && [ -z "${ZIWB_NO_GUI:-}" ]; then
  exec "$build/src/gui/zi-workbench" "$demo"
fi
"$build/src/cli/ziwb" score "$demo"
