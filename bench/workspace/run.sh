#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 9's benchmark of the whole-copy guarantee: 1,000 answers, one transaction each, with the
# persistent rollback journal (every commit in the main file) against wave 1's WAL, in one run.
# Usage: bench/workspace/run.sh BUILD_DIR [ANSWERS]   (a Release build)
set -euo pipefail
build=$(realpath "${1:?usage: bench/workspace/run.sh BUILD_DIR [ANSWERS]}")
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-journal.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bench/workspace/bench_journal" "$work" "${2:-1000}"
