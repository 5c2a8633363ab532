# SPDX-License-Identifier: GPL-3.0-or-later
"""Standar Pelayanan, the public consultation forum (FKP) and the satisfaction survey (SKM) through
the real `ziwb`: a labour office's services with their standards, a forum from its invitation to the
evidence filed, the survey imported and its IKM, and the readiness check that knows what is missing.
Every change is an entry of the signed log: `audit verify` holds, and a merge of two copies brings
forums and services together."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from test_team_log import canonical, exchange_file, rows  # noqa: E402
from ziwb_cli import WorkspaceTestCase, run  # noqa: E402


ATTENDANCE = """nama;unsur;instansi;jabatan;hadir
Siti Aminah;Pengguna layanan;Pencari kerja;;ya
Budi Santoso;dunia-usaha;Apindo Kutai Barat;Ketua;ya
Yohanes Lie;Organisasi profesi;KSPSI Kutai Barat;Sekretaris;ya
Dr. Rina Marlina;akademisi;Universitas Mulawarman;Dosen;tidak
Agus Salim;penyelenggara;Disnakertrans;Kepala Bidang;ya
"""


class ServiceCatalogue(WorkspaceTestCase):
    def add_service(self, name, *extra):
        return run("service", "add", self.ws, "--name", name, *extra, check=0)

    def test_a_service_holds_its_standard_and_its_sops(self):
        out = self.add_service("Kartu Pencari Kerja (AK/I)", "--sops", "SOP Pelayanan AK/I; SOP Legalisir").stdout
        self.assertIn("Layanan 1", out)
        run("service", "set", self.ws, "1", "--component", "persyaratan", "--text", "KTP; ijazah; pas foto 3x4",
            check=0)
        long_text = self.write("prosedur.txt", "1. Pemohon mengisi formulir\n2. Petugas memeriksa berkas\n")
        out = run("service", "set", self.ws, "1", "--component", "prosedur", "--text-file", long_text,
                  "--reviewed", "2026-03-02", "--established-by", "Keputusan Kepala Dinas Nomor 12 Tahun 2026",
                  check=0).stdout
        self.assertIn("2 dari 14 komponen", out)
        shown = json.loads(run("service", "show", self.ws, "1", "--json", check=0).stdout)
        self.assertEqual(shown["components"]["persyaratan"], "KTP; ijazah; pas foto 3x4")
        self.assertTrue(shown["components"]["prosedur"].startswith("1. Pemohon"))
        self.assertIsNone(shown["components"]["biaya"])
        self.assertEqual(shown["filled"], 2)
        self.assertEqual(shown["total"], 14)
        self.assertEqual(shown["sops"], ["SOP Pelayanan AK/I", "SOP Legalisir"])
        self.assertEqual(shown["reviewed_on"], "2026-03-02")
        # By name, any case.
        self.assertEqual(json.loads(run("service", "show", self.ws, "kartu pencari kerja (ak/i)", "--json",
                                        check=0).stdout)["id"], 1)
        run("audit", "verify", self.ws, check=0)

    def test_bad_requests_say_what_is_wrong_and_change_nothing(self):
        self.add_service("Pelatihan BLK")
        before = rows(self.ws, "SELECT count(*) FROM log_entry")[0][0]
        cases = [
            (["service", "set", self.ws, "1", "--component", "harga", "--text", "x"], "persyaratan"),
            (["service", "set", self.ws, "1", "--reviewed", "2026-02-30"], "2026-02-30"),
            (["service", "set", self.ws, "9", "--reviewed", "2026-02-01"], "9"),
            (["service", "add", self.ws, "--name", "pelatihan blk"], "Pelatihan BLK"),
            (["service", "set", self.ws, "1", "--component", "biaya"], "--text"),
            (["service", "set", self.ws, "1", "--name", "Bad\x01Name"], ""),
        ]
        for words, named in cases:
            result = run(*words)
            self.assertEqual(result.returncode, 2, words)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertIn(named, result.stderr)
        self.assertEqual(rows(self.ws, "SELECT count(*) FROM log_entry")[0][0], before)

    def test_removed_services_leave_the_list_but_stay_in_the_log(self):
        self.add_service("Penempatan Tenaga Kerja")
        self.add_service("Pencatatan Perjanjian Kerja")
        run("service", "remove", self.ws, "1", check=0)
        listed = json.loads(run("service", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual([s["name"] for s in listed], ["Pencatatan Perjanjian Kerja"])
        self.assertEqual(rows(self.ws, "SELECT removed FROM service ORDER BY id"), [(1,), (0,)])
        run("audit", "verify", self.ws, check=0)


class FromAStranger(WorkspaceTestCase):
    """Service registers that arrive in an exchange file are checked like every entry: a malformed
    one is refused with one line and changes nothing; a survey whose scores fall outside the
    rules' scale is shown as damaged, never counted."""

    UID = "0123456789abcdef0123456789abcdef"

    def entry(self, key, value, kind="service.set"):
        heads = sorted(h for (h,) in rows(self.ws, "SELECT hash FROM log_head"))
        workspace = rows(self.ws, "SELECT value FROM meta WHERE key = 'workspace_id'")[0][0]
        body = canonical({"v": 1, "workspace": workspace, "parents": heads, "author": {"key": "", "name": "x"},
                          "time": "2026-11-30T10:00:00Z", "layer": "unit", "kind": kind, "summary": "x",
                          "action": "service", "legacy": False,
                          "writes": [{"key": key, "value": value, "replaces": []}]}).encode()
        path = os.path.join(self.dir, "asing.ziwbx")
        with open(path, "wb") as out:
            out.write(exchange_file(workspace, [(body, None)]))
        return path

    def service(self, **changes):
        value = {"name": "Layanan", "components": {}, "sops": [], "reviewed_on": "", "established_by": "",
                 "published_where": "", "removed": False}
        value.update(changes)
        return value

    def test_malformed_registers_are_refused(self):
        before = rows(self.ws, "SELECT count(*) FROM log_entry")
        cases = [
            ("service/" + self.UID, self.service(components={"../x": "a"})),
            ("service/" + self.UID, self.service(reviewed_on="2026-02-30")),
            ("service/" + self.UID, self.service(name="")),
            ("service/" + self.UID, self.service(sops=[5])),
            ("service/" + self.UID, {"name": "Layanan"}),
            ("service/not-a-uid", self.service()),
            ("service/" + self.UID, None),
            ("fkp/" + self.UID, {"date": "2026-04-14", "place": "Aula", "purpose": "party", "topic": "",
                                 "chair": "", "services": [], "removed": False}),
            ("fkp/" + self.UID + "/input/" + self.UID, {"from": "", "service": "", "text": "x",
                                                         "follow_up": "adopted", "response": ""}),
            ("fkp/" + self.UID + "/guest/" + self.UID, {"name": "x"}),
            ("skm/" + self.UID, {"service": self.UID, "period": "T1", "start_date": "", "end_date": "",
                                 "population": -1, "responses": [], "source_sha256": "", "removed": False}),
            ("skm/" + self.UID, {"service": self.UID, "period": "T1", "start_date": "", "end_date": "",
                                 "population": 0, "responses": [[4, 4], [4]], "source_sha256": "",
                                 "removed": False}),
        ]
        for key, value in cases:
            result = run("exchange", "import", self.ws, self.entry(key, value))
            self.assertEqual(result.returncode, 2, (key, value, result.stdout, result.stderr))
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertEqual(rows(self.ws, "SELECT count(*) FROM log_entry"), before)

    def test_scores_outside_the_scale_are_shown_as_damaged(self):
        run("service", "add", self.ws, "--name", "Layanan", check=0)
        service_uid = rows(self.ws, "SELECT uid FROM service")[0][0]
        value = {"service": service_uid, "period": "T1", "start_date": "", "end_date": "", "population": 0,
                 "responses": [[9] * 9], "source_sha256": "", "removed": False}
        run("exchange", "import", self.ws, self.entry("skm/" + self.UID, value, "skm.import"), check=0)
        result = run("skm", "list", self.ws, check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        report = os.path.join(self.dir, "laporan.pdf")
        result = run("skm", "report", self.ws, report, check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertFalse(os.path.exists(report))
        run("check", self.ws, check=0)  # the check reads no scores: it still runs


class OlderFormat(WorkspaceTestCase):
    def test_a_file_from_before_the_services_reads_as_none_and_is_upgraded_when_written(self):
        import stat
        path = os.path.join(self.dir, "schema7.ziwb")
        shutil.copy(self.ws, path)
        db = sqlite3.connect(path)
        for table in ("evidence_review", "service", "fkp_session", "fkp_participant", "fkp_input", "skm_survey",
                      "skm_result"):
            db.execute(f"DROP TABLE {table}")
        db.execute("PRAGMA user_version = 7")
        db.commit()
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        os.chmod(path, stat.S_IRUSR)
        try:
            self.assertEqual(json.loads(run("service", "list", path, "--json", check=0).stdout), [])
            self.assertEqual(json.loads(run("fkp", "list", path, "--json", check=0).stdout), [])
            self.assertEqual(json.loads(run("skm", "list", path, "--json", check=0).stdout)["surveys"], [])
            run("check", path, "--json", check=0)
            self.assertIn("utuh", run("audit", "verify", path, check=0).stdout)
        finally:
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        # Opened for writing, the file is brought to the current format and takes a service.
        run("service", "add", path, "--name", "Layanan Baru", check=0)
        self.assertEqual(rows(path, "PRAGMA user_version"), [(9,)])
        self.assertEqual([s["name"] for s in json.loads(run("service", "list", path, "--json", check=0).stdout)],
                         ["Layanan Baru"])
        run("audit", "verify", path, check=0)


class Forum(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        run("service", "add", self.ws, "--name", "Kartu Pencari Kerja (AK/I)", check=0)
        run("service", "add", self.ws, "--name", "Pelatihan BLK", check=0)
        run("service", "add", self.ws, "--name", "Penempatan Tenaga Kerja", check=0)

    def forum(self):
        return run("fkp", "add", self.ws, "--date", "2026-04-14", "--place", "Aula Disnakertrans Kutai Barat",
                   "--purpose", "reviu", "--service", "1, Pelatihan BLK", "--topic",
                   "Reviu Standar Pelayanan 2026", "--chair", "Kepala Dinas", check=0)

    def show(self, number=1):
        return json.loads(run("fkp", "show", self.ws, str(number), "--json", check=0).stdout)

    def test_a_forum_from_attendance_to_the_follow_up_of_every_input(self):
        self.assertIn("Forum 1", self.forum().stdout)
        forum = self.show()
        self.assertEqual(forum["services"], ["Kartu Pencari Kerja (AK/I)", "Pelatihan BLK"])
        self.assertEqual(forum["purpose"], "review")
        self.assertEqual({g["id"] for g in forum["gaps"]}, {"fkp-without-attendance"})

        attendance = self.write("hadir.csv", ATTENDANCE)
        out = run("fkp", "attend", self.ws, "1", "--csv", attendance, check=0).stdout
        self.assertIn("5", out)
        run("fkp", "attend", self.ws, "1", "--name", "Dr. Rina Marlina", check=0)  # came after all
        run("fkp", "attend", self.ws, "1", "--name", "Hendra Wijaya", "--group", "Tokoh masyarakat", "--absent",
            check=0)
        forum = self.show()
        self.assertEqual(len(forum["participants"]), 6)
        self.assertEqual(forum["present"], 5)
        self.assertEqual(forum["outside_groups_present"],
                         ["Pengguna layanan", "Akademisi/pakar",
                          "Dunia usaha/asosiasi", "Organisasi profesi"])
        self.assertEqual(forum["gaps"], [])

        run("fkp", "input", self.ws, "1", "--text", "Waktu penyelesaian AK/I dipersingkat menjadi 1 hari",
            "--from", "Apindo", "--service", "1", check=0)
        run("fkp", "input", self.ws, "1", "--text", "Pelatihan BLK dibuka pada akhir pekan", "--from", "KSPSI",
            check=0)
        run("fkp", "input", self.ws, "1", "--text", "Biaya legalisir dihapus", check=0)
        forum = self.show()
        self.assertEqual(forum["inputs_open"], 3)
        self.assertEqual([g["id"] for g in forum["gaps"]], ["fkp-input-open"] * 3)
        run("fkp", "input", self.ws, "1", "1", "--adopted", "Jangka waktu AK/I menjadi 1 hari kerja", check=0)
        run("fkp", "input", self.ws, "1", "2", "--declined", "Instruktur tidak tersedia pada akhir pekan", check=0)
        run("fkp", "input", self.ws, "1", "3", "--adopted", "Legalisir tidak dipungut biaya", check=0)
        forum = self.show()
        self.assertEqual([i["follow_up"] for i in forum["inputs"]], ["adopted", "declined", "adopted"])
        self.assertEqual(forum["inputs"][0]["service"], "Kartu Pencari Kerja (AK/I)")
        self.assertEqual(forum["gaps"], [])
        text = run("fkp", "show", self.ws, "1", check=0).stdout
        self.assertIn("Instruktur tidak tersedia pada akhir pekan", text)
        run("audit", "verify", self.ws, check=0)

    def test_a_forum_of_the_unit_alone_is_flagged(self):
        self.forum()
        insiders = self.write("hadir.csv", "nama,unsur,hadir\nAgus,penyelenggara,ya\nDewi,instansi-terkait,ya\n")
        run("fkp", "attend", self.ws, "1", "--csv", insiders, check=0)
        self.assertEqual([g["id"] for g in self.show()["gaps"]], ["fkp-without-outside-stakeholders"])

    def test_a_bad_attendance_list_is_reported_by_row_and_nothing_is_added(self):
        self.forum()
        bad = self.write("hadir.csv", "nama;unsur;hadir\nSiti;pengguna-layanan;ya\n;akademisi;ya\n"
                                      "Budi;wartawan;ya\nRina;akademisi;mungkin\n")
        result = run("fkp", "attend", self.ws, "1", "--csv", bad, check=2)
        self.assertIn("baris 3", result.stderr)
        self.assertIn("baris 4", result.stderr)
        self.assertIn("wartawan", result.stderr)
        self.assertIn("baris 5", result.stderr)
        self.assertEqual(self.show()["participants"], [])
        missing = self.write("kolom.csv", "name,organisation\nSiti,Warga\n")
        result = run("fkp", "attend", self.ws, "1", "--csv", missing, check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertIn("unsur", result.stderr)

    def test_a_follow_up_needs_its_change_or_reason(self):
        self.forum()
        run("fkp", "input", self.ws, "1", "--text", "Loket prioritas untuk disabilitas", check=0)
        for words in (["1", "1"], ["1", "1", "--adopted", ""], ["1", "2", "--adopted", "x"], ["1", "--text", ""],
                      ["7", "--text", "x"]):
            result = run("fkp", "input", self.ws, *words)
            self.assertEqual(result.returncode, 2, words)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertEqual(self.show()["inputs"][0]["follow_up"], "open")

    def test_forums_and_services_of_two_copies_merge(self):
        self.forum()
        other = os.path.join(self.dir, "salinan.ziwb")
        run("copy", self.ws, other, check=0)
        run("fkp", "input", self.ws, "1", "--text", "Masukan di kantor", check=0)
        run("fkp", "attend", other, "1", "--name", "Siti", "--group", "pengguna-layanan", check=0)
        run("service", "add", other, "--name", "Pengantar Kerja Antar Daerah", check=0)
        run("merge", self.ws, other, check=0)
        forum = self.show()
        self.assertEqual(len(forum["inputs"]), 1)
        self.assertEqual([p["name"] for p in forum["participants"]], ["Siti"])
        names = [s["name"] for s in json.loads(run("service", "list", self.ws, "--json", check=0).stdout)]
        self.assertIn("Pengantar Kerja Antar Daerah", names)
        run("audit", "verify", self.ws, check=0)

    def test_a_signed_scan_is_filed_as_evidence_and_ticks_its_line(self):
        self.forum()
        scan = os.path.join(self.dir, "berita-acara-ttd.pdf")
        with open(scan, "wb") as out:
            out.write(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        out = run("fkp", "attach", self.ws, "1", "--document", "fkp-berita-acara", scan, check=0).stdout
        self.assertIn("A.I.6.i.c", out)
        evidence = json.loads(run("evidence", "list", self.ws, "--json", "--no-signatures", check=0).stdout)
        filed = [e for e in evidence if "Berita Acara" in e["title"]]
        self.assertEqual(len(filed), 1)
        self.assertEqual(filed[0]["codes"], ["A.I.6.i.c"])
        self.assertEqual(filed[0]["document_date"], "2026-04-14")
        ticked = rows(self.ws, "SELECT checklist_key FROM checklist_evidence")
        self.assertEqual(ticked, [("form:A.I.6.i.c:1",)])
        run("audit", "verify", self.ws, check=0)


LEADER = ("--nip", "197001012000031001", "--name", "Drs. Bambang Wijaya, M.Si.", "--role", "pimpinan",
          "--position", "Kepala Dinas Tenaga Kerja")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def survey_csv(rows):
    """A form service's export: a timestamp, a respondent id, then U1..U9."""
    header = "Timestamp,Responden," + ",".join(f"U{i}" for i in range(1, 10))
    lines = [header] + [f"2026-02-{1 + n % 27:02d} 09:00:{n % 60:02d},R{n:03d}," + ",".join(map(str, r))
                        for n, r in enumerate(rows, start=1)]
    return "\n".join(lines) + "\n"


class Survey(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        run("service", "add", self.ws, "--name", "Kartu Pencari Kerja (AK/I)", check=0)
        run("service", "add", self.ws, "--name", "Pelatihan BLK", check=0)

    def test_the_ikm_is_the_regulations_arithmetic(self):
        # Four respondents. Element sums: u1 = 4+3+3+4 = 14 ... ; NRR = sum / 4; IKM = mean of the
        # nine NRRs (each weighted 1/9); the unit's score = IKM x 25.
        rows_ = [[4, 3, 3, 4, 3, 4, 4, 3, 3], [3, 3, 2, 4, 3, 3, 4, 3, 2], [3, 2, 3, 4, 3, 3, 3, 2, 3],
                 [4, 4, 3, 4, 4, 4, 4, 3, 3]]
        sums = [sum(r[i] for r in rows_) for i in range(9)]
        index = sum(s / 4 for s in sums) / 9
        path = self.write("skm.csv", survey_csv(rows_))
        out = run("skm", "import", self.ws, "--service", "1", "--period", "2026 Triwulan I", path, "--from",
                  "2026-01-01", "--to", "2026-03-31", "--population", "5", check=0).stdout
        self.assertIn("4", out)
        listed = json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)
        survey = listed["surveys"][0]
        self.assertEqual(survey["ikm"]["respondents"], 4)
        self.assertEqual([e["sum"] for e in survey["ikm"]["elements"]], sums)
        self.assertAlmostEqual(survey["ikm"]["index"], index, places=9)
        self.assertAlmostEqual(survey["ikm"]["score"], index * 25, places=9)
        self.assertEqual(survey["ikm"]["grade"], "B")  # 3.3056 x 25 = 82.64: 76.61..88.30
        self.assertEqual(survey["required_sample"], 5)  # Krejcie-Morgan: N = 5 -> 5
        self.assertTrue(survey["sample_enough"] is False)
        self.assertEqual(listed["unit"]["respondents"], 4)

        # Importing the same period again replaces it; another service's survey pools into the unit's.
        run("skm", "import", self.ws, "--service", "1", "--period", "2026 Triwulan I", path, check=0)
        run("skm", "import", self.ws, "--service", "Pelatihan BLK", "--period", "2026 Triwulan I",
            self.write("blk.csv", survey_csv([[1] * 9, [2] * 9])), check=0)
        listed = json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual(len(listed["surveys"]), 2)
        self.assertEqual(listed["unit"]["respondents"], 6)
        pooled = (sum(sums) + 9 + 18) / 6 / 9
        self.assertAlmostEqual(listed["unit"]["index"], pooled, places=9)
        run("audit", "verify", self.ws, check=0)

    def test_where_the_results_went_closes_the_survey_gaps(self):
        run("skm", "import", self.ws, "--service", "1", "--period", "2026 Triwulan I", "--from", "2026-01-01",
            "--to", "2026-03-31", self.write("skm.csv", survey_csv([[4] * 9, [3] * 9])), check=0)

        def gaps():
            findings = json.loads(run("check", self.ws, "--json", check=0).stdout)["findings"]
            return {(f["gap"], f["code"]) for f in findings if f["kind"] == "service"}

        self.assertIn(("skm-not-published", "A.I.6.iv.b"), gaps())
        self.assertIn(("skm-not-followed-up", "A.I.6.iv.c"), gaps())
        run("skm", "result", self.ws, "1", "--published-where", "Laman dinas dan papan informasi", check=0)
        self.assertNotIn(("skm-not-published", "A.I.6.iv.b"), gaps())
        self.assertIn(("skm-not-followed-up", "A.I.6.iv.c"), gaps())
        run("skm", "result", self.ws, "1", "--follow-up", "Loket prioritas ditambah", check=0)
        self.assertFalse({g for g, _ in gaps()} & {"skm-not-published", "skm-not-followed-up"})
        survey = json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)["surveys"][0]
        self.assertEqual(survey["published_where"], "Laman dinas dan papan informasi")
        self.assertEqual(survey["follow_up"], "Loket prioritas ditambah")
        # Importing the period again keeps what became of its results.
        run("skm", "import", self.ws, "--service", "1", "--period", "2026 Triwulan I",
            self.write("skm2.csv", survey_csv([[4] * 9] * 3)), check=0)
        survey = json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)["surveys"][0]
        self.assertEqual(survey["ikm"]["respondents"], 3)
        self.assertEqual(survey["follow_up"], "Loket prioritas ditambah")
        for words in (["1"], ["9", "--follow-up", "x"], ["x", "--follow-up", "x"]):
            result = run("skm", "result", self.ws, *words)
            self.assertEqual(result.returncode, 2, words)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        run("audit", "verify", self.ws, check=0)

    def test_bad_rows_are_reported_by_row_and_nothing_is_imported_unless_skipped(self):
        rows_ = [[4] * 9, [3] * 9, [3] * 9, [2] * 9]
        text = survey_csv(rows_).splitlines()
        text[2] = text[2].replace(",3,3,3,3,3,3,3,3,3", ",3,3,5,3,3,3,3,3,3")   # row 3: out of range
        text[3] = text[3].replace(",3,3,3,3,3,3,3,3,3", ",3,,3,3,3,3,3,3,3")    # row 4: empty answer
        text.append(text[4].replace("2026-02-05", "2026-02-06"))                  # row 6: R004 again
        path = self.write("skm.csv", "\n".join(text) + "\n")
        result = run("skm", "import", self.ws, "--service", "1", "--period", "2026 T1", path, check=2)
        for row in ("baris 3", "baris 4", "baris 6"):
            self.assertIn(row, result.stderr)
        self.assertIn("--skip-bad-rows", result.stderr.splitlines()[-1])
        self.assertEqual(json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)["surveys"], [])
        run("skm", "import", self.ws, "--service", "1", "--period", "2026 T1", path, "--skip-bad-rows", check=0)
        listed = json.loads(run("skm", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual(listed["surveys"][0]["ikm"]["respondents"], 2)

    def test_a_file_without_an_element_column_is_refused_in_one_line(self):
        path = self.write("skm.csv", "Timestamp,U1,U2,U3\n2026-01-02,4,4,4\n")
        result = run("skm", "import", self.ws, "--service", "1", "--period", "2026 T1", path, check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertIn("U4", result.stderr.upper())

    def test_the_report_is_filed_as_evidence_of_the_survey_criterion(self):
        run("person", "add", self.ws, *LEADER, check=0)
        run("skm", "import", self.ws, "--service", "1", "--period", "2026 Triwulan I",
            self.write("skm.csv", survey_csv([[4, 3, 3, 4, 3, 4, 4, 3, 3]] * 3)), check=0)
        report = os.path.join(self.dir, "laporan-skm.pdf")
        out = run("skm", "report", self.ws, report, "--place", "Sendawar", "--date", "2026-04-20", "--file",
                  check=0).stdout
        self.assertIn("A.I.6.iv.a", out)
        text = pdf_text(report)
        self.assertIn("LAPORAN SURVEI KEPUASAN MASYARAKAT", text)
        self.assertIn("Kartu Pencari Kerja (AK/I)", text)
        self.assertIn("86,11", text)  # (4+3+3+4+3+4+4+3+3)/9 = 3.4444 x 25
        self.assertIn("Drs. Bambang Wijaya, M.Si.", text)
        evidence = json.loads(run("evidence", "list", self.ws, "--json", "--no-signatures", check=0).stdout)
        self.assertEqual(evidence[0]["codes"], ["A.I.6.iv.a"])
        self.assertEqual(rows(self.ws, "SELECT checklist_key FROM checklist_evidence"), [("form:A.I.6.iv.a:1",)])
        # No survey: one line, nothing written.
        empty = os.path.join(self.dir, "kosong.ziwb")
        run("init", empty, "--form", "lke-permenpanrb-90-2021", "--unit", "U", "--agency", "A", "--year", "2026",
            check=0)
        result = run("skm", "report", empty, os.path.join(self.dir, "x.pdf"), check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x.pdf")))


class FromTheForumToTheEvidence(WorkspaceTestCase):
    """A forum recorded from the start to the filed evidence, and what readiness says on the way."""

    def gaps(self):
        findings = json.loads(run("check", self.ws, "--json", check=0).stdout)["findings"]
        return [(f["gap"], f["code"]) for f in findings if f["kind"] == "service"]

    def test_the_whole_loop(self):
        self.assertEqual(self.gaps(), [], "a unit that keeps no catalogue is not nagged about one")
        run("person", "add", self.ws, *LEADER, check=0)
        run("service", "add", self.ws, "--name", "Kartu Pencari Kerja (AK/I)", check=0)
        gaps = self.gaps()
        for expected in [("standard-incomplete", "A.I.6.i.a"), ("standard-not-established", "A.I.6.i.a"),
                         ("standard-not-reviewed", "A.I.6.i.c"), ("standard-not-published", "A.I.6.i.b"),
                         ("service-not-consulted", "A.I.6.i.c"), ("skm-missing", "A.I.6.iv.a"),
                         ("service-without-sop", "A.I.2.i.b")]:
            self.assertIn(expected, gaps)

        run("fkp", "add", self.ws, "--date", "2026-04-14", "--place", "Aula Disnakertrans", "--service", "1",
            "--purpose", "penyusunan", "--chair", "Kepala Dinas", check=0)
        self.assertIn(("fkp-without-attendance", "A.I.6.i.c"), self.gaps())
        run("fkp", "attend", self.ws, "1", "--csv", self.write("hadir.csv", ATTENDANCE), check=0)
        run("fkp", "input", self.ws, "1", "--text", "Persyaratan pas foto dihapus", "--from", "Apindo", check=0)
        self.assertIn(("fkp-input-open", "A.I.6.i.c"), self.gaps())
        run("fkp", "input", self.ws, "1", "1", "--adopted", "Pas foto diambil di loket", check=0)
        self.assertNotIn("service-not-consulted", [g for g, _ in self.gaps()])
        self.assertNotIn("fkp-input-open", [g for g, _ in self.gaps()])

        out_dir = os.path.join(self.dir, "dokumen")
        made = run("fkp", "report", self.ws, "1", out_dir, "--place", "Sendawar", check=0).stdout
        self.assertIn("3", made)
        undangan = pdf_text(os.path.join(out_dir, "fkp-undangan-fkp1.pdf"))
        self.assertIn("Selasa", undangan)
        self.assertIn("14 April 2026", undangan)
        self.assertIn("Kartu Pencari Kerja (AK/I)", undangan)
        hadir = pdf_text(os.path.join(out_dir, "fkp-daftar-hadir-fkp1.pdf"))
        self.assertIn("Forum Konsultasi Publik: Penyusunan Standar Pelayanan", hadir)
        for name in ("Siti Aminah", "Apindo Kutai Barat", "Mulawarman"):
            self.assertIn(name, hadir)
        berita = pdf_text(os.path.join(out_dir, "fkp-berita-acara-fkp1.pdf"))
        self.assertIn("Persyaratan pas foto", berita)
        self.assertIn("Pas foto diambil di", berita)
        self.assertIn("Diterima", berita)
        # Documents the user already has are not overwritten; nothing else is written either.
        result = run("fkp", "report", self.ws, "1", out_dir, check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)

        for document in ("fkp-undangan", "fkp-daftar-hadir", "fkp-berita-acara"):
            run("fkp", "attach", self.ws, "1", "--document", document,
                os.path.join(out_dir, document + "-fkp1.pdf"), check=0)
        evidence = json.loads(run("evidence", "list", self.ws, "--json", "--no-signatures", check=0).stdout)
        self.assertEqual(sorted(e["codes"][0] for e in evidence), ["A.I.6.i.c"] * 3)

        run("service", "set", self.ws, "1", "--reviewed", "2026-04-14", "--established-by",
            "Keputusan Kepala Dinas Nomor 12 Tahun 2026", "--published-where", "Laman dinas", "--sops",
            "SOP Penerbitan Kartu AK/I", check=0)
        sp_dir = os.path.join(self.dir, "sp")
        run("service", "report", self.ws, sp_dir, "--date", "2026-04-20", check=0)
        sp = pdf_text(os.path.join(sp_dir, "standar-pelayanan-1.pdf"))
        self.assertIn("Kartu Pencari Kerja (AK/I)", sp)
        self.assertIn("Persyaratan", sp)
        # One service's standard alone: the maklumat speaks for the whole catalogue, so it is not made.
        one_dir = os.path.join(self.dir, "sp-satu")
        run("service", "report", self.ws, one_dir, "--service", "1", "--date", "2026-04-20", check=0)
        self.assertEqual(sorted(os.listdir(one_dir)), ["standar-pelayanan-1.pdf"])
        maklumat = pdf_text(os.path.join(sp_dir, "maklumat-pelayanan.pdf"))
        self.assertIn("sanggup menyelenggarakan pelayanan sesuai", " ".join(maklumat.split()))
        run("service", "attach", self.ws, "--document", "standar-pelayanan", "--service", "1",
            os.path.join(sp_dir, "standar-pelayanan-1.pdf"), check=0)
        run("service", "attach", self.ws, "--document", "maklumat-pelayanan",
            os.path.join(sp_dir, "maklumat-pelayanan.pdf"), check=0)
        ticked = sorted(k for (k,) in rows(self.ws, "SELECT DISTINCT checklist_key FROM checklist_evidence"))
        self.assertEqual(ticked, ["form:A.I.6.i.a:1", "form:A.I.6.i.b:1", "form:A.I.6.i.c:1"])
        gaps = [g for g, _ in self.gaps()]
        for closed in ("standard-not-established", "standard-not-reviewed", "standard-not-published", "service-without-sop",
                       "service-not-consulted", "fkp-without-attendance", "fkp-input-open"):
            self.assertNotIn(closed, gaps)
        self.assertIn("standard-incomplete", gaps)
        run("audit", "verify", self.ws, check=0)


if __name__ == "__main__":
    unittest.main()
