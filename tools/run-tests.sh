#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything with AddressSanitizer and UndefinedBehaviorSanitizer,
# and runs every test (unit, command line, LibreOffice comparison, GUI under Xvfb), then the fuzz
# targets for a bounded time (tests/fuzz/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
build=${ZIWB_TEST_BUILD_DIR:-build-asan}
# Worktrees and clean clones share one compiler cache: paths below / are hashed relative to it.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZIWB_SANITIZE=ON -DBUILD_TESTING=ON > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$build" && ctest --output-on-failure -j "$(nproc)" --timeout 1800)
# The fuzz targets (libFuzzer, clang) over the form loader, the formula parser, the CSV reader,
# the workspace opener and the log entry decoder, about a minute each; a crash, a sanitizer report
# or a hang fails the run.
bash tests/fuzz/run.sh

# The installers, tested as installed: the Windows build and its installer under Wine
# (tests/windows/), and the Debian package in a clean Debian 12 root (tests/package/). CI (CI=true)
# runs both. A developer asks for them with ZIWB_WINDOWS_TESTS=1 and ZIWB_PACKAGE_TESTS=1: from cold
# caches the Windows libraries take about 20 minutes (then cached in ~/.cache/ziwb-windows) and the
# package's Release build about 8 (then in the compiler cache).
if [ "${ZIWB_WINDOWS_TESTS:-}" = "1" ] || [ "${CI:-}" = "true" ]; then
  bash tests/windows/run.sh "$build"
fi
if [ "${ZIWB_PACKAGE_TESTS:-}" = "1" ] || [ "${CI:-}" = "true" ]; then
  bash tests/package/test_debian_package.sh
fi
