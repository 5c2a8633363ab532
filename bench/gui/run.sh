#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Workbench speed against LibreOffice Calc opening the filled LKE workbook, in the same run.
# Usage: bench/gui/run.sh BUILD_DIR [RUNS]   (a Release build: tools/run-demo.sh makes one in build/)
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/bench_gui.py" "$@"
