#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the demo's evidence (templates/demo/bukti-dukung/): small one-page PDFs standing for the
documents a Dinas keeps, in folders by area as teams keep them on a shared drive, each file named
with the criterion code it backs (which is how `ziwb evidence import-folder` maps them). Run once;
the output is committed. Deterministic: the same bytes every run."""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "templates/demo/bukti-dukung"

DOCUMENTS = [
    ("1 Manajemen Perubahan/A.I.1.i.a SK Tim Kerja Pembangunan ZI 2026.pdf",
     ["KEPUTUSAN KEPALA DINAS TENAGA KERJA", "KABUPATEN BANYUMAS", "NOMOR 800/112/2026",
      "TENTANG", "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "MENUJU WILAYAH BEBAS DARI KORUPSI", "",
      "Menetapkan susunan Tim Kerja sebagaimana tercantum dalam Lampiran."]),
    ("1 Manajemen Perubahan/A.I.1.i.a Daftar hadir rapat pembentukan tim.pdf",
     ["DAFTAR HADIR", "Rapat Pembentukan Tim Kerja Zona Integritas", "Senin, 12 Januari 2026", "",
      "1. Kepala Dinas", "2. Sekretaris", "3. Kepala Bidang Penempatan", "4. Kepala Bidang Pelatihan"]),
    ("1 Manajemen Perubahan/A.I.1.ii.a Rencana Kerja Pembangunan ZI 2026.pdf",
     ["RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", "DINAS TENAGA KERJA KABUPATEN BANYUMAS", "TAHUN 2026", "",
      "Area I  Manajemen Perubahan", "Area II Penataan Tatalaksana", "Area VI Peningkatan Kualitas Pelayanan Publik"]),
    ("2 Penataan Tatalaksana/A.I.2.i.a Peta proses bisnis dan SOP.pdf",
     ["PETA PROSES BISNIS", "Layanan Kartu Pencari Kerja (AK/1)", "", "SOP Nomor 01/2026: Penerbitan AK/1",
      "SOP Nomor 02/2026: Pengaduan Masyarakat"]),
    ("1 Manajemen Perubahan/A.I.1.iv.d Pakta Integritas seluruh pegawai.pdf",
     ["PAKTA INTEGRITAS", "", "Saya yang bertanda tangan di bawah ini, Kepala Dinas Tenaga Kerja",
      "Kabupaten Banyumas, menyatakan berperan secara pro aktif dalam upaya",
      "pencegahan dan pemberantasan korupsi, kolusi dan nepotisme.", "", "Banyumas, 5 Januari 2026"]),
]


def pdf(lines):
    """A one-page A4 PDF showing the lines in Helvetica, with a correct cross-reference table."""
    text = ["BT", "/F1 13 Tf", "72 760 Td", "18 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({escaped}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main():
    for relative, lines in DOCUMENTS:
        path = ROOT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf(lines))
    print(f"{len(DOCUMENTS)} documents written to {ROOT}", file=sys.stderr)


if __name__ == "__main__":
    main()
