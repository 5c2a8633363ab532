#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the services window's screenshots (services-*-id.png) from the services GUI test at 1366x768,
# one run per picture: under GTK 3 a process reads the screen once. Usage: take-services.sh BUILD_DIR.
set -euo pipefail
build=${1:?usage: take-services.sh BUILD_DIR}
out=$(cd "$(dirname "$0")" && pwd)
test=$(find "$build" -path '*tests/gui/services_gui_test' -type f | head -n 1)
keys=$(mktemp -d)
trap 'rm -rf "$keys"' EXIT
for name in services-standards services-forums services-surveys; do
  ZIWB_SCREENSHOT_DIR=$out ZIWB_SCREENSHOT_ONLY=$name ZIWB_CONFIG_DIR=$keys ASAN_OPTIONS=detect_leaks=0 \
    NO_AT_BRIDGE=1 GDK_BACKEND=x11 xvfb-run -a -s "-screen 0 1366x768x24" "$test" --gtest_filter='*FromTheStandard*' \
    > /dev/null 2>&1
done
