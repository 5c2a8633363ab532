# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input against text and output files: one crafted workspace, argument, CSV or file name
per attack, each asserting that it is refused with one clear line or handled safely.

Workspaces are crafted with Python's own sqlite3, as a stranger would edit a file before sending it.
The real `ziwb` binary is run; its output is read back independently (json, csv, zipfile, xml).
"""
import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
import xml.etree.ElementTree as ElementTree
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "cli"))
from ziwb_cli import FORM_ID, ZIWB, WorkspaceTestCase, run  # noqa: E402

REPLACEMENT = "\ufffd"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DEAD_PID = 4194305  # above the highest pid Linux ever gives (pid_max is at most 2^22)


def run_bytes(*args):
    """Runs ziwb with arguments given as bytes (invalid UTF-8 allowed); returns (code, out, err)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = "id_ID.UTF-8"
    words = [a if isinstance(a, bytes) else str(a).encode() for a in args]
    result = subprocess.run([ZIWB.encode(), *words], capture_output=True, env=env, timeout=300)
    return result.returncode, result.stdout, result.stderr


class Hostile(WorkspaceTestCase):
    def file(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as out:
            out.write(data)
        return path

    def sql(self, query, *params):
        with sqlite3.connect(self.ws) as db:
            return db.execute(query, params).fetchall()

    def add(self, code, name, data, *options):
        out = run("evidence", "add", self.ws, code, self.file(name, data), *options, check=0).stdout
        return int(out.split()[1].rstrip(":"))

    def assert_one_line_refusal(self, result_or_stderr, *words):
        stderr = result_or_stderr if isinstance(result_or_stderr, str) else result_or_stderr.stderr
        lines = stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, stderr)
        for word in words:
            self.assertIn(word, lines[0])

    # --- stored file names never leave the chosen folder -------------------------------------------

    def test_a_stored_name_climbing_out_is_refused_by_extract(self):
        item = self.add("A.I.1.i.a", "sk.pdf", b"%PDF isi")
        self.sql("UPDATE evidence_revision SET file_name = '../../x' WHERE item_id = ?", item)
        target = os.path.join(self.dir, "a", "b")
        os.makedirs(target)
        result = run("evidence", "extract", self.ws, str(item), target, check=2)
        self.assert_one_line_refusal(result, "../../x")
        for escaped in (os.path.join(self.dir, "x"), os.path.join(self.dir, "a", "x")):
            self.assertFalse(os.path.exists(escaped), escaped)
        self.assertEqual(os.listdir(target), [])
        for name in ("/tmp/ziwb-absolute", "CON", "nul.txt", "C:x", "a\\..\\..\\x", "ends."):
            self.sql("UPDATE evidence_revision SET file_name = ? WHERE item_id = ?", name, item)
            run("evidence", "extract", self.ws, str(item), target, check=2)
        self.assertFalse(os.path.exists("/tmp/ziwb-absolute"))
        self.assertEqual(os.listdir(target), [])

    def test_a_stored_name_climbing_out_stays_inside_the_bundle(self):
        item = self.add("A.I.1.i.a", "sk.pdf", b"%PDF isi")
        self.sql("UPDATE evidence_revision SET file_name = '../../x' WHERE item_id = ?", item)
        parent = os.path.join(self.dir, "out")
        os.makedirs(parent)
        bundle = os.path.join(parent, "bundle")
        run("evidence", "export", self.ws, bundle, check=0)
        self.assertEqual(sorted(os.listdir(parent)), ["bundle"], "nothing beside the bundle")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "x")))
        files = [os.path.join(root, f) for root, _, names in os.walk(bundle) for f in names]
        for path in files:
            self.assertTrue(os.path.realpath(path).startswith(os.path.realpath(bundle) + os.sep), path)
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    # --- output never goes through a link, FIFO or device ------------------------------------------

    def test_extract_never_writes_through_a_symlink_or_fifo(self):
        item = self.add("A.I.1.i.a", "sk.pdf", b"%PDF isi")
        precious = self.file("precious.txt", b"keep me")
        link = os.path.join(self.dir, "link.pdf")
        os.symlink(precious, link)
        self.assert_one_line_refusal(run("evidence", "extract", self.ws, str(item), link, check=2), link)
        self.assertTrue(os.path.islink(link))
        with open(precious, "rb") as f:
            self.assertEqual(f.read(), b"keep me")
        fifo = os.path.join(self.dir, "pipe.pdf")
        os.mkfifo(fifo)
        self.assert_one_line_refusal(run("evidence", "extract", self.ws, str(item), fifo, check=2), fifo)
        self.assertTrue(os.path.exists(fifo) and not os.path.isfile(fifo))
        # The same through a folder: a stored name that is a link inside the chosen folder.
        folder = os.path.join(self.dir, "keluar")
        os.makedirs(folder)
        os.symlink(precious, os.path.join(folder, "sk.pdf"))
        run("evidence", "extract", self.ws, str(item), folder, check=2)
        with open(precious, "rb") as f:
            self.assertEqual(f.read(), b"keep me")
        run("export", self.ws, link, check=2)
        with open(precious, "rb") as f:
            self.assertEqual(f.read(), b"keep me")
        self.assertEqual(run_bytes("export", self.ws, "/dev/null")[0], 2)

    # --- text is valid UTF-8 -----------------------------------------------------------------------

    def test_invalid_utf8_given_as_input_is_refused_with_one_line(self):
        cases = [
            ("answer", self.ws, "A.I.1.i.a", "Ya", "--note", b"catatan \xff"),
            ("evidence", "add", self.ws, "A.I.1.i.a", self.file("a.pdf", b"x"), "--title", b"judul \xc3"),
            ("evidence", "checklist-add", self.ws, "A.I.1.i.a", b"\xed\xa0\x80"),
            ("init", os.path.join(self.dir, "baru.ziwb"), "--form", FORM_ID, "--unit", b"Dinas \xff", "--agency",
             "Kab", "--year", "2026"),
        ]
        for args in cases:
            code, out, err = run_bytes(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(len(err.decode("utf-8").strip().splitlines()), 1, err)
            self.assertIn("UTF-8", err.decode("utf-8"))
        self.assertIn("--note", run_bytes(*cases[0])[2].decode("utf-8"))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "baru.ziwb")))
        self.assertEqual(self.sql("SELECT COUNT(*) FROM answer"), [(0,)])
        self.assertEqual(self.sql("SELECT COUNT(*) FROM evidence_item"), [(0,)])
        csv_path = self.file("jawaban.csv", b"code,answer,note\nA.I.1.i.a,Ya,baik\nA.I.1.i.b,B,rusak \xff\n")
        result = run("import-answers", self.ws, csv_path, check=2)
        self.assert_one_line_refusal(result, "jawaban.csv:3", "UTF-8")
        self.assertEqual(self.sql("SELECT COUNT(*) FROM answer"), [(0,)])

    def test_invalid_utf8_in_a_stored_workspace_is_shown_replaced_and_flagged(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", "--note", "baik", check=0)
        item = self.add("A.I.1.i.a", "sk.pdf", b"%PDF isi", "--title", "SK")
        with sqlite3.connect(self.ws) as db:
            db.execute("UPDATE answer SET note = CAST(? AS TEXT)", (b"note \xff\xfe end",))
            db.execute("UPDATE meta SET value = CAST(? AS TEXT) WHERE key = 'unit_name'", (b"Dinas \xc3(",))
            db.execute("UPDATE evidence_item SET title = CAST(? AS TEXT) WHERE id = ?", (b"judul \xe2\x80", item))
        result = run("score", self.ws, "--json", check=0)
        data = json.loads(result.stdout)  # valid JSON, or this raises
        self.assertIn(REPLACEMENT, data["unit"]["name"])
        self.assertTrue(data["text_repaired"])
        self.assertIn("U+FFFD", result.stderr)
        listed = json.loads(run("evidence", "list", self.ws, "--json", check=0).stdout)
        self.assertIn(REPLACEMENT, listed[0]["title"])
        out = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, out, check=0)
        with zipfile.ZipFile(out) as book:
            for name in book.namelist():
                if name.endswith(".xml") or name.endswith(".rels"):
                    ElementTree.fromstring(book.read(name))  # well-formed, or this raises
            strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        self.assertIn("note " + REPLACEMENT, strings)
        bundle = os.path.join(self.dir, "bundle")
        run("evidence", "export", self.ws, bundle, check=0)
        for name in ("index.csv", "index.html"):
            with open(os.path.join(bundle, name), "rb") as f:
                self.assertIn(REPLACEMENT, f.read().decode("utf-8"))  # strict decode

    # --- length limits -----------------------------------------------------------------------------

    def test_a_note_over_the_cell_limit_is_refused_at_input_and_survives_export_when_crafted(self):
        long_note = "x" * 40000
        result = run("answer", self.ws, "A.I.1.i.a", "Ya", "--note", long_note, check=2)
        self.assert_one_line_refusal(result, "40000", "32767")
        self.assertEqual(self.sql("SELECT COUNT(*) FROM answer"), [(0,)])
        self.assertLess(len(result.stderr), 400, "the note itself is not echoed")
        csv_path = self.write("jawaban.csv", "code,answer,note\nA.I.1.i.a,Ya," + long_note + "\n")
        self.assert_one_line_refusal(run("import-answers", self.ws, csv_path, check=2), "jawaban.csv:2", "32767")
        # Crafted in the file: every export still works and the cell holds at most 32,767 characters.
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.sql("UPDATE answer SET note = ?", long_note)
        out = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, out, check=0)
        with zipfile.ZipFile(out) as book:
            root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        longest = max(len("".join(si.itertext())) for si in root)
        self.assertLessEqual(longest, 32767)
        self.assertGreater(longest, 32000)

    # --- formula-like fields are plain text --------------------------------------------------------

    def test_formula_like_fields_in_index_csv_are_plain_text(self):
        hostile = ["=HYPERLINK(\"http://evil\",\"klik\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]
        for i, title in enumerate(hostile):
            self.add("A.I.1.i.a", f"f{i}.pdf", b"isi %d" % i, "--title", title, "--author", title)
        item = self.add("A.I.1.i.b", "tab.pdf", b"tab")
        self.sql("UPDATE evidence_item SET title = ?, description = ? WHERE id = ?", "\t=1+1", "\r=2", item)
        self.sql("UPDATE evidence_revision SET file_name = ? WHERE item_id = ?", "=x.pdf", item)
        bundle = os.path.join(self.dir, "bundle")
        run("evidence", "export", self.ws, bundle, check=0)
        with open(os.path.join(bundle, "index.csv"), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0][0], "code")
        self.assertEqual(len(rows), 1 + len(hostile) + 1)
        for row in rows:
            for field in row:
                self.assertFalse(field.startswith(FORMULA_STARTS), (field, row))
        titles = [row[3] for row in rows[1:]]
        for title in hostile:
            self.assertIn("'" + title, titles)
        self.assertIn("'\t=1+1", titles)
        # The workbook: the same titles and authors are string cells, which no spreadsheet evaluates.
        import openpyxl  # noqa: PLC0415 (only this test needs it)
        book_path = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, book_path, check=0)
        sheet = openpyxl.load_workbook(book_path)["Bukti Dukung"]
        cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value in hostile]
        self.assertGreaterEqual(len(cells), len(hostile))
        for cell in cells:
            self.assertEqual(cell.data_type, "s", cell.coordinate)

    # --- all or nothing, real dates, -0 ------------------------------------------------------------

    def test_several_files_are_added_all_or_none(self):
        good = self.file("good.pdf", b"baik")
        good2 = self.file("good2.pdf", b"baik juga")
        result = run("evidence", "add", self.ws, "A.I.1.i.a", good, os.path.join(self.dir, "missing.pdf"), good2,
                     check=2)
        self.assert_one_line_refusal(result, "missing.pdf")
        self.assertEqual(self.sql("SELECT COUNT(*) FROM evidence_item"), [(0,)])
        self.assertEqual(self.sql("SELECT COUNT(*) FROM blob"), [(0,)])
        run("evidence", "add", self.ws, "A.I.1.i.a", good, good2, check=0)
        self.assertEqual(self.sql("SELECT COUNT(*) FROM evidence_item"), [(2,)])

    def test_dates_must_be_real_calendar_days(self):
        pdf = self.file("a.pdf", b"isi")
        for date in ("2026-02-31", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01",
                     "+026-01-01", "2026-01-0x"):
            self.assert_one_line_refusal(
                run("evidence", "add", self.ws, "A.I.1.i.a", pdf, "--date", date, check=2), date)
        self.assertEqual(self.sql("SELECT COUNT(*) FROM evidence_item"), [(0,)])
        run("evidence", "add", self.ws, "A.I.1.i.a", pdf, "--date", "2024-02-29", check=0)
        self.assertEqual(self.sql("SELECT document_date FROM evidence_item"), [("2024-02-29",)])

    def test_minus_zero_is_stored_as_zero(self):
        run("answer", self.ws, "B.I.a", "-0", check=0)
        run("answer", self.ws, "A.II.4.i.a", "sasaran=6;tercapai=-0", check=0)
        values = dict(self.sql("SELECT code, value FROM answer"))
        self.assertEqual(values["B.I.a"], "0")
        self.assertNotIn("-0", values["A.II.4.i.a"])

    # --- a failed or killed export leaves nothing --------------------------------------------------

    def test_a_bundle_export_failing_half_way_leaves_nothing(self):
        self.add("A.I.1.i.a", "first.pdf", os.urandom(5000))
        second = self.add("A.I.1.i.b", "second.pdf", os.urandom(5000))
        with sqlite3.connect(self.ws) as db:
            db.execute("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE blob_id = "
                       "(SELECT blob_id FROM evidence_revision WHERE item_id = ?)", (second,))
        parent = os.path.join(self.dir, "out")
        os.makedirs(parent)
        result = run("evidence", "export", self.ws, os.path.join(parent, "bundle"), check=2)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertEqual(os.listdir(parent), [], "no partial folder, no temporary folder")

    def test_leftovers_of_killed_writers_are_removed_by_the_next_run(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        parent = os.path.join(self.dir, "out")
        os.makedirs(parent)
        crafted = [f".lke.xlsx.writing-{DEAD_PID}-0a1b2c3d", ".lke.xlsx.writing-1804289383",
                   ".sk.pdf.part-846930886"]
        for name in crafted:
            with open(os.path.join(parent, name), "wb") as f:
                f.write(b"half")
        os.makedirs(os.path.join(parent, f".bundle.writing-{DEAD_PID}-ff", "A. area"))
        run("export", self.ws, os.path.join(parent, "lke.xlsx"), check=0)
        self.assertEqual(os.listdir(parent), ["lke.xlsx"])

        # A real kill: a bundle export killed while it writes a large file.
        self.add("A.I.1.i.a", "besar.mp4", os.urandom(64 * 1024 * 1024))
        env = dict(os.environ, LANG="id_ID.UTF-8")
        process = subprocess.Popen([ZIWB, "evidence", "export", self.ws, os.path.join(parent, "bundle")], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        leftover = None
        deadline = time.monotonic() + 60
        while leftover is None and process.poll() is None and time.monotonic() < deadline:
            found = [n for n in os.listdir(parent) if ".writing-" in n]
            leftover = found[0] if found else None
        process.send_signal(signal.SIGKILL)
        process.wait()
        if leftover is not None and os.path.exists(os.path.join(parent, leftover)):
            self.assertFalse(os.path.exists(os.path.join(parent, "bundle")), "a killed export shows no bundle")
        run("export", self.ws, os.path.join(parent, "lke.xlsx"), check=0)
        self.assertEqual([n for n in os.listdir(parent) if ".writing-" in n], [])


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
