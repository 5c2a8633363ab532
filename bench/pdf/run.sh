#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF layer's benchmark: N one-page letters (kop surat with logo, key/value rows, a numbered
# list, signature block, footer), each its own PDF file written through src/core/pdf, against the
# issue's target of well under 3 s for 500. Beside it, when LibreOffice Writer is installed, the
# alternative the issue names: `soffice --headless --convert-to pdf` over small .odt letters made
# here. LibreOffice is slow, so only LO_COUNT of them are converted (in one soffice run, start-up
# included) and the time is extrapolated to N, as the table says.
# Usage: bench/pdf/run.sh [BUILD_DIR [N [LO_COUNT]]]   (default: build-release in the source tree,
# configured and built here as a Release build of the core and this benchmark only)
set -euo pipefail
source_dir=$(realpath "$(dirname "$0")/../..")
build=${1:-$source_dir/build-release}
count=${2:-500}
lo_count=${3:-50}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_GUI=OFF \
    > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" -j "${ZIWB_BUILD_JOBS:-2}" --target bench_pdf ziwb > /dev/null
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ziwb-bench-pdf.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ours" "$work/odt" "$work/lo" "$work/profile" "$work/pakta"

echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
read -r ours_count ours_seconds < <("$(realpath "$build")/bench/pdf/bench_pdf" "$work/ours" "$count")
ours_bytes=$(du -cb "$work"/ours/*.pdf | tail -1 | cut -f1)
ours_pages=$(pdfinfo "$work/ours/surat-1.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

printf '\n%-44s %8s %10s %12s %10s\n' "method" "letters" "seconds" "per letter" "for $count"
printf '%-44s %8d %10.3f %9.2f ms %9.2f s\n' "ZI Workbench PDF layer (libharu)" "$ours_count" "$ours_seconds" \
  "$(echo "$ours_seconds * 1000 / $ours_count" | bc -l)" "$ours_seconds"

# The product itself: `ziwb document make WS pakta-integritas OUT --all` over a workspace whose team
# register holds N people, with a letterhead and logo: one Pakta Integritas PDF per person, from the
# template in templates/documents/, start-up and workspace included.
ziwb_bin="$(realpath "$build")/src/cli/ziwb"
python3 - "$work/team.csv" "$count" <<'PY'
import datetime, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("nip,nama,jabatan,email,peran\n")
    for i in range(int(sys.argv[2])):
        born = datetime.date(1975, 1, 1) + datetime.timedelta(days=i)
        out.write(f"{born:%Y%m%d}{born.year + 25}{born.month:02d}1{i % 999 + 1:03d},"
                  f"\"Rr. Pegawai Nomor {i} Kusumawardhani, S.E., M.M.\",Kepala Sub Bagian Umum dan Kepegawaian,,anggota\n")
PY
LANG=id_ID.UTF-8 "$ziwb_bin" init "$work/dinas.ziwb" --form lke-permenpanrb-90-2021 --unit "Dinas Tenaga Kerja" \
  --agency "Pemerintah Kabupaten Banyumas" --year 2026 > /dev/null
"$ziwb_bin" person import "$work/dinas.ziwb" "$work/team.csv" > /dev/null
"$ziwb_bin" document letterhead "$work/dinas.ziwb" --line "PEMERINTAH KABUPATEN BANYUMAS" --line "DINAS TENAGA KERJA" \
  --line "Jalan Jenderal Soedirman No. 12, Purwokerto 53116" --logo "$source_dir/tests/data/pdf/logo.png" > /dev/null
start=$(date +%s.%N)
"$ziwb_bin" document make "$work/dinas.ziwb" pakta-integritas "$work/pakta" --all --place Purwokerto \
  --date 2026-01-06 > /dev/null
pakta_seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
pakta_count=$(find "$work/pakta" -name '*.pdf' | wc -l)
pakta_bytes=$(du -cb "$work"/pakta/*.pdf | tail -1 | cut -f1)
printf '%-44s %8d %10.3f %9.2f ms %9.2f s\n' "ziwb document make pakta-integritas --all" "$pakta_count" \
  "$pakta_seconds" "$(echo "$pakta_seconds * 1000 / $pakta_count" | bc -l)" \
  "$(echo "$pakta_seconds * $count / $pakta_count" | bc -l)"

# LibreOffice needs Writer (libreoffice-writer-nogui) to read .odt; Calc alone cannot.
if command -v soffice > /dev/null && ls /usr/lib/libreoffice/program/libswlo.so > /dev/null 2>&1; then
  python3 - "$work/odt" "$lo_count" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
folder, count = sys.argv[1], int(sys.argv[2])
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
lines = ["PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA", "Jalan Jenderal Soedirman No. 12, Purwokerto 53116",
         "PAKTA INTEGRITAS", "Saya yang bertanda tangan di bawah ini:", "Nama : Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.",
         "Jabatan : Kepala Sub Bagian Umum dan Kepegawaian", "Unit kerja : Dinas Tenaga Kerja — Ruang Rapat Lt. 2"]
lines += ["%d. Berperan secara pro aktif dalam upaya pencegahan dan pemberantasan Korupsi, Kolusi dan Nepotisme "
          "serta tidak melibatkan diri dalam perbuatan tercela;" % i for i in range(1, 8)]
lines += ["Purwokerto, 6 Januari 2026", "Kepala Sub Bagian Umum dan Kepegawaian,", "", "", "Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.",
          "NIP. 19810314 200604 2 011"]
for n in range(1, count + 1):
    body = "".join("<text:p>%s</text:p>" % escape(line) for line in lines + ["PI/DISNAKER/2026/%d" % n])
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>'
               + body + '</office:text></office:body></office:document-content>')
    with zipfile.ZipFile("%s/surat-%d.odt" % (folder, n), "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # stored, first
        odt.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        odt.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
PY
  start=$(date +%s.%N)
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/lo" "$work"/odt/*.odt \
    > "$work/lo.log" 2>&1 || true
  lo_seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
  lo_done=$(find "$work/lo" -name '*.pdf' | wc -l)
  if [ "$lo_done" -gt 0 ]; then
    printf '%-44s %8d %10.3f %9.2f ms %9.2f s (extrapolated)\n' "LibreOffice headless .odt -> PDF (one run)" "$lo_done" \
      "$lo_seconds" "$(echo "$lo_seconds * 1000 / $lo_done" | bc -l)" "$(echo "$lo_seconds * $count / $lo_done" | bc -l)"
  else
    echo "LibreOffice: no PDF written ($(head -c 300 "$work/lo.log"))"
  fi
else
  echo "LibreOffice: not measured (needs soffice with Writer: apt-get install libreoffice-writer-nogui)"
fi
printf '\nour letters: %s page(s) each, %d bytes on average (fonts subset and embedded, logo once per file)\n' \
  "$ours_pages" "$((ours_bytes / ours_count))"
printf 'Pakta Integritas from the template: %d bytes on average\n' "$((pakta_bytes / pakta_count))"
