# SPDX-License-Identifier: GPL-3.0-or-later
"""The evidence vault through the real `ziwb`: files and links stored in the workspace, checked by
SHA-256 on the way in and out, verifiable, and exportable as a bundle `sha256sum -c` accepts.
The workspace file is inspected with Python's own sqlite3, independently of the application."""
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import ZIWB, WorkspaceTestCase, run  # noqa: E402


def sha256(data):
    return hashlib.sha256(data).hexdigest()


class Evidence(WorkspaceTestCase):
    def file(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(data)
        return path

    def items(self, *args):
        return json.loads(run("evidence", "list", self.ws, *args, "--json", check=0).stdout)

    def sql(self, query, *params):
        with sqlite3.connect(self.ws) as db:
            return db.execute(query, params).fetchall()

    def test_files_are_stored_once_and_come_back_exactly(self):
        data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks and a partial one
        first = self.file("SK Tim.pdf", data)
        second = self.file("salinan/SK Tim (salinan).pdf", data)
        run("evidence", "add", self.ws, "A.I.1.i.a", first, "--title", "SK Tim ZI", "--date", "2026-01-06", check=0)
        run("evidence", "add", self.ws, "A.I.1.i.b", second, check=0)
        items = self.items()
        self.assertEqual(len(items), 2)
        self.assertEqual(items[0]["title"], "SK Tim ZI")
        self.assertEqual(items[0]["document_date"], "2026-01-06")
        self.assertEqual(items[0]["sha256"], sha256(data))
        self.assertEqual(items[0]["media_type"], "application/pdf")
        self.assertEqual(items[1]["file_name"], "SK Tim (salinan).pdf")
        self.assertEqual(self.sql("SELECT COUNT(*) FROM blob"), [(1,)], "the same content is stored once")
        self.assertEqual(self.sql("SELECT COUNT(*) FROM blob_chunk"), [(4,)])
        out = os.path.join(self.dir, "keluar.pdf")
        run("evidence", "extract", self.ws, str(items[1]["id"]), out, check=0)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), data)
        self.assertEqual([i["id"] for i in self.items("A.I.1.i.a")], [items[0]["id"]])

    def test_revisions_keep_earlier_files(self):
        run("evidence", "add", self.ws, "A.I.1.ii.a", self.file("renja.pdf", b"versi 1"), check=0)
        item = str(self.items()[0]["id"])
        run("evidence", "revise", self.ws, item, self.file("renja-perbaikan.pdf", b"versi 2"), check=0)
        listed = self.items()[0]
        self.assertEqual((listed["revision"], listed["file_name"]), (2, "renja-perbaikan.pdf"))
        for revision, expected in (("1", b"versi 1"), ("2", b"versi 2")):
            out = os.path.join(self.dir, f"r{revision}.pdf")
            run("evidence", "extract", self.ws, item, out, "--revision", revision, check=0)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), expected)

    def test_links_one_item_for_many_criteria_and_removal_keeps_history(self):
        run("evidence", "link", self.ws, "A.I.6.i.b", "https://dinas.example.go.id/maklumat", "--title", "Maklumat",
            check=0)
        item = str(self.items()[0]["id"])
        run("evidence", "attach", self.ws, item, "A.I.6.ii.b", check=0)
        self.assertEqual(self.items()[0]["codes"], ["A.I.6.i.b", "A.I.6.ii.b"])
        self.assertIn("http", run("evidence", "link", self.ws, "A.I.6.i.b", "ftp://files.example/x", "--title", "x",
                                  check=2).stderr)
        run("evidence", "link", self.ws, "A.I.6.i.b", "javascript:alert(1)", "--title", "x", check=2)
        run("evidence", "link", self.ws, "A.I.6.i.b", "https://x.example", check=2)  # a title is required
        run("evidence", "remove", self.ws, item, check=0)
        self.assertEqual(self.items(), [])
        self.assertTrue(self.items("--removed")[0]["removed"])
        # The history is the signed log: one entry per action on the item, and tampering shows.
        uid = self.sql("SELECT uid FROM evidence_item WHERE id = ?", item)[0][0]
        kinds = [json.loads(body)["kind"] for (body,) in self.sql("SELECT body FROM log_entry ORDER BY seq")
                 if uid in body.decode()]
        self.assertEqual(kinds, ["evidence.add", "evidence.link", "evidence.remove"])
        run("audit", "verify", self.ws, check=0)
        self.sql("UPDATE evidence_item SET removed_at = NULL")
        self.assertIn("evidence_item", run("audit", "verify", self.ws, check=2).stderr)

    def test_a_tampered_chunk_is_found_with_its_item_and_criterion(self):
        # Verify reads the stored files of consecutive ids in one scan: the damaged one sits between
        # two sound ones, and only it is named.
        run("evidence", "add", self.ws, "A.I.2.i.a", self.file("sk-tim.pdf", os.urandom(1_200_000)), check=0)
        run("evidence", "add", self.ws, "A.I.3.i.a", self.file("peta-jabatan.pdf", os.urandom(2_500_000)), check=0)
        run("evidence", "add", self.ws, "A.I.4.i.a", self.file("lakip.pdf", os.urandom(10_000)), check=0)
        self.assertIn("3 ", run("evidence", "verify", self.ws, check=0).stdout)
        with sqlite3.connect(self.ws) as db:
            blob = db.execute("SELECT r.blob_id FROM evidence_revision r JOIN evidence_item i ON i.id = r.item_id "
                              "WHERE i.title = 'peta-jabatan.pdf'").fetchone()[0]
            db.execute("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE blob_id = ? AND seq = 1", (blob,))
        result = run("evidence", "verify", self.ws, check=3)
        damaged = [line for line in result.stdout.splitlines() if "RUSAK" in line]
        self.assertEqual(len(damaged), 1, result.stdout)
        self.assertIn("A.I.3.i.a", damaged[0])
        out = os.path.join(self.dir, "keluar.pdf")
        self.assertIn("rusak", run("evidence", "extract", self.ws, "2", out, check=2).stderr)
        self.assertFalse(os.path.exists(out), "a damaged file is never written out")
        # A missing chunk too.
        with sqlite3.connect(self.ws) as db:
            db.execute("DELETE FROM blob_chunk WHERE blob_id = ? AND seq = 0", (blob,))
        self.assertIn("A.I.3.i.a", run("evidence", "verify", self.ws, check=3).stdout)

    def test_bad_files_get_clear_messages(self):
        empty = self.file("kosong.pdf", b"")
        folder = os.path.join(self.dir, "folder")
        os.makedirs(folder)
        fifo = os.path.join(self.dir, "pipa")
        os.mkfifo(fifo)
        loop = os.path.join(self.dir, "loop.pdf")
        os.symlink(loop, loop)
        cases = {empty: "kosong", folder: "folder", fifo: "bukan berkas biasa", loop: "tautan simbolik",
                 os.path.join(self.dir, "tidak-ada.pdf"): "tidak ditemukan"}
        good = self.file("baik.pdf", b"isi")
        result = run("evidence", "add", self.ws, "A.I.1.i.a", *cases, good, check=2)
        for path, words in cases.items():
            self.assertIn(words, result.stderr, path)
        self.assertEqual(len(result.stderr.splitlines()), 1, "every refused file is named on one line")
        self.assertEqual(len(self.items()), 0, "all or nothing: one refused file keeps the good one out too")
        big = self.file("besar.pdf", b"%PDF" + os.urandom(2_200_000))
        self.assertIn("2 MB", run("evidence", "add", self.ws, "A.I.1.i.a", big, check=0).stderr)
        run("evidence", "add", self.ws, "A.I.1.i.a", good, "--date", "06-01-2026", check=2)
        self.assertIn("batas 1 MB", run("evidence", "add", self.ws, "A.I.1.i.a", big, "--max-size", "1", check=2).stderr)
        run("evidence", "add", self.ws, "A.I.1.i.a", good, "--max-size", "satu", check=2)
        run("evidence", "add", self.ws, "Z.9", good, check=2)

    def test_odd_names_survive_extract_and_bundle(self):
        name = "Notulen \u201cFKP\u201d rapat; 50% 'hadir' — Banyumas #2 ü.pdf"
        data = os.urandom(5000)
        run("evidence", "add", self.ws, "A.I.6.iv.a", self.file(name, data), check=0)
        self.assertEqual(self.items()[0]["file_name"], name)
        bundle = os.path.join(self.dir, "bundel")
        run("evidence", "export", self.ws, bundle, check=0)
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        files = [os.path.join(root, f) for root, _, fs in os.walk(bundle) for f in fs]
        stored = [f for f in files if f.endswith(".pdf")]
        self.assertEqual(len(stored), 1)
        self.assertTrue(stored[0].endswith(name))
        self.assertIn("A.I.6.iv.a", stored[0])
        with open(os.path.join(bundle, "index.html"), encoding="utf-8") as html:
            self.assertIn("A.I.6.iv.a", html.read())
        run("evidence", "export", self.ws, bundle, check=2)  # not into a folder that has files

    def test_import_folder_maps_by_code_and_reports_the_rest(self):
        root = os.path.join(self.dir, "bukti")
        self.file("bukti/Pemenuhan/A.I.1.i.a Tim Kerja/SK Tim.pdf", b"sk")
        self.file("bukti/Pemenuhan/A.I.1/i/b/mekanisme.docx", b"mekanisme")
        self.file("bukti/A_II_4_i_a LAKIP 2025.pdf", b"lakip")
        self.file("bukti/lain-lain/foto kegiatan.jpg", b"foto")
        self.file("bukti/A.I.2.i.a kosong.pdf", b"")
        self.file("bukti/Pemenuhan/A.I.1 catatan area.txt", b"area, not a criterion")
        dry = run("evidence", "import-folder", self.ws, root, "--dry-run", check=2)
        self.assertIn("Nothing was written", run("evidence", "import-folder", self.ws, root, "--dry-run",
                                                 lang="en_US.UTF-8", check=2).stdout)
        self.assertEqual(self.sql("SELECT COUNT(*) FROM evidence_item"), [(0,)])
        for line in ("A.I.1.i.a  <-", "A.I.1.i.b  <-", "A.II.4.i.a  <-"):
            self.assertIn(line, dry.stdout)
        self.assertEqual(dry.stdout.count("TIDAK DIIMPOR"), 3)
        run("evidence", "import-folder", self.ws, root, check=2)
        self.assertEqual(sorted(i["codes"][0] for i in self.items()), ["A.I.1.i.a", "A.I.1.i.b", "A.II.4.i.a"])
        # Titles are the names without the extension and the code that leads them.
        self.assertEqual(sorted(i["title"] for i in self.items()), ["LAKIP 2025", "SK Tim", "mekanisme"])
        self.assertEqual(run("evidence", "verify", self.ws, check=0).returncode, 0)


class Checklist(WorkspaceTestCase):
    def checklist(self, code):
        return json.loads(run("evidence", "checklist", self.ws, code, "--json", check=0).stdout)

    def test_suggestions_team_items_and_the_evaluators_review(self):
        entries = self.checklist("A.I.1.i.a")
        self.assertEqual([e["title"] for e in entries], ["SK Tim Kerja Pembangunan ZI menuju WBK/WBBM",
                                                         "Undangan dan daftar hadir rapat pembentukan Tim Kerja",
                                                         "Notulen/laporan pelaksanaan rapat pembentukan Tim Kerja"])
        self.assertTrue(all(e["suggested_by_form"] and e["state"] == "missing" for e in entries))
        path = os.path.join(self.dir, "SK.pdf")
        with open(path, "wb") as f:
            f.write(b"SK nomor 12")
        run("evidence", "add", self.ws, "A.I.1.i.b", path, check=0)
        run("evidence", "checklist-attach", self.ws, "form:A.I.1.i.a:1", "1", check=0)
        run("evidence", "checklist-add", self.ws, "A.I.1.i.a", "Foto rapat pembentukan tim", check=0)
        entries = self.checklist("A.I.1.i.a")
        self.assertEqual((entries[0]["state"], entries[0]["items"]), ("attached", [1]))
        self.assertEqual((entries[3]["key"], entries[3]["suggested_by_form"]), ("team:1", False))
        # Attaching to the checklist lets the item back the criterion too.
        self.assertEqual(json.loads(run("evidence", "list", self.ws, "A.I.1.i.a", "--json", check=0).stdout)[0]["id"], 1)
        self.assertIn("--reason", run("evidence", "review", self.ws, "form:A.I.1.i.a:1", "rejected",
                                      lang="en_US.UTF-8", check=2).stderr)
        run("evidence", "review", self.ws, "form:A.I.1.i.a:1", "rejected", "--reason", "SK belum ditandatangani", check=0)
        run("evidence", "review", self.ws, "team:1", "accepted", check=0)
        entries = self.checklist("A.I.1.i.a")
        self.assertEqual((entries[0]["state"], entries[0]["reason"]), ("rejected", "SK belum ditandatangani"))
        self.assertEqual(entries[3]["state"], "accepted")
        # Reviews belong to the evaluator layer: the unit layer has none of its own.
        unit = json.loads(run("evidence", "checklist", self.ws, "A.I.1.i.a", "--layer", "unit", "--json", check=0).stdout)
        self.assertEqual(unit[0]["state"], "attached")
        run("evidence", "review", self.ws, "form:A.I.1.i.a:1", "clear", check=0)
        self.assertEqual(self.checklist("A.I.1.i.a")[0]["state"], "attached")
        run("evidence", "review", self.ws, "form:A.I.1.i.a:9", "accepted", check=2)
        run("evidence", "review", self.ws, "team:1", "maybe", check=2)
        # Detaching takes the item off the line only: the criterion keeps it, the log keeps both steps.
        run("evidence", "checklist-detach", self.ws, "form:A.I.1.i.a:1", "1", check=0)
        self.assertEqual((self.checklist("A.I.1.i.a")[0]["state"], self.checklist("A.I.1.i.a")[0]["items"]),
                         ("missing", []))
        self.assertEqual(json.loads(run("evidence", "list", self.ws, "A.I.1.i.a", "--json", check=0).stdout)[0]["id"], 1)
        refused = run("evidence", "checklist-detach", self.ws, "form:A.I.1.i.a:1", "1", lang="en_US.UTF-8", check=2)
        self.assertIn("not attached", refused.stderr)
        self.assertEqual(len(refused.stderr.strip().splitlines()), 1, refused.stderr)
        run("evidence", "checklist-detach", self.ws, "form:A.I.1.i.a:9", "1", check=2)
        run("audit", "verify", self.ws, check=0)

    def test_the_evaluator_accepts_or_rejects_each_evidence_item(self):
        sk = os.path.join(self.dir, "SK.pdf")
        foto = os.path.join(self.dir, "Foto.jpg")
        for path, data in ((sk, b"%PDF-1.4 SK nomor 12"), (foto, b"\xff\xd8 foto rapat")):
            with open(path, "wb") as f:
                f.write(data)
        run("evidence", "add", self.ws, "A.I.1.i.a", sk, foto, check=0)

        def reviews():
            return {i["id"]: i["reviews"] for i in json.loads(run("evidence", "list", self.ws, "--json", check=0).stdout)}

        self.assertEqual(reviews(), {1: {}, 2: {}})
        # A rejection needs its reason; the unit layer does not review; an unknown item is named.
        for args, words in ((["1", "rejected"], "--reason"), (["1", "accepted", "--layer", "unit"], "review layer"),
                            (["9", "accepted"], "9"), (["1", "maybe"], "maybe")):
            refused = run("evidence", "review-item", self.ws, *args, lang="en_US.UTF-8", check=2)
            self.assertIn(words, refused.stderr)
            self.assertEqual(len(refused.stderr.strip().splitlines()), 1, refused.stderr)
        self.assertEqual(reviews(), {1: {}, 2: {}})
        run("evidence", "review-item", self.ws, "1", "accepted", check=0)
        run("evidence", "review-item", self.ws, "2", "rejected", "--reason", "Foto buram, ulangi", check=0)
        got = reviews()
        self.assertEqual(got[1]["tpi"]["state"], "accepted")
        self.assertEqual((got[2]["tpi"]["state"], got[2]["tpi"]["reason"]), ("rejected", "Foto buram, ulangi"))
        self.assertIn("Foto buram, ulangi", run("evidence", "list", self.ws, check=0).stdout)
        # The same verdict again writes nothing; clearing removes it; each change is one log entry.
        def entries():
            with sqlite3.connect(self.ws) as db:
                return db.execute("SELECT COUNT(*) FROM log_entry").fetchone()[0]

        before = entries()
        run("evidence", "review-item", self.ws, "1", "accepted", check=0)
        self.assertEqual(entries(), before)
        run("evidence", "review-item", self.ws, "1", "clear", check=0)
        self.assertEqual(reviews()[1], {})
        self.assertEqual(entries(), before + 1)
        # The verdicts are projections of the log: rebuilt as they were, and an edit is caught.
        self.assertEqual(run("audit", "verify", self.ws).returncode, 0)
        with sqlite3.connect(self.ws) as db:
            db.execute("DELETE FROM evidence_review")
        result = run("audit", "verify", self.ws)
        self.assertEqual(result.returncode, 2)
        self.assertIn("evidence_review", result.stderr)
        run("audit", "rebuild", self.ws, check=0)
        self.assertEqual(reviews()[2]["tpi"]["reason"], "Foto buram, ulangi")
        # A removed item is not reviewed.
        run("evidence", "remove", self.ws, "2", check=0)
        self.assertIn("2", run("evidence", "review-item", self.ws, "2", "accepted", check=2).stderr)


class CancelFolderImport(WorkspaceTestCase):
    def test_ctrl_c_stops_at_a_safe_point_and_keeps_what_was_done(self):
        root = os.path.join(self.dir, "bukti", "A.I.1.i.a")
        os.makedirs(root)
        for i in range(40):
            with open(os.path.join(root, f"scan-{i:02d}.pdf"), "wb") as out:
                out.write(os.urandom(3_000_000))
        process = subprocess.Popen([ZIWB, "evidence", "import-folder", self.ws, os.path.dirname(root)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=dict(os.environ, LANG="en_US.UTF-8"))
        # Interrupt once the import is under way (a file committed), not at a guessed moment: a
        # slow or loaded machine may not have started the program yet after a fixed delay.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            db = sqlite3.connect(f"file:{self.ws}?mode=ro", uri=True, timeout=30)
            try:
                started = db.execute("SELECT count(*) FROM evidence_item").fetchone()[0] > 0
            finally:
                db.close()
            if started:
                break
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
        self.assertEqual(process.returncode, 2, out + err)
        self.assertIn("cancelled", err)
        imported = json.loads(run("evidence", "list", self.ws, "--json", check=0).stdout)
        self.assertLess(len(imported), 40)
        run("evidence", "verify", self.ws, check=0)
        with sqlite3.connect(self.ws) as db:
            self.assertEqual(db.execute("SELECT COUNT(*) FROM blob").fetchone(), (len(imported),))


class KillDuringFolderImport(WorkspaceTestCase):
    """A folder import killed with SIGKILL at random moments, many times: the workspace always
    opens, verifies clean, and holds no half-stored file."""

    def test_sigkill_during_import_leaves_a_valid_workspace(self):
        root = os.path.join(self.dir, "bukti")
        rng = random.Random(5)
        for i in range(60):
            path = os.path.join(root, f"A.I.{1 + i % 3}.i.a", f"dokumen-{i}.pdf")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as out:
                out.write(os.urandom(rng.randint(200_000, 2_400_000)))
        killed = 0
        for _ in range(20):
            process = subprocess.Popen([ZIWB, "evidence", "import-folder", self.ws, root], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.01, 0.4))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            process.wait()
            run("evidence", "verify", self.ws, check=0)
            with sqlite3.connect(self.ws) as db:
                self.assertEqual(db.execute("SELECT COUNT(*) FROM blob WHERE sha256 LIKE 'pending-%'").fetchone(), (0,))
                self.assertEqual(db.execute("SELECT COUNT(*) FROM blob_chunk WHERE blob_id NOT IN "
                                            "(SELECT id FROM blob)").fetchone(), (0,))
                self.assertEqual(db.execute("SELECT COUNT(*) FROM evidence_item i WHERE NOT EXISTS "
                                            "(SELECT 1 FROM evidence_revision r WHERE r.item_id = i.id)").fetchone(), (0,))
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchone(), ("ok",))
        self.assertGreater(killed, 5)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
