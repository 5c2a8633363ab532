# SPDX-License-Identifier: GPL-3.0-or-later
"""The submission workbook: live formulas that LibreOffice recalculates to the engine's numbers.

Each export is read back by independent readers: openpyxl for the cached values and the cell
types, LibreOffice headless (one start for all files) for what the formulas compute. Every Nilai,
subindicator, area, part, component and total must equal `ziwb score --json`, for the unit and the
evaluator layer, for empty, complete, random, partial and zero-denominator answer sets.
"""
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "oracle"))
import official_workbook as oracle  # noqa: E402  (LibreOffice recalculation)
from test_engine_vs_workbook import extreme_set, random_set  # noqa: E402
from ziwb_cli import ZIWB, run, score  # noqa: E402

TOLERANCE = 1e-9
VALUE_COLUMN = {"unit": 12, "tpi": 16}  # L and P: Nilai and Nilai TPI
INJECTED_NOTES = ["=HYPERLINK(\"http://contoh.example\",\"klik\")", "+62 812 3456", "-1 dari 3 bukti", "@SUM(A1)"]


def write_csv(path, answers, notes=None):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["code", "answer", "note"])
    for code, answer in sorted(answers.items()):
        writer.writerow([code, answer, (notes or {}).get(code, "")])
    with open(path, "w", encoding="utf-8") as out:
        out.write(buffer.getvalue())


def rows_by_code(sheet):
    return {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}


def total_row(sheet):
    for r in range(sheet.max_row, 0, -1):
        if sheet.cell(r, 1).value == "NILAI EVALUASI ZONA INTEGRITAS":
            return r
    raise AssertionError("no total row")


class Export(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="ziwb-export-")
        form = oracle.FormTree()
        rng = random.Random(4)
        sets = {"empty": ({}, None), "best": (extreme_set(form, True), None), "worst": (extreme_set(form, False), None)}
        for i in range(4):
            sets[f"complete {i}"] = (random_set(rng, form, partial=False), None)
            sets[f"partial {i}"] = (random_set(rng, form, partial=True), None)
        zero = extreme_set(form, True)
        zero["A.II.4.i.a"] = "sasaran=0;tercapai=0"
        zero["A.II.3.iii.a"] = "pelanggaran_lalu=0;pelanggaran_ini=3;disanksi=1"
        sets["zero denominators"] = (zero, None)
        sets["both layers"] = (random_set(rng, form, partial=True), random_set(rng, form, partial=False))
        cls.sets = sets
        cls.exports, cls.scores = {}, {}
        for index, (name, (unit, tpi)) in enumerate(sets.items()):
            ws = os.path.join(cls.dir, f"ws{index}.ziwb")
            run("init", ws, "--form", "lke-permenpanrb-90-2021", "--unit", "Dinas Uji", "--agency", "Kabupaten Uji",
                "--year", "2026", check=0)
            notes = {code: INJECTED_NOTES[i % len(INJECTED_NOTES)] for i, code in enumerate(sorted(unit)[:8])}
            for layer, answers in (("unit", unit), ("tpi", tpi)):
                if answers:
                    path = os.path.join(cls.dir, f"ws{index}-{layer}.csv")
                    write_csv(path, answers, notes if layer == "unit" else None)
                    run("import-answers", ws, path, "--layer", layer, check=0)
            if name == "both layers":
                cls.evidence_workspace = ws
                for code, file_name in (("A.I.1.i.a", "SK Tim.pdf"), ("A.I.1.i.a", "Notulen.pdf"), ("B.I.a", "IPAK.pdf")):
                    path = os.path.join(cls.dir, file_name)
                    with open(path, "wb") as f:
                        f.write(os.urandom(1000) + file_name.encode())
                    run("evidence", "add", ws, code, path, check=0)
                run("evidence", "link", ws, "A.I.6.i.b", "https://dinas.example.go.id/maklumat", "--title", "Maklumat",
                    check=0)
            out = os.path.join(cls.dir, f"ws{index}.xlsx")
            run("export", ws, out, check=0)
            cls.exports[name] = out
            cls.scores[name] = {layer: score(ws, layer) for layer in ("unit", "tpi")}
        recalculated_dir = os.path.join(cls.dir, "recalculated")
        os.makedirs(recalculated_dir)
        names = list(cls.exports)
        outputs = oracle.recalculate([cls.exports[n] for n in names], recalculated_dir)
        cls.recalculated = dict(zip(names, outputs))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def check_values(self, path, name, what):
        sheet = openpyxl.load_workbook(path, data_only=True)["LKE ZI"]
        rows = rows_by_code(sheet)
        layers = ["unit", "tpi"] if self.sets[name][1] else ["unit"]
        compared = 0
        for layer in layers:
            engine = self.scores[name][layer]
            for code, node in engine["nodes"].items():
                cell = sheet.cell(rows[code], VALUE_COLUMN[layer]).value
                with self.subTest(answer_set=name, layer=layer, code=code, read=what):
                    if node["value"] is None:
                        self.assertEqual(cell, "Blm Diisi")
                    else:
                        self.assertIsInstance(cell, (int, float), f"{cell!r}")
                        self.assertLessEqual(abs(cell - node["value"]), TOLERANCE)
                        compared += 1
            total = sheet.cell(total_row(sheet), VALUE_COLUMN[layer]).value
            self.assertLessEqual(abs(total - engine["total"]), TOLERANCE)
        return compared

    def test_libreoffice_recalculates_every_value_to_the_engines(self):
        compared = sum(self.check_values(self.recalculated[n], n, "LibreOffice") for n in self.exports)
        self.assertGreater(compared, 1500)

    def test_cached_values_are_the_engines_before_any_recalculation(self):
        for name, path in self.exports.items():
            self.check_values(path, name, "cached")

    def test_a_changed_answer_changes_the_numbers_in_libreoffice(self):
        # Edit the exported file as a user would (B.I.b from its answer to E) and recalculate.
        book = openpyxl.load_workbook(self.exports["best"])
        sheet = book["LKE ZI"]
        sheet.cell(rows_by_code(sheet)["B.I.b"], 11).value = "E"
        edited = os.path.join(self.dir, "edited.xlsx")
        book.save(edited)
        out = os.path.join(self.dir, "edited-out")
        os.makedirs(out)
        result = openpyxl.load_workbook(oracle.recalculate([edited], out)[0], data_only=True)["LKE ZI"]
        self.assertAlmostEqual(result.cell(total_row(result), 12).value, 95.0, places=9)
        self.assertAlmostEqual(result.cell(rows_by_code(result)["B.I.b"], 12).value, 0.0, places=9)

    def test_every_sheet_opens_in_openpyxl_and_has_the_layout(self):
        for name, path in self.exports.items():
            book = openpyxl.load_workbook(path)
            with_evidence = name == "both layers"
            # "both layers" is the one export with an evaluator layer, so the one with the LHE sheet.
            self.assertEqual(book.sheetnames, ["LKE ZI", "Rekap"] + (["Bukti Dukung", "LHE"] if with_evidence else []) +
                             ["Kesiapan"])
            sheet = book["LKE ZI"]
            self.assertEqual([sheet.cell(2, c).value for c in (1, 2, 8, 9, 10, 11, 12, 13)],
                             ["Kode", "Penilaian", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%"])
            self.assertEqual(sheet.freeze_panes, "A3")
            self.assertTrue(sheet.protection.sheet)
            self.assertEqual(sheet.print_title_rows, "$2:$2")
            self.assertEqual(sheet.page_setup.orientation, "landscape")
            rows = rows_by_code(sheet)
            self.assertEqual(len(rows), 176)
            answer_cell = sheet.cell(rows["A.I.1.i.a"], 11)
            self.assertFalse(answer_cell.protection.locked)
            self.assertTrue(sheet.cell(rows["A.I.1.i.a"], 12).protection.locked)
            self.assertTrue(str(sheet.cell(rows["A.I.1.i.a"], 12).value).startswith("=IF("))
            lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
            layers = 2 if self.sets[name][1] else 1
            # One drop-down per choice criterion and layer (113 criteria - 8 percentage - 2 index items).
            self.assertEqual(len(lists), 103 * layers)
            self.assertEqual(sheet.cell(rows["A.II.4.i.a"] + 1, 10).value, "Jumlah")
            for row in book["Rekap"].iter_rows(values_only=True):
                pass  # every cell of Rekap reads
            if self.sets[name][1]:
                self.assertEqual(sheet.cell(2, 15).value, "Jawaban TPI")
                self.assertEqual(sheet.cell(2, 16).value, "Nilai TPI")

    def test_evidence_is_listed_and_linked_from_each_criterion(self):
        book = openpyxl.load_workbook(self.exports["both layers"])
        evidence = book["Bukti Dukung"]
        rows = [r for r in evidence.iter_rows(min_row=3, values_only=True) if r[0]]
        self.assertEqual([r[0] for r in rows], ["A.I.1.i.a", "A.I.1.i.a", "A.I.6.i.b", "B.I.a"])
        listed = json.loads(run("evidence", "list", self.evidence_workspace, "--json", check=0).stdout)
        self.assertEqual({r[5] for r in rows if r[5]}, {i["sha256"] for i in listed if i["kind"] == "file"})
        self.assertEqual(evidence.cell(5, 5).hyperlink.target, "https://dinas.example.go.id/maklumat")
        self.assertIn("SK Tim.pdf", evidence.cell(3, 5).hyperlink.target.replace("%20", " "))
        lke = book["LKE ZI"]
        code_rows = rows_by_code(lke)
        self.assertEqual(lke.cell(2, 19).value, "Bukti dukung")
        cell = lke.cell(code_rows["A.I.1.i.a"], 19)
        self.assertEqual(cell.value, "2 bukti")
        self.assertEqual(cell.hyperlink.location, "'Bukti Dukung'!A3")
        self.assertEqual(lke.cell(code_rows["A.I.1.i.b"], 19).value, "0 bukti")

    def test_user_text_is_never_a_formula(self):
        path = self.recalculated["best"]
        sheet = openpyxl.load_workbook(self.exports["best"])["LKE ZI"]
        recalculated = openpyxl.load_workbook(path, data_only=True)["LKE ZI"]
        notes = [sheet.cell(r, 14) for r in range(3, sheet.max_row + 1) if sheet.cell(r, 14).value]
        self.assertEqual(len(notes), 8)
        for cell in notes:
            self.assertEqual(cell.data_type, "s")
            self.assertIn(cell.value, INJECTED_NOTES)
            self.assertEqual(recalculated.cell(cell.row, 14).value, cell.value)

    def test_zero_denominators_show_blm_diisi_not_an_error(self):
        sheet = openpyxl.load_workbook(self.recalculated["zero denominators"], data_only=True)["LKE ZI"]
        rows = rows_by_code(sheet)
        self.assertEqual(sheet.cell(rows["A.II.4.i.a"], 12).value, "Blm Diisi")
        self.assertEqual(sheet.cell(rows["A.II.3.iii.a"], 12).value, 0)
        self.assertIsInstance(sheet.cell(total_row(sheet), 12).value, (int, float))

    def test_a_fixed_creation_time_gives_the_same_bytes(self):
        ws = os.path.join(self.dir, "ws1.ziwb")
        first, second = os.path.join(self.dir, "a.xlsx"), os.path.join(self.dir, "b.xlsx")
        for out in (first, second):
            run("export", ws, out, "--created", "2026-01-31T08:00:00Z", check=0)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())
        with zipfile.ZipFile(first) as archive:
            core = archive.read("docProps/core.xml").decode()
        self.assertIn("2026-01-31T08:00:00Z", core)
        self.assertIn("Dinas Uji", core)
        run("export", ws, os.path.join(self.dir, "c.xlsx"), "--created", "kemarin", check=2)
        run("export", ws, os.path.join(self.dir, "missing-folder", "c.xlsx"), check=2)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
