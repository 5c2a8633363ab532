#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 17's benchmark of the agency hub against a real PostgreSQL 15 server started here on
# loopback (as tests/hub/hub_cluster.py starts one): 1,000 units each with a year of a full LKE
# (about a million signed entries) loaded through the server's checks, 50 clients syncing edits at
# once (p95 target 200 ms), and the recap of every unit (target 1 s) beside `ziwb recap DIR` over
# .ziwb files. Prints markdown tables.
# Usage: bench/hub/run.sh [BUILD_DIR [UNITS [ENTRIES [CLIENTS [ROUNDS [PACE_MS]]]]]]   (default: build-release in the
# source tree, configured and built here as a Release build of the core, the module and this benchmark)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
  > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target bench_hub ziwb_hub > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-hub.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
ZIWB_HUB_MODULE="$(realpath "$build")/src/hub_server/ziwb_hub.so" BENCH="$(realpath "$build")/bench/hub/bench_hub" \
SOURCE_DIR="$source_dir" WORK="$work" UNITS="${2:-1000}" ENTRIES="${3:-1000}" CLIENTS="${4:-50}" ROUNDS="${5:-10}" PACE="${6:-2000}" \
python3 - <<'PY'
import os, subprocess, sys
sys.path.insert(0, os.path.join(os.environ.get("SOURCE_DIR", "."), "tests", "hub"))
from hub_cluster import Cluster
cluster = Cluster()
try:
    database = cluster.create_database("bench_hub")
    # The server as an agency would tune it for this machine's memory; fsync stays off as in the tests.
    cluster.psql("postgres", "ALTER SYSTEM SET shared_buffers = '1GB'")
    cluster.psql("postgres", "ALTER SYSTEM SET max_wal_size = '4GB'")
    cluster.restart()
    work = os.environ["WORK"]
    result = subprocess.run([os.environ["BENCH"], work, cluster.admin_address(database),
                             cluster.person_address(database, "bench_team"), "sandi-benchmark",
                             os.environ["UNITS"], os.environ["ENTRIES"], os.environ["CLIENTS"], os.environ["ROUNDS"],
                             cluster.module, os.environ["PACE"]],
                            env=dict(os.environ, PGPASSWORD="sandi-benchmark"))
    sys.exit(result.returncode)
finally:
    cluster.close()
PY
