#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 4's benchmark: `ziwb export` of the complete LKE with 3,000 evidence rows as a whole process,
# against openpyxl (the
# library the web-based peers use) writing the same workbook. Usage: bench/export/run.sh BUILD_DIR
# (a Release build). Peak memory from /usr/bin/time -v.
set -euo pipefail
build=$(realpath "${1:?usage: bench/export/run.sh BUILD_DIR}")
here=$(realpath "$(dirname "$0")")
source_dir=$(realpath "$here/../..")
work=$(mktemp -d /tmp/ziwb-bench-export.XXXXXX)
trap 'rm -rf "$work"' EXIT
ziwb="$build/src/cli/ziwb"

"$ziwb" init "$work/ws.ziwb" --form lke-permenpanrb-90-2021 --unit "Puskesmas Contoh" --agency "Kota Contoh" --year 2022 >/dev/null
"$ziwb" score "$work/ws.ziwb" --json | /usr/bin/python3 -c "import json,sys; print(json.dumps([c for c, n in json.load(sys.stdin)['nodes'].items() if n['kind'] == 'criterion']))" > "$work/codes.json"
"$ziwb" import-answers "$work/ws.ziwb" "$source_dir/tests/data/real-unit-answers.csv" >/dev/null
"$ziwb" import-answers "$work/ws.ziwb" "$source_dir/tests/data/real-unit-answers.csv" --layer tpi >/dev/null
# 3,000 evidence rows: small files spread over the criteria, named by code as teams keep them.
/usr/bin/python3 - "$work/bukti" <<'PY'
import os, sys, json
codes = [c for c in json.load(open(sys.argv[1].rsplit("/", 1)[0] + "/codes.json"))]
for i in range(3000):
    folder = os.path.join(sys.argv[1], codes[i % len(codes)])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"bukti-{i:04d}.pdf"), "wb") as out:
        out.write(b"%PDF-1.4 bukti " + str(i).encode() * 20)
PY
"$ziwb" evidence import-folder "$work/ws.ziwb" "$work/bukti" >/dev/null

hyperfine --warmup 3 --runs 30 -N --export-json "$work/export.json" "$ziwb export $work/ws.ziwb $work/out.xlsx" >/dev/null 2>&1
/usr/bin/time -v "$ziwb" export "$work/ws.ziwb" "$work/out.xlsx" 2> "$work/time.txt" >/dev/null
ziwb_rss=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")

openpyxl_seconds=()
for run in 1 2 3 4 5; do
  openpyxl_seconds+=("$(/usr/bin/python3 "$here/openpyxl_same_workbook.py" "$work/out.xlsx" "$work/openpyxl.xlsx" | tr ' ' ',')")
done
/usr/bin/time -v /usr/bin/python3 "$here/openpyxl_same_workbook.py" "$work/out.xlsx" "$work/openpyxl.xlsx" \
  2> "$work/time-py.txt" >/dev/null
py_rss=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$work/time-py.txt")
cells=$(/usr/bin/python3 -c "import openpyxl,sys; b=openpyxl.load_workbook(sys.argv[1]); print(sum(1 for s in b for r in s.iter_rows() for c in r if c.value is not None))" "$work/out.xlsx")

/usr/bin/python3 - "$work/export.json" "$ziwb_rss" "$py_rss" "$cells" "${openpyxl_seconds[@]}" <<'PY'
import json, statistics, sys
result = json.load(open(sys.argv[1]))["results"][0]
ziwb_ms = result["mean"] * 1000
ziwb_rss, py_rss, cells = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
runs = [tuple(map(float, s.split(","))) for s in sys.argv[5:]]
py_ms = statistics.mean(w for w, _ in runs) * 1000
py_import_ms = statistics.mean(w + i for w, i in runs) * 1000
print(f"complete LKE, unit + TPI layers, 3,000 evidence rows, {cells} filled cells")
print(f"{'what':44} {'time':>16} {'peak memory':>12} {'ratio':>8}")
print(f"{'ziwb export (whole process)':44} {ziwb_ms:13.1f} ms {ziwb_rss / 1024:9.1f} MB {'1x':>8}")
print(f"{'openpyxl writing the same (writing only)':44} {py_ms:13.1f} ms {py_rss / 1024:9.1f} MB {py_ms / ziwb_ms:7.1f}x")
print(f"{'openpyxl: import + writing':44} {py_import_ms:13.1f} ms {'':>12} {py_import_ms / ziwb_ms:7.1f}x")
print("target: ziwb under 150 ms and at least 20x faster than openpyxl")
PY
