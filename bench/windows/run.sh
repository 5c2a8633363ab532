#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows installer figures under Wine beside Linux: installer size, silent install time, and launch
# to window of zi-workbench.exe under Wine against the Linux zi-workbench, on the same demo workspace.
# Usage: bench/windows/run.sh [LINUX_RELEASE_BUILD] [RUNS]
#   needs build-windows/ from installer/windows/build.sh; LINUX_RELEASE_BUILD defaults to build-deb
#   (installer/debian/build.sh makes it).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
exec /usr/bin/python3 "$repo/bench/windows/bench_windows.py" "${1:-$repo/build-deb}" "${2:-5}"
