# SPDX-License-Identifier: GPL-3.0-or-later
"""The leader's desk through the real `ziwb`: the leader's page as text and as a one-page PDF
(read back with pdftotext and pdfinfo), in Indonesian and English; what waits for the leader's own
signature; the sign-off shown in the workbook's Rekap and in the LHE; a register of 500 people still
gives one page."""
import os
import subprocess
import sys
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(__file__))
from test_documents import nip  # noqa: E402
from test_team_log import TeamTestCase  # noqa: E402
from ziwb_cli import run  # noqa: E402


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


class LeaderPage(TeamTestCase):
    def setUp(self):
        super().setUp()
        self.keys["pimpinan"] = self.team.key("pimpinan", passphrase="rahasia pimpinan")
        self.add("pimpinan", "pimpinan", "--position", "Kepala Dinas")
        self.team.run("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK Tim ZI", check=0)

    def test_the_page_says_what_waits_for_the_leader(self):
        text = self.team.run("pimpinan", "report", "leader", self.ws, check=0).stdout
        self.assertIn("Sahkan usulan", text)
        self.assertIn("Tandatangani: Komitmen Bersama, Pakta Integritas", text)
        self.assertIn("Yang belum menandatangani:", text)
        self.assertIn("Pakta Integritas: 0 dari 4 sudah menandatangani", text)  # everyone but the evaluator
        self.assertIn("Belum disahkan pimpinan", text)

        pdf = os.path.join(self.dir, "pimpinan.pdf")
        self.team.run("pimpinan", "report", "leader", self.ws, pdf, "--date", "2026-05-01", check=0)
        self.assertEqual(pdf_pages(pdf), 1)
        page = pdf_text(pdf)
        for expected in ("RINGKASAN UNTUK PIMPINAN", "Pimpinan Uji", "1. Nilai dan simpulan", "2. Yang masih kurang",
                         "3. Yang belum menandatangani", "4. Menunggu tanda tangan Anda",
                         "Batas waktu pengusulan: 2026-05-31 (30 hari lagi)", "Halaman 1 dari 1"):
            self.assertIn(expected, page)
        # The findings with the most points: the surveys (17.5 each) come first.
        self.assertIn("15 prasyarat belum dikonfirmasi terpenuhi", page)
        self.assertIn("B.I.a", page)
        self.assertIn("B.II.a", page)
        refused = self.team.run("pimpinan", "report", "leader", self.ws, pdf)
        self.assertEqual(refused.returncode, 2, "an existing file is not replaced without --overwrite")

        english = os.path.join(self.dir, "leader-en.pdf")
        run("report", "leader", self.ws, english, lang="en_US.UTF-8", check=0)
        self.assertIn("LEADER'S SUMMARY", pdf_text(english))
        self.assertIn("Waiting for your signature", pdf_text(english))

    def test_after_the_sign_off_the_workbook_and_the_lhe_say_so(self):
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        text = self.team.run("pimpinan", "report", "leader", self.ws, check=0).stdout
        self.assertNotIn("Sahkan usulan", text)
        self.assertIn("Disahkan oleh Pimpinan Uji", text)

        book = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, book, check=0)
        cells = [row[0] for row in openpyxl.load_workbook(book)["Rekap"].iter_rows(values_only=True) if row[0]]
        self.assertTrue(any(str(c).startswith("Usulan disahkan oleh Pimpinan Uji (Kepala Dinas)") for c in cells))

        self.team.run("evaluator", "answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "tpi", check=0)
        lhe = os.path.join(self.dir, "lhe.pdf")
        run("report", "lhe", self.ws, lhe, check=0)
        self.assertIn("Usulan disahkan oleh Pimpinan Uji", " ".join(pdf_text(lhe).split()))

        self.team.run("anggota1", "answer", self.ws, "A.I.1.ii.a", "Ya", check=0)
        text = self.team.run("pimpinan", "report", "leader", self.ws, check=0).stdout
        self.assertIn("Sahkan ulang: 1 kriteria berubah sejak pengesahan Anda", text)
        os.remove(book)
        run("export", self.ws, book, check=0)
        cells = [row[0] for row in openpyxl.load_workbook(book)["Rekap"].iter_rows(values_only=True) if row[0]]
        self.assertTrue(any("pimpinan perlu mengesahkan ulang" in str(c) for c in cells))

    def test_five_hundred_people_still_fit_one_page(self):
        rows = ["nip,nama,jabatan,email,peran"] + [f"{nip(i)},Pegawai Nomor {i},Staf,,anggota" for i in range(500)]
        path = os.path.join(self.dir, "500.csv")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(rows) + "\n")
        self.team.run("koordinator", "person", "import", self.ws, path, check=0)
        pdf = os.path.join(self.dir, "pimpinan.pdf")
        self.team.run("pimpinan", "report", "leader", self.ws, pdf, check=0)
        self.assertEqual(pdf_pages(pdf), 1)
        page = " ".join(pdf_text(pdf).split())
        self.assertIn("Pakta Integritas: 0 dari 504 sudah menandatangani", page)
        self.assertIn("dan 499 lagi", page)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
