#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: a Release build in ${ZIWB_DEB_BUILD:-build-deb}, then cpack -G DEB.
# Prints the path of the .deb on the last line.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${ZIWB_DEB_BUILD:-$repo/build-deb}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX=/usr \
  > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "${ZIWB_JOBS:-$(nproc)}" >&2
rm -f "$build"/zi-workbench_*.deb
(cd "$build" && cpack -G DEB > cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
ls "$build"/zi-workbench_*.deb
