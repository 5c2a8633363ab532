# SPDX-License-Identifier: GPL-3.0-or-later
"""The unit's documents from the command line (issue 12): templates made into PDFs read back with
poppler (pdftotext, pdffonts, pdfinfo), the letterhead, one Pakta Integritas for each of 500 people,
signed scans matched by the NIP in their names and filed as evidence, who has signed, and files
from strangers (bad templates, hostile names, damaged text in the register)."""
import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(__file__))
from test_team_log import NIPS, TeamTestCase  # noqa: E402
from ziwb_cli import SOURCE, WorkspaceTestCase, run  # noqa: E402

LOGO = os.path.join(SOURCE, "tests", "data", "pdf", "logo.png")
HEAD = "198103142006042011"
STAFF = "199001012015032001"
SECRETARY = "198505152010011002"
TEAM_CSV = f"""nip,nama,jabatan,email,peran
{HEAD},"Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.",Kepala Dinas,,pimpinan
{SECRETARY},Budi Santoso,Sekretaris Dinas,,koordinator
{STAFF},Siti Aminah,Analis Kepegawaian,,anggota
"""


def pdftotext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def nip(i):
    """The i-th of many valid NIPs: birth day, month of appointment 25 years later, gender, sequence."""
    born = datetime.date(1975, 1, 1) + datetime.timedelta(days=i)
    return f"{born:%Y%m%d}{born.year + 25}{born.month:02d}1{i % 999 + 1:03d}"


class DocumentsTestCase(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        run("person", "import", self.ws, self.write("team.csv", TEAM_CSV), check=0)
        self.out = os.path.join(self.dir, "out")

    def status(self, template="pakta-integritas"):
        rows = json.loads(run("document", "status", self.ws, "--json", "--template", template, check=0).stdout)
        return {row["nip"]: row for row in rows}

    def scans(self, name, files):
        folder = os.path.join(self.dir, name)
        os.makedirs(folder, exist_ok=True)
        for file_name, content in files.items():
            with open(os.path.join(folder, file_name), "wb") as out:
                out.write(content)
        return folder

    def one_line_error(self, result):
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertNotIn("internal", lines[0].lower())
        return lines[0]


class Templates(DocumentsTestCase):
    def test_the_templates_are_listed(self):
        listed = {t["id"]: t for t in json.loads(run("document", "templates", "--json", check=0).stdout)}
        self.assertEqual(set(listed), {"pakta-integritas", "komitmen-bersama", "sptjm", "surat-pengajuan-evaluasi",
                                       "fkp-undangan", "fkp-daftar-hadir", "fkp-berita-acara", "standar-pelayanan",
                                       "maklumat-pelayanan", "laporan-hasil-evaluasi"})
        self.assertEqual(listed["laporan-hasil-evaluasi"]["for"], "evaluation")
        self.assertEqual(listed["pakta-integritas"]["for"], "person")
        self.assertEqual(listed["komitmen-bersama"]["for"], "unit")
        self.assertEqual(listed["fkp-berita-acara"]["for"], "fkp")
        self.assertEqual(listed["standar-pelayanan"]["for"], "service")
        self.assertEqual(listed["maklumat-pelayanan"]["for"], "unit")
        listing = run("document", "templates", check=0).stdout
        self.assertIn("Pakta Integritas", listing)
        self.assertIn("Berita Acara Forum Konsultasi Publik (satu untuk setiap forum konsultasi publik)", listing)

    def test_the_forum_and_service_documents_point_to_their_reports(self):
        for template, command in (("fkp-undangan", "ziwb fkp report"), ("standar-pelayanan", "ziwb service report"),
                                  ("maklumat-pelayanan", "ziwb service report"),
                                  ("laporan-hasil-evaluasi", "ziwb report lhe")):
            line = self.one_line_error(run("document", "make", self.ws, template, self.out, "--place", "Purwokerto"))
            self.assertIn(command, line)
        self.assertFalse(os.path.exists(self.out))

    def test_an_unknown_field_is_refused_with_file_and_line(self):
        template = self.write("rusak.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                              '<document-template id="rusak" format="1" for="person" code-prefix="R">\n'
                              '  <name>Rusak</name>\n'
                              '  <paragraph>Nama: {person.nama}</paragraph>\n'
                              '</document-template>\n')
        line = self.one_line_error(run("document", "make", self.ws, template, self.out, "--all"))
        self.assertIn("rusak.xml:4:", line)
        self.assertIn("{person.nama}", line)
        self.assertFalse(os.path.exists(self.out))

    def test_a_bad_element_is_refused_with_file_and_line(self):
        template = self.write("rusak.xml", '<document-template id="rusak" format="1" for="person" code-prefix="R">\n'
                              '  <name>Rusak</name>\n\n'
                              '  <paragraph>Baik</paragraph>\n'
                              '  <script>alert(1)</script>\n'
                              '</document-template>\n')
        line = self.one_line_error(run("document", "make", self.ws, template, self.out, "--all", lang="C"))
        self.assertIn("rusak.xml:5:", line)
        self.assertIn("<script>", line)

    def test_an_evaluation_block_outside_an_evaluation_report_is_refused(self):
        template = self.write("rusak.xml", '<document-template id="rusak" format="1" for="person" code-prefix="R">\n'
                              '  <name>Rusak</name>\n'
                              '  <scores/>\n'
                              '</document-template>\n')
        line = self.one_line_error(run("document", "make", self.ws, template, self.out, "--all", lang="C"))
        self.assertIn("rusak.xml:3:", line)
        self.assertIn('for="evaluation"', line)
        field = self.write("field.xml", '<document-template id="f" format="1" for="unit" code-prefix="F">\n'
                           '  <name>F</name>\n  <paragraph>{evaluation.layer}</paragraph>\n</document-template>\n')
        line = self.one_line_error(run("document", "make", self.ws, field, self.out, lang="C"))
        self.assertIn("field.xml:3:", line)
        self.assertIn("{evaluation.layer}", line)
        self.assertFalse(os.path.exists(self.out))

    def test_broken_xml_is_refused_with_its_line(self):
        template = self.write("rusak.xml", '<document-template id="rusak" format="1" for="person" code-prefix="R">\n'
                              '  <name>Rusak</name>\n  <paragraph>tanpa penutup\n</document-template>\n')
        line = self.one_line_error(run("document", "make", self.ws, template, self.out, "--all"))
        self.assertRegex(line, r"rusak\.xml:[34]:")

    def test_an_unknown_template_names_the_known_ones(self):
        line = self.one_line_error(run("document", "make", self.ws, "pakta", self.out, "--all"))
        self.assertIn("pakta-integritas", line)


class Making(DocumentsTestCase):
    def test_a_pakta_integritas_with_letterhead_reads_back(self):
        run("document", "letterhead", self.ws, "--line", "PEMERINTAH KABUPATEN BANYUMAS", "--line",
            "DINAS TENAGA KERJA", "--line", "Jalan Jenderal Soedirman No. 12, Purwokerto 53116", "--logo", LOGO, check=0)
        made = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", HEAD, "--place",
                   "Purwokerto", "--date", "2026-01-06", check=0).stdout
        path = os.path.join(self.out, f"pakta-integritas-{HEAD}.pdf")
        text = pdftotext(path)
        for expected in ["PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA", "PAKTA INTEGRITAS",
                         "Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.", "NIP. 19810314 200604 2 011",
                         "Kepala Dinas", "Dinas Uji", "Kabupaten Uji", "Purwokerto, 6 Januari 2026", "Halaman 1 dari 1"]:
            self.assertIn(expected, text)
        code = made.split("(")[-1].split(")")[0]
        self.assertRegex(code, r"^PI-[0-9A-F]{4}-[0-9A-F]{4}$")
        self.assertIn(code, text)
        fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
        embedded = [line.split()[-5] for line in fonts.splitlines()[2:]]
        self.assertTrue(embedded and all(flag == "yes" for flag in embedded), fonts)
        images = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True, check=True).stdout
        self.assertEqual(len(images.strip().splitlines()) - 2, 1, images)  # the logo

    def test_the_qr_code_reads_back_with_the_code_the_page_prints(self):
        made = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", HEAD, "--date",
                   "2026-01-06", check=0).stdout
        code = made.split("(")[-1].split(")")[0]
        path = os.path.join(self.out, f"pakta-integritas-{HEAD}.pdf")
        png = os.path.join(self.dir, "page")
        subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", path, png], check=True, capture_output=True)
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", png + ".png"], capture_output=True, check=True)
        text = decoded.stdout.decode("utf-8")
        self.assertEqual(text.splitlines()[0], "ZI Workbench " + code)
        self.assertIn("Pakta Integritas", text)
        self.assertIn("Dinas Uji", text)
        self.assertIn("NIP " + HEAD, text)
        self.assertIn("2026-01-06", text)
        # A unit document names no person in its code.
        run("document", "make", self.ws, "komitmen-bersama", self.out, "--all", check=0)
        unit = os.path.join(self.out, "komitmen-bersama.pdf")
        subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-singlefile", unit, png], check=True,
                       capture_output=True)
        text = subprocess.run(["zbarimg", "--quiet", "--raw", png + ".png"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        self.assertTrue(text.startswith("ZI Workbench KB-"), text)
        self.assertNotIn("NIP", text)

    def test_the_logo_travels_in_an_exchange_file(self):
        copy = os.path.join(self.dir, "salinan.ziwb")
        shutil.copyfile(self.ws, copy)
        mark = run("exchange", "mark", copy, check=0).stdout.strip()
        run("document", "letterhead", self.ws, "--line", "DINAS UJI", "--logo", LOGO, check=0)
        changes = os.path.join(self.dir, "changes.ziwbx")
        run("exchange", "export", self.ws, changes, "--since", mark, check=0)
        run("exchange", "import", copy, changes, check=0)
        shown = run("document", "letterhead", copy, check=0).stdout
        self.assertIn("DINAS UJI", shown)
        self.assertIn(f"({os.path.getsize(LOGO)} ", shown)

    def test_a_damaged_logo_is_refused_and_nothing_changes(self):
        damaged = os.path.join(self.dir, "logo.png")
        with open(LOGO, "rb") as logo, open(damaged, "wb") as out:
            out.write(logo.read()[:60])
        line = self.one_line_error(run("document", "letterhead", self.ws, "--line", "DINAS UJI", "--logo", damaged))
        self.assertIn("logo.png", line)
        self.assertIn("kop surat", run("document", "letterhead", self.ws, check=0).stdout.lower())

    def test_the_code_changes_with_the_workspace_and_not_otherwise(self):
        first = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", STAFF, check=0).stdout
        again = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", STAFF, "--overwrite",
                    check=0).stdout
        self.assertEqual(first.split("(")[-1], again.split("(")[-1])
        run("document", "letterhead", self.ws, "--line", "DINAS UJI", check=0)
        changed = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", STAFF, "--overwrite",
                      check=0).stdout
        self.assertNotEqual(first.split("(")[-1], changed.split("(")[-1])

    def test_an_existing_file_is_kept_and_nothing_is_written(self):
        run("document", "make", self.ws, "pakta-integritas", self.out, "--person", STAFF, check=0)
        os.remove(os.path.join(self.out, f"pakta-integritas-{STAFF}.pdf"))
        run("document", "make", self.ws, "pakta-integritas", self.out, "--person", HEAD, check=0)
        line = self.one_line_error(run("document", "make", self.ws, "pakta-integritas", self.out, "--all"))
        self.assertIn("--overwrite", line)
        self.assertEqual(os.listdir(self.out), [f"pakta-integritas-{HEAD}.pdf"])

    def test_every_unit_document_names_the_unit_and_its_leader(self):
        for template, title in [("komitmen-bersama", "KOMITMEN BERSAMA"),
                                ("sptjm", "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK"),
                                ("surat-pengajuan-evaluasi", "Pengajuan Evaluasi Zona Integritas")]:
            run("document", "make", self.ws, template, self.out, "--place", "Purwokerto", "--date", "2026-05-20",
                check=0)
            text = pdftotext(os.path.join(self.out, f"{template}.pdf"))
            for expected in [title, "Dinas Uji", "Rr. Dewi Anggraeni", "19810314 200604 2 011",
                             "Purwokerto, 20 Mei 2026"]:
                self.assertIn(expected, text, template)
        # The Komitmen Bersama lists everyone who commits, with their NIP.
        text = pdftotext(os.path.join(self.out, "komitmen-bersama.pdf"))
        self.assertIn("Siti Aminah", text)
        self.assertIn("Budi Santoso", text)

    def test_the_komitmen_bersama_has_a_signature_block_for_every_leader(self):
        run("person", "add", self.ws, "--nip", "197905222005012003", "--name", "Yohana Sekretaris", "--position",
            "Sekretaris Dinas", "--role", "pimpinan", check=0)
        run("document", "make", self.ws, "komitmen-bersama", self.out, "--date", "2026-05-20", check=0)
        path = os.path.join(self.out, "komitmen-bersama.pdf")
        text = pdftotext(path)
        self.assertIn("NIP. 19810314 200604 2 011", text)
        self.assertIn("NIP. 19790522 200501 2 003", text)
        self.assertIn("Sekretaris Dinas,", text)
        # The list of everyone who commits starts its own page.
        pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        self.assertRegex(pages, r"Pages:\s+2\n")
        self.assertRegex(pages, r"CreationDate:.*2026")

    def test_a_unit_document_needs_a_leader(self):
        ws = os.path.join(self.dir, "tanpa-pimpinan.ziwb")
        run("init", ws, "--form", "lke-permenpanrb-90-2021", "--unit", "Dinas", "--agency", "Kab", "--year", "2026",
            check=0)
        line = self.one_line_error(run("document", "make", ws, "sptjm", self.out))
        self.assertIn("pimpinan", line)

    def test_make_needs_one_person_or_all(self):
        self.assertEqual(run("document", "make", self.ws, "pakta-integritas", self.out).returncode, 2)
        self.assertEqual(run("document", "make", self.ws, "pakta-integritas", self.out, "--all", "--person",
                             HEAD).returncode, 2)
        line = self.one_line_error(run("document", "make", self.ws, "pakta-integritas", self.out, "--person",
                                       "197002021995031005"))
        self.assertIn("197002021995031005", line)


class ManyPeople(DocumentsTestCase):
    def test_one_pakta_integritas_for_each_of_500_people(self):
        rows = ["nip,nama,jabatan,email,peran"] + [f"{nip(i)},Pegawai Nomor {i},Staf Pelaksana {i},,anggota"
                                                   for i in range(500)]
        run("person", "import", self.ws, self.write("500.csv", "\n".join(rows) + "\n"), check=0)
        run("document", "make", self.ws, "pakta-integritas", self.out, "--all", check=0)
        made = sorted(os.listdir(self.out))
        self.assertEqual(len(made), 503)
        for i in (0, 249, 499):
            text = pdftotext(os.path.join(self.out, f"pakta-integritas-{nip(i)}.pdf"))
            self.assertIn(f"Pegawai Nomor {i}", text)
            self.assertIn(f"Staf Pelaksana {i}", text)
        self.assertEqual(len(self.status()), 503)


class Signing(DocumentsTestCase):
    def unsigned(self):
        out = json.loads(run("check", self.ws, "--json", check=0).stdout)
        return {f["template"]: f for f in out["findings"] if f["kind"] == "document-unsigned"}

    def test_a_pdf_with_an_intact_electronic_signature_is_recorded_as_electronic(self):
        with open(os.path.join(SOURCE, "tests", "data", "pdf", "signed-pakta.pdf"), "rb") as signed:
            tte = signed.read()
        # The same file with one letter of its page changed after signing: the signature no longer holds.
        forged = tte.replace(b"(Pakta Integritas Budi Santoso)", b"(Pakta Integritas Budi Santosa)")
        self.assertNotEqual(forged, tte)
        refused = run("document", "signed", self.ws, self.scans("forged", {f"{STAFF}.pdf": forged}), check=2)
        self.assertIn(f"{STAFF}.pdf", refused.stderr)
        self.assertIn("tidak berlaku", refused.stderr)
        self.assertFalse(self.status()[STAFF]["signed"], "nothing is attached while a file is refused")

        folder = self.scans("tte", {f"{STAFF}.pdf": tte, f"{HEAD}.pdf": b"%PDF-1.4\n% a scan of ink\n"})
        out = run("document", "signed", self.ws, folder, "--date", "2026-01-09", check=0).stdout
        self.assertIn("TTE", out)
        after = self.status()
        self.assertEqual((after[STAFF]["signed"], after[STAFF]["how"]), (True, "electronic"))
        self.assertEqual((after[HEAD]["signed"], after[HEAD]["how"]), (True, "ink"))

    def test_the_check_names_who_has_not_signed_until_everyone_has(self):
        pakta = self.unsigned()["pakta-integritas"]
        # Against the criterion the form files the signed Pakta Integritas under.
        self.assertEqual(pakta["code"], "A.I.1.iv.d")
        self.assertGreater(pakta["points"], 0)
        self.assertIn("3", pakta["problem"])
        self.assertIn("Budi Santoso", pakta["problem"])
        self.assertIn("ziwb document signed WS DIR --template pakta-integritas", pakta["action"])
        # The unit's own letters wait for the pimpinan alone.
        self.assertIn("Rr. Dewi", self.unsigned()["komitmen-bersama"]["problem"])
        self.assertNotIn("Budi", self.unsigned()["komitmen-bersama"]["problem"])

        folder = self.scans("scan", {f"pakta_{HEAD}.pdf": b"%PDF-1.4\n% a signed scan\n",
                                     f"{STAFF}.pdf": b"%PDF-1.4\n% another\n"})
        run("document", "signed", self.ws, folder, "--date", "2026-01-07", check=0)
        pakta = self.unsigned()["pakta-integritas"]
        self.assertIn("1", pakta["problem"])
        self.assertIn("Budi Santoso", pakta["problem"])
        self.assertNotIn("Siti", pakta["problem"])
        folder = self.scans("scan2", {f"{SECRETARY}.pdf": b"%PDF-1.4\n% the last one\n"})
        run("document", "signed", self.ws, folder, "--date", "2026-01-08", check=0)
        self.assertNotIn("pakta-integritas", self.unsigned())
        # The Kesiapan sheet of the workbook carries the finding still open: the pimpinan's letters.
        book = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, book, check=0)
        rows = list(openpyxl.load_workbook(book)["Kesiapan"].iter_rows(min_row=3, values_only=True))
        kinds = {(row[2], row[3]) for row in rows}
        self.assertIn(("A.II.1.ii.a", "document-unsigned"), kinds)
        self.assertNotIn(("A.I.1.iv.d", "document-unsigned"), kinds)

    def test_signed_scans_are_attached_by_nip(self):
        before = self.status()
        self.assertFalse(any(row["signed"] for row in before.values()))
        with open(LOGO, "rb") as logo:
            png = logo.read()
        folder = self.scans("scan", {f"pakta_{HEAD}_dewi.pdf": b"%PDF-1.4\n% a signed scan\n",
                                     f"{STAFF}.PNG": png})
        result = run("document", "signed", self.ws, folder, "--date", "2026-01-07", check=0)
        self.assertIn("A.I.1.iv.d", result.stdout)
        after = self.status()
        self.assertEqual((after[HEAD]["signed"], after[HEAD]["how"], after[HEAD]["date"]), (True, "ink", "2026-01-07"))
        self.assertTrue(after[STAFF]["signed"])
        self.assertFalse(after[SECRETARY]["signed"])
        # Filed as evidence of the criterion the form names, the checklist line ticked.
        items = json.loads(run("evidence", "list", self.ws, "A.I.1.iv.d", "--json", check=0).stdout)
        self.assertEqual(len(items), 2)
        self.assertEqual({after[HEAD]["evidence"], after[STAFF]["evidence"]}, {item["id"] for item in items})
        checklist = run("evidence", "checklist", self.ws, "A.I.1.iv.d", "--json", check=0).stdout
        line = next(entry for entry in json.loads(checklist) if entry["key"] == "form:A.I.1.iv.d:1")
        self.assertEqual(sorted(line["items"]), sorted(item["id"] for item in items))
        result = run("audit", "verify", self.ws)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_bad_file_names_are_reported_and_nothing_is_attached(self):
        folder = self.scans("scan", {f"{HEAD}.pdf": b"%PDF-1.4\n",
                                     "tanpa-nip.pdf": b"%PDF-1.4\n",
                                     "197002021995031005.pdf": b"%PDF-1.4\n",
                                     f"palsu-{STAFF}.pdf": b"MZ not a pdf",
                                     f"catatan-{SECRETARY}.txt": b"teks"})
        result = run("document", "signed", self.ws, folder)
        self.assertEqual(result.returncode, 2, result.stderr)
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 5, result.stderr)  # four files, one line each, and the verdict
        for expected in ["tanpa-nip.pdf", "197002021995031005", f"palsu-{STAFF}.pdf", f"catatan-{SECRETARY}.txt"]:
            self.assertEqual(sum(expected in line for line in lines), 1, expected)
        self.assertFalse(any(row["signed"] for row in self.status().values()))
        self.assertEqual(json.loads(run("evidence", "list", self.ws, "--json", check=0).stdout), [])

    def test_hostile_names_and_folders(self):
        # A name that looks like a path, a second NIP, and the folder given with "..": only the file
        # names count, and a name is never used as a path.
        folder = self.scans("scan", {f"..%2F..%2F{HEAD}.pdf": b"%PDF-1.4\n",
                                     f"{STAFF}-{SECRETARY}.pdf": b"%PDF-1.4\n"})
        weird = os.path.join(folder, "..", "scan")
        result = run("document", "signed", self.ws, weird)
        self.assertEqual(result.returncode, 2)
        self.assertIn("NIP", result.stderr)
        os.remove(os.path.join(folder, f"{STAFF}-{SECRETARY}.pdf"))
        run("document", "signed", self.ws, weird, check=0)
        self.assertTrue(self.status()[HEAD]["signed"])
        left = {name for name in os.listdir(self.dir) if not name.endswith("-journal")}
        self.assertEqual(left, {"dinas.ziwb", "team.csv", "scan"})
        line = self.one_line_error(run("document", "signed", self.ws, os.path.join(self.dir, "tidak-ada")))
        self.assertIn("tidak-ada", line)

    def test_invalid_utf8_in_a_name_does_not_reach_the_pdf(self):
        # A tampered file: the register's projection holds bytes that are not UTF-8.
        with sqlite3.connect(self.ws) as db:
            db.execute("UPDATE person SET name = CAST(X'4275646920C3' || X'28' AS TEXT) WHERE nip = ?", (SECRETARY,))
        result = run("document", "make", self.ws, "pakta-integritas", self.out, "--person", SECRETARY)
        # The text is repaired on reading (U+FFFD for the broken byte), said once on stderr, and printed.
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("internal", result.stderr.lower())
        self.assertIn("U+FFFD", result.stderr)
        text = pdftotext(os.path.join(self.out, f"pakta-integritas-{SECRETARY}.pdf"))
        self.assertIn("Budi \ufffd(", text)


class SignedTeam(TeamTestCase):
    """With keys, the signatures are signed entries like every other change, and audit verify holds."""

    def test_a_signed_workspace_verifies_after_signing(self):
        folder = os.path.join(self.dir, "scan")
        os.makedirs(folder)
        with open(os.path.join(folder, f"pakta-{NIPS['anggota1']}.pdf"), "wb") as out:
            out.write(b"%PDF-1.4\n% signed\n")
        self.team.run("koordinator", "document", "letterhead", self.ws, "--line", "DINAS UJI", "--logo", LOGO, check=0)
        self.team.run("anggota1", "document", "signed", self.ws, folder, check=0)
        rows = json.loads(run("document", "status", self.ws, "--json", check=0).stdout)
        signed = [row for row in rows if row["signed"]]
        self.assertEqual([(row["template"], row["nip"]) for row in signed], [("pakta-integritas", NIPS["anggota1"])])
        # The evaluator is not expected to sign the unit's Pakta Integritas.
        self.assertNotIn(NIPS["evaluator"], [row["nip"] for row in rows])
        self.verify()
        # An evaluator may not write the unit's documents.
        refused = self.team.run("evaluator", "document", "letterhead", self.ws, "--line", "X")
        self.assertEqual(refused.returncode, 2, refused.stderr)


if __name__ == "__main__":
    unittest.main()
