# SPDX-License-Identifier: GPL-3.0-or-later
"""The `ziwb` command line as users and scripts meet it: commands, exit codes, messages, JSON."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import FORM_ID, WorkspaceTestCase, run, score  # noqa: E402


class Commands(WorkspaceTestCase):
    def test_forms_lists_the_lke(self):
        result = run("forms", check=0)
        self.assertIn(FORM_ID, result.stdout)
        self.assertIn("Zona Integritas", result.stdout)

    def test_answers_of_every_type_change_the_score(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK Tim ZI nomor 12", check=0)
        run("answer", self.ws, "A.I.1.i.b", "b", check=0)  # keys are matched without regard to case
        run("answer", self.ws, "A.I.1.iii.a", "B", check=0)
        run("answer", self.ws, "A.II.4.i.a", "sasaran=6;tercapai=5", check=0)
        run("answer", self.ws, "B.I.a", "3,6", check=0)  # Indonesian decimal comma
        data = score(self.ws)
        nodes = data["nodes"]
        self.assertEqual(nodes["A.I.1.i.a"]["answer"], "Ya")
        self.assertEqual(nodes["A.I.1.i.b"]["answer"], "B")
        self.assertAlmostEqual(nodes["A.I.1.i"]["value"], (1 + 0.5) / 2 * 0.5, places=12)
        self.assertAlmostEqual(nodes["A.I.1.iii"]["value"], 0.67, places=12)
        self.assertAlmostEqual(nodes["A.II.4.i.a"]["value"], 5 / 6, places=12)
        self.assertAlmostEqual(nodes["A.II.4.i"]["value"], 5 / 6 * 2, places=12)
        self.assertAlmostEqual(nodes["B.I.a"]["value"], 3.6 / 4 * 17.5, places=12)
        self.assertAlmostEqual(data["total"], 0.375 + 0.67 + 5 / 6 * 2 + 3.6 / 4 * 17.5, places=12)

    def test_clear_and_note_only(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        run("answer", self.ws, "A.I.1.i.a", "--note", "menunggu SK baru", check=0)
        self.assertEqual(score(self.ws)["nodes"]["A.I.1.i.a"]["answer"], "Ya")
        run("answer", self.ws, "A.I.1.i.a", "--clear", check=0)
        self.assertIsNone(score(self.ws)["nodes"]["A.I.1.i.a"]["answer"])
        history = run("history", self.ws, "A.I.1.i.a", check=0).stdout.strip().splitlines()
        self.assertEqual(len(history), 3)
        self.assertIn("menunggu SK baru", history[1])

    def test_the_evaluator_layer_is_separate(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        run("answer", self.ws, "A.I.1.i.a", "Tidak", "--layer", "tpi", "--note", "SK belum ditandatangani", check=0)
        self.assertEqual(score(self.ws)["nodes"]["A.I.1.i.a"]["value"], 1)
        self.assertEqual(score(self.ws, "tpi")["nodes"]["A.I.1.i.a"]["value"], 0)

    def test_set_predicate_unlocks_wbbm(self):
        data = score(self.ws)
        conditions = [u["condition"] for u in data["eligibility"]["WBBM"]["unmet"]]
        self.assertTrue(any("WBK" in c for c in conditions))
        run("set-predicate", self.ws, "WBK", check=0)
        self.assertIn("WBK", run("info", self.ws, check=0).stdout)
        data = score(self.ws)
        self.assertFalse(any(u["required"] == "WBK" for u in data["eligibility"]["WBBM"]["unmet"]))


class Details(WorkspaceTestCase):
    def test_details_change_and_are_recorded_in_the_history(self):
        shown = run("details", self.ws, check=0).stdout
        self.assertIn("Dinas Uji", shown)
        run("details", self.ws, "--unit", "Dinas Tenaga Kerja", "--year", "2027", "--author", "siti", check=0)
        info = run("info", self.ws, check=0).stdout
        self.assertIn("Dinas Tenaga Kerja", info)
        self.assertIn("2027", info)
        self.assertIn("Kabupaten Uji", info)  # the agency was not given: it stays
        history = run("history", self.ws, check=0).stdout
        self.assertIn("details:unit_name  Dinas Tenaga Kerja  details  siti", history)
        self.assertIn("details:year  2027  details  siti", history)
        self.assertNotIn("details:agency", history)

    def test_bad_details_change_nothing(self):
        for args in (["--unit", ""], ["--year", "1999"], ["--year", "dua ribu"], ["--agency", ""]):
            result = run("details", self.ws, *args, check=2)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertIn("Dinas Uji", run("details", self.ws, check=0).stdout)
        self.assertEqual(run("history", self.ws, check=0).stdout.strip(), "Belum ada perubahan.")


class Prerequisites(WorkspaceTestCase):
    def test_a_unit_may_be_proposed_only_with_every_prerequisite_met(self):
        data = score(self.ws)
        self.assertEqual(len(data["prerequisites"]), 15)  # Tabel 5: the Indeks RB rows for Pemda and for K/L
        self.assertTrue(all(p["met"] is None for p in data["prerequisites"]))
        self.assertEqual(data["proposable"], {"WBK": False, "WBBM": False})
        run("prerequisite", self.ws, "unit-2", "met", "--note", "LHP Inspektorat 2026", check=0)
        run("prerequisite", self.ws, "unit-3", "unmet", check=0)
        states = {p["id"]: p for p in score(self.ws)["prerequisites"]}
        self.assertIs(states["unit-2"]["met"], True)
        self.assertEqual(states["unit-2"]["note"], "LHP Inspektorat 2026")
        self.assertIs(states["unit-3"]["met"], False)
        run("prerequisite", self.ws, "unit-3", "unknown", check=0)
        self.assertIsNone({p["id"]: p for p in score(self.ws)["prerequisites"]}["unit-3"]["met"])
        self.assertIn("unit-1", run("prerequisite", self.ws, "unit-9", "met", check=2).stderr)
        run("prerequisite", self.ws, "unit-2", "ya", check=2)


class ScoreJson(WorkspaceTestCase):
    def test_the_json_has_every_node_and_the_verdicts(self):
        run("answer", self.ws, "A.II.5.ii.a", "harus=0;diproses=0;selesai=0", check=0)
        data = score(self.ws)
        for key in ("total", "pengungkit", "hasil", "completeness", "total_if_unanswered_zero", "nodes", "eligibility"):
            self.assertIn(key, data)
        nodes = data["nodes"]
        self.assertEqual(len([c for c, n in nodes.items() if n["kind"] == "criterion"]), 113)
        for code in ("A", "A.I", "A.II", "A.I.1", "A.I.1.i", "A.I.1.i.a", "B", "B.I", "B.I.a", "B.II.a"):
            self.assertIn(code, nodes)
            for field in ("value", "weight", "percent"):
                self.assertIn(field, nodes[code])
        self.assertIsNone(nodes["A.I.1.i.a"]["value"])
        self.assertIsNone(nodes["A.I.1.i.a"]["answer"])
        self.assertEqual(nodes["A.I.1"]["weight"], 4)
        # A zero denominator: not computable, the input to fix is named.
        self.assertEqual(nodes["A.II.5.ii.a"]["status"], "not_computable")
        finding = [f for f in data["findings"] if f["code"] == "A.II.5.ii.a"][0]
        self.assertIn("harus", finding["message"])
        for predicate in ("WBK", "WBBM"):
            verdict = data["eligibility"][predicate]
            self.assertFalse(verdict["eligible"])
            self.assertTrue(verdict["unmet"])
            for unmet in verdict["unmet"]:
                self.assertEqual(set(unmet) >= {"condition", "actual", "required"}, True)

    def test_the_table_is_readable_in_both_languages(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        indonesian = run("score", self.ws, check=0).stdout
        self.assertIn("Kelengkapan", indonesian)
        self.assertIn("MANAJEMEN PERUBAHAN", indonesian)
        self.assertIn("0,50", indonesian)
        english = run("score", self.ws, lang="en_US.UTF-8", check=0).stdout
        self.assertIn("Completeness", english)
        self.assertIn("0.50", english)


class Import(WorkspaceTestCase):
    def test_a_csv_with_wrong_rows_imports_nothing_and_names_every_row(self):
        csv = self.write("jawaban.csv", "code,answer,note\n"
                                        "A.I.1.i.a,Ya,\"SK Tim, nomor 12\"\n"
                                        "A.I.1.i.b,D,\n"
                                        "A.I.1.ii.a,Tidak,\n"
                                        "A.X.9,Ya,\n"
                                        "A.II.4.i.a,sasaran=5;tercapai=2.5,\n")
        result = run("import-answers", self.ws, csv, check=2)
        self.assertIn("jawaban.csv:3", result.stderr)
        self.assertIn("jawaban.csv:5", result.stderr)
        self.assertIn("jawaban.csv:6", result.stderr)
        self.assertNotIn("jawaban.csv:2", result.stderr)
        self.assertIn("tidak ada yang diimpor", result.stderr)
        self.assertEqual(score(self.ws)["completeness"], 0)

    def test_a_good_csv_is_imported_in_one_go(self):
        csv = self.write("jawaban.csv", "code;answer;note\nA.I.1.i.a;Ya;\"catatan; dengan titik koma\"\nB.I.a;3.5;\n")
        run("import-answers", self.ws, csv, check=0)
        data = score(self.ws)
        self.assertEqual(data["nodes"]["A.I.1.i.a"]["answer"], "Ya")
        self.assertAlmostEqual(data["nodes"]["B.I.a"]["value"], 3.5 / 4 * 17.5)

    def test_bad_files(self):
        self.assertIn("code,answer", run("import-answers", self.ws, self.write("x.csv", "kode,jawaban\n"), check=2).stderr)
        run("import-answers", self.ws, os.path.join(self.dir, "missing.csv"), check=2)


class Errors(WorkspaceTestCase):
    def test_usage_errors_exit_2_with_one_clear_line(self):
        for args in (["frobnicate"], ["answer", self.ws], ["score", self.ws, "--jsn"], ["init", "x.ziwb"],
                     ["answer", self.ws, "A.I.1.i.a", "Ya", "--clear"]):
            result = run(*args, check=2)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertTrue(result.stderr.startswith("ziwb: "), result.stderr)
        self.assertNotEqual(run(check=2).stdout, "")

    def test_bad_answers_are_explained_in_indonesian_and_english(self):
        result = run("answer", self.ws, "A.I.1.i.a", "Yes", check=2)
        self.assertIn("A.I.1.i.a diisi Ya atau Tidak, bukan 'Yes'", result.stderr)
        result = run("answer", self.ws, "A.I.1.i.a", "Yes", lang="en_US.UTF-8", check=2)
        self.assertIn("A.I.1.i.a takes Ya or Tidak, not 'Yes'", result.stderr)
        self.assertIn("4", run("answer", self.ws, "B.I.a", "5", check=2).stderr)
        self.assertIn("sasaran", run("answer", self.ws, "A.II.4.i.a", "7", check=2).stderr)
        self.assertIn("A.I.1", run("answer", self.ws, "A.I.1", "Ya", check=2).stderr)
        # The layers are the form's: an unknown one is named with those that exist.
        self.assertIn("unit, pendahuluan, tpi, tpn",
                      run("answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "bpk", check=2).stderr)

    def test_files_that_cannot_be_workspaces(self):
        not_ws = self.write("laporan.ziwb", "bukan ruang kerja")
        self.assertIn("bukan ruang kerja ZI Workbench", run("score", not_ws, check=2).stderr)
        with open(not_ws, encoding="utf-8") as f:
            self.assertEqual(f.read(), "bukan ruang kerja")
        self.assertIn("already exists", run("init", self.ws, "--form", FORM_ID, "--unit", "U", "--agency", "A",
                                             "--year", "2026", lang="en_US.UTF-8", check=2).stderr)
        run("init", os.path.join(self.dir, "n.ziwb"), "--form", "lke-1999", "--unit", "U", "--agency", "A",
            "--year", "2026", check=2)
        run("init", os.path.join(self.dir, "n.ziwb"), "--form", FORM_ID, "--unit", "U", "--agency", "A",
            "--year", "dua ribu", check=2)


class FullDisk(unittest.TestCase):
    """A real full disk: a small tmpfs (8 MB). Needs root to mount; CI runs as root."""

    def test_a_full_disk_changes_nothing_and_says_so(self):
        if os.geteuid() != 0:
            self.skipTest("mounting a small file system needs root (the unit tests cover SQLite's own limit)")
        import subprocess
        import tempfile
        mount = tempfile.mkdtemp(prefix="ziwb-full-")
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount], check=True)
        try:
            ws = os.path.join(mount, "penuh.ziwb")
            run("init", ws, "--form", FORM_ID, "--unit", "U", "--agency", "A", "--year", "2026", check=0)
            run("answer", ws, "A.I.1.i.a", "Ya", check=0)
            filler = os.open(os.path.join(mount, "filler"), os.O_WRONLY | os.O_CREAT)
            try:
                while True:
                    os.write(filler, b"\0" * 4096)
            except OSError:
                pass
            finally:
                os.close(filler)
            result = run("answer", ws, "A.I.1.i.b", "A", "--note", "x" * 32000, check=2)
            self.assertIn("penuh", result.stderr)
            os.remove(os.path.join(mount, "filler"))
            data = score(ws)
            self.assertEqual(data["nodes"]["A.I.1.i.a"]["answer"], "Ya")
            self.assertIsNone(data["nodes"]["A.I.1.i.b"]["answer"])
        finally:
            subprocess.run(["umount", "-l", mount], check=False)
            os.rmdir(mount)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
