#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Windows programs and installer (installer/windows/build.sh, dependencies cached), checks
# that they link and bundle only what installer/dependencies names, and tests the installer under
# Wine. Usage: tests/windows/run.sh LINUX_BUILD_DIR (its ziwb gives the results to compare with).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
linux_build=$(cd "${1:?usage: tests/windows/run.sh LINUX_BUILD_DIR}" && pwd)
out=${ZIWB_WIN_BUILD:-$repo/build-windows}
check="$repo/tests/licence/check_linked_dependencies.py"
list="$repo/installer/dependencies"

started=$SECONDS
bash "$repo/installer/windows/build.sh"
echo "Windows build: $((SECONDS - started)) s"
python3 "$check" "$list" --link-command "$out/src/cli/CMakeFiles/ziwb.dir/link.txt" \
  "$out/src/gui/CMakeFiles/zi-workbench.dir/link.txt"
python3 "$check" "$list" --pe "$out"/stage/bin/*.exe
python3 "$check" "$list" --bundled "$out/stage"
setup=$(ls "$out"/zi-workbench-*-setup.exe)
size=$(stat -c %s "$setup")
[ "$size" -lt $((25 * 1024 * 1024)) ] || { echo "FAIL: the installer is $size bytes, over 25 MB" >&2; exit 1; }
ZIWB="$linux_build/src/cli/ziwb" ZIWB_SOURCE_DIR="$repo" ZIWB_WINDOWS_SETUP="$setup" \
  ZIWB_WINDOWS_SCREENSHOT="$out/workbench-wine.png" python3 "$repo/tests/windows/test_windows_installer.py"
