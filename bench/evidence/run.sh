#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 3's benchmark: bulk import of FILES files totalling TOTAL_MB (default 2,000 files, 2 GB,
# generated here) with `ziwb evidence import-folder`, against `sha256sum` plus `cp` of the same
# files in the same run; then `ziwb evidence verify`. Prints throughput against SHA-256's own
# speed on this CPU (openssl speed) and peak memory (/usr/bin/time -v).
# Usage: bench/evidence/run.sh BUILD_DIR [FILES] [TOTAL_MB]   (a Release build)
set -euo pipefail
build=$(realpath "${1:?usage: bench/evidence/run.sh BUILD_DIR [FILES] [TOTAL_MB]}")
files=${2:-2000}
total_mb=${3:-2048}
ziwb="$build/src/cli/ziwb"
work=$(mktemp -d /tmp/ziwb-bench-evidence.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Files of varied sizes (scans, photos, a few large videos) adding up to the total, in folders
# named by criterion as teams keep them.
/usr/bin/python3 - "$work/bukti" "$files" "$total_mb" <<'PY'
import os, random, sys
root, count, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) << 20
rng = random.Random(1)
weights = [rng.paretovariate(1.2) for _ in range(count)]
scale = total / sum(weights)
codes = ["A.I.1.i.a", "A.I.2.ii.b", "A.I.3.iv.c", "A.I.5.iii.a", "A.I.6.ii.f", "A.II.4.i.a", "A.II.6.i.b", "B.I.a"]
block = os.urandom(1 << 22)
written = 0
for i in range(count):
    size = max(1, int(weights[i] * scale)) if i < count - 1 else max(1, total - written)
    folder = os.path.join(root, codes[i % len(codes)] + " bukti")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"scan-{i:04d}.pdf"), "wb") as out:
        remaining = size
        while remaining > 0:
            piece = block[(i * 7919) % 4096:][:remaining]
            out.write(piece)
            remaining -= len(piece)
    written += size
PY
bytes=$(du -sb "$work/bukti" | cut -f1)
sync

"$ziwb" init "$work/ws.ziwb" --form lke-permenpanrb-90-2021 --unit "Bench" --agency "Bench" --year 2026 >/dev/null
start=$(date +%s.%N)
find "$work/bukti" -type f -print0 | xargs -0 sha256sum > "$work/sums.txt"
mkdir -p "$work/copy" && cp -r "$work/bukti/." "$work/copy/" && sync
baseline=$(echo "$(date +%s.%N) - $start" | bc)
rm -rf "$work/copy"

start=$(date +%s.%N)
/usr/bin/time -v "$ziwb" evidence import-folder "$work/ws.ziwb" "$work/bukti" > /dev/null 2> "$work/import-time.txt"
sync
import=$(echo "$(date +%s.%N) - $start" | bc)
import_rss=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$work/import-time.txt")

start=$(date +%s.%N)
/usr/bin/time -v "$ziwb" evidence verify "$work/ws.ziwb" > /dev/null 2> "$work/verify-time.txt"
verify=$(echo "$(date +%s.%N) - $start" | bc)
verify_rss=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$work/verify-time.txt")

sha_speed=$(openssl speed -bytes 1048576 -seconds 2 -evp sha256 2>/dev/null | awk '/^sha256/ {print $2}' | tr -d 'k')
/usr/bin/python3 - "$bytes" "$baseline" "$import" "$verify" "$import_rss" "$verify_rss" "$sha_speed" "$files" <<'PY'
import sys
size, baseline, imported, verified = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
import_rss, verify_rss, files = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[8])
sha = float(sys.argv[7]) * 1000 / 1e9 if sys.argv[7] else float("nan")  # openssl prints kB/s
gb = size / 1e9
print(f"{files} files, {gb:.2f} GB; SHA-256 alone on this CPU (openssl speed): {sha:.2f} GB/s")
print(f"{'what':34} {'time':>9} {'GB/s':>7} {'of SHA-256':>11} {'peak memory':>12} {'vs sha256sum+cp':>16}")
print(f"{'sha256sum + cp (today)':34} {baseline:8.1f}s {gb / baseline:7.2f} {'':>11} {'':>12} {'1.00x':>16}")
print(f"{'ziwb evidence import-folder':34} {imported:8.1f}s {gb / imported:7.2f} {gb / imported / sha:10.0%} "
      f"{import_rss / 1024:9.1f} MB {imported / baseline:15.2f}x")
print(f"{'ziwb evidence verify':34} {verified:8.1f}s {gb / verified:7.2f} {gb / verified / sha:10.0%} "
      f"{verify_rss / 1024:9.1f} MB {'':>16}")
print("targets: import at most 1.1x sha256sum + cp (issue 9: each byte written once); peak memory under 64 MB")
PY
