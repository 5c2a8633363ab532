#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 2's benchmark: scoring in memory, `ziwb score --json` as a whole process, and what users
# wait for today for the same number: LibreOffice headless recalculating the filled LKE workbook.
# Usage: bench/core/run.sh BUILD_DIR   (a Release build with bench_scoring)
set -euo pipefail
build=$(realpath "${1:?usage: bench/core/run.sh BUILD_DIR}")
source_dir=$(realpath "$(dirname "$0")/../..")
work=$(mktemp -d /tmp/ziwb-bench-core.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$build/bench/bench_scoring" --benchmark_format=json --benchmark_min_time=1 > "$work/scoring.json" 2>/dev/null
"$build/src/cli/ziwb" demo "$work/demo.ziwb" > /dev/null
hyperfine --warmup 5 --runs 50 --export-json "$work/score.json" -N \
  "$build/src/cli/ziwb score $work/demo.ziwb --json" > /dev/null 2>&1

# LibreOffice: a private profile that recalculates xlsx on load, converting the filled workbook.
profile="$work/lo-profile"
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
cp "$source_dir/tests/data/reference/lke-90-2021-filled-example.xlsx" "$work/lke.xlsx"
# The first start creates the profile; time the warm runs, as a user's second start would be.
soffice -env:UserInstallation="file://$profile" --headless --convert-to csv --outdir "$work/out" "$work/lke.xlsx" > /dev/null 2>&1
hyperfine --warmup 1 --runs 5 --export-json "$work/lo.json" \
  "soffice -env:UserInstallation=file://$profile --headless --convert-to csv --outdir $work/out $work/lke.xlsx" \
  > /dev/null 2>&1

/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
scoring = {b["name"]: b for b in json.load(open(f"{work}/scoring.json"))["benchmarks"]}
score_us = scoring["ScoreFullLke"]["real_time"]
load_us = scoring["LoadForm"]["real_time"]
proc = json.load(open(f"{work}/score.json"))["results"][0]
lo = json.load(open(f"{work}/lo.json"))["results"][0]
proc_ms, lo_ms = proc["mean"] * 1000, lo["mean"] * 1000
rows = [
    ("Score the full LKE in memory", f"{score_us:.1f} us", "< 50 us", f"{lo_ms * 1000 / score_us:,.0f}x"),
    ("Load and check the form XML", f"{load_us:.0f} us", "-", "-"),
    ("`ziwb score WS --json` (process)", f"{proc_ms:.1f} ms (sd {proc['stddev'] * 1000:.1f})", "< 30 ms", f"{lo_ms / proc_ms:,.0f}x"),
    ("LibreOffice recalculating the LKE", f"{lo_ms:.0f} ms (sd {lo['stddev'] * 1000:.0f})", "(today)", "1x"),
]
print(f"{'what':38} {'measured':24} {'target':9} {'faster than LibreOffice'}")
for row in rows:
    print(f"{row[0]:38} {row[1]:24} {row[2]:9} {row[3]}")
PY
