# SPDX-License-Identifier: GPL-3.0-or-later
"""The official LKE workbook as an independent oracle for the scoring engine.

Fills `tests/data/reference/lke-90-2021-filled-example.xlsx` (sheet `LKE ZI`, the official Lampiran III
layout with its own formulas) with an answer set, lets LibreOffice recalculate it headless, and
reads back what the workbook computes for every criterion, subindicator, area, part, component and
the total. Nothing here computes a score: the numbers come from the workbook's formulas.

The copy carries two local edits that are wrong (tests/data/reference/README.md), repaired before filling:
J8 says `Ya` instead of `Ya/Tidak`, and L175 averages only LHKPN (the regulation adds LHKPN and
LHKASN, each weighted 1). A third repair makes the workbook use the same inputs as the form: the
LHKASN total K185 is typed by hand in this copy (12, while its own breakdown 0 + 1 + 12 is 13); it
becomes `=K186+K187+K188`, as LHKPN's K178 already is.

Rows are found by walking the sheet alongside the form's tree, never by a table of row numbers:
each criterion row is checked against the form's answer type, each subindicator, area and part row
against the form's name.
"""
import difflib
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.environ.get("ZIWB_SOURCE_DIR", os.path.join(HERE, "..", ".."))
REFERENCE = os.path.join(SOURCE, "tests", "data", "reference")
WORKBOOK = os.path.join(REFERENCE, "lke-90-2021-filled-example.xlsx")
FORM = os.path.join(SOURCE, "forms", "lke-permenpanrb-90-2021.xml")
SHEET = "LKE ZI"

COL_E, COL_F, COL_G, COL_H, COL_J, COL_K, COL_L = 5, 6, 7, 8, 10, 11, 12
CHOICE_LABELS = {"yes_no": "Ya/Tidak", "abc": "A/B/C", "abcd": "A/B/C/D", "abcde": "A/B/C/D/E"}
TOTAL_ROW_LABELS = {"total": "NILAI EVALUASI ZONA INTEGRITAS"}


class FormTree:
    """The parts of the form file the oracle needs: the tree, answer types and inputs."""

    def __init__(self, path=FORM):
        root = ElementTree.parse(path).getroot()
        self.nodes = []  # (kind, code, name, element) in form order
        self._walk(root)
        self.criteria = [n for n in self.nodes if n[0] == "criterion"]

    def _walk(self, element):
        for child in element:
            if child.tag in ("component", "part", "area", "subindicator"):
                self.nodes.append((child.tag, child.get("code"), child.get("name"), child))
                self._walk(child)
            elif child.tag == "criterion":
                self.nodes.append(("criterion", child.get("code"), child.findtext("question"), child))

    @staticmethod
    def answer_type(element):
        return element.get("answer")

    @staticmethod
    def inputs(element):
        return [(i.get("id"), i.get("label")) for i in element.findall("input")]


def _similar(a, b):
    normalize = lambda s: re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()
    return difflib.SequenceMatcher(None, normalize(a), normalize(b)).ratio()


class Layout:
    """Where each code's cells are in the sheet: the Nilai row, the answer cell, the input cells."""

    def __init__(self, sheet, form):
        self.value_row = {}   # code -> row whose column L is the node's value
        self.answer_row = {}  # criterion code -> row whose K holds the answer (choice / index)
        self.input_cells = {}  # percentage criterion code -> {input id: row}
        self._map(sheet, form)

    def _map(self, sheet, form):
        rows = range(4, sheet.max_row + 1)
        text = lambda r, c: sheet.cell(r, c).value
        criterion_rows = [r for r in rows
                          if text(r, COL_J) in ("Ya", "Ya/Tidak", "A/B/C", "A/B/C/D", "A/B/C/D/E", "%", "Nilai\n(0-4)")
                          and (text(r, COL_H) is None or r >= 200)]
        criteria = form.criteria
        assert len(criterion_rows) == len(criteria) == 113, (len(criterion_rows), len(criteria))
        for row, (_, code, question, element) in zip(criterion_rows, criteria):
            kind = FormTree.answer_type(element)
            label = text(row, COL_J)
            if kind in CHOICE_LABELS:
                assert label in (CHOICE_LABELS[kind], "Ya"), (code, row, label, kind)
            elif kind == "percentage":
                assert label == "%", (code, row, label)
            else:
                assert label.startswith("Nilai"), (code, row, label)
            # LHKPN and LHKASN carry their name on a heading row just above ("Persentase ..." below).
            wording = max((text(row, COL_G) or text(row, COL_E), text(row - 1, COL_F)),
                          key=lambda w: _similar(w, question))
            assert _similar(wording, question) > 0.5, (code, row, wording, question)
            self.value_row[code] = row
            self.answer_row[code] = row
            if kind == "percentage":
                self.input_cells[code] = self._inputs(sheet, row, code, FormTree.inputs(element))

        # Groups: walk the form in order and take the next row whose name matches.
        columns = {"component": 3, "part": 4, "area": 5, "subindicator": 6}
        cursor = 4
        for kind, code, name, _ in form.nodes:
            if kind == "criterion":
                continue
            column = columns[kind]
            for row in range(cursor, sheet.max_row + 1):
                candidate = text(row, column)
                if candidate and text(row, COL_H) is not None and _similar(candidate, name) > 0.8:
                    self.value_row[code] = row
                    cursor = row + 1
                    break
            else:
                raise AssertionError(f"no row for {kind} {code} {name}")
        for row in rows:
            if text(row, 2) == TOTAL_ROW_LABELS["total"]:
                self.value_row["total"] = row
        assert "total" in self.value_row

    @staticmethod
    def _inputs(sheet, row, code, inputs):
        """The count rows under a percentage item: typed cells only (a formula row is a subtotal)."""
        cells = []
        r = row + 1
        while sheet.cell(r, COL_J).value == "Jumlah":
            value = sheet.cell(r, COL_K).value
            if not (isinstance(value, str) and value.startswith("=")):
                cells.append(r)
            r += 1
        assert len(cells) == len(inputs), (code, cells, inputs)
        mapping = {}
        for cell_row, (input_id, label) in zip(cells, inputs):
            wording = sheet.cell(cell_row, COL_G).value
            assert _similar(wording, label) > 0.35, (code, cell_row, wording, label)
            mapping[input_id] = cell_row
        return mapping


def repair(sheet):
    """The repairs named in the module docstring."""
    sheet["J8"] = "Ya/Tidak"
    sheet["L175"] = "=SUM(L176,L183)"
    sheet["K185"] = "=IF(OR(K186=\"\",K187=\"\",K188=\"\"),\"Blm Diisi\",K186+K187+K188)"


def fill(answers, out_path, form=None):
    """Writes a repaired copy of the workbook holding `answers` ({code: answer text in the CLI's
    format}); every other answer and count cell is empty. Returns the layout."""
    form = form or FormTree()
    book = openpyxl.load_workbook(WORKBOOK)
    sheet = book[SHEET]
    repair(sheet)
    layout = Layout(sheet, form)
    for code, row in layout.answer_row.items():
        if code in layout.input_cells:
            for cell_row in layout.input_cells[code].values():
                sheet.cell(cell_row, COL_K).value = None
        else:
            sheet.cell(row, COL_K).value = None
    for code, answer in answers.items():
        if code in layout.input_cells:
            for part in answer.split(";"):
                input_id, value = part.split("=")
                sheet.cell(layout.input_cells[code][input_id.strip()], COL_K).value = float(value)
        elif re.fullmatch(r"[0-9.,]+", answer):
            sheet.cell(layout.answer_row[code], COL_K).value = float(answer.replace(",", "."))
        else:
            sheet.cell(layout.answer_row[code], COL_K).value = answer
    book.save(out_path)
    return layout


def _profile(folder):
    """A private LibreOffice profile that recalculates every formula when a file is loaded."""
    user = os.path.join(folder, "user")
    os.makedirs(user, exist_ok=True)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                  'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                  '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                  '<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                  '</oor:items>\n')
    return "file://" + folder


def recalculate(paths, out_dir):
    """LibreOffice headless opens every file (recalculating all formulas) and saves it to out_dir,
    in one process start for all files. Returns the output paths, in order."""
    with tempfile.TemporaryDirectory(prefix="ziwb-lo-") as profile:
        env = dict(os.environ, HOME=profile)
        env.pop("DISPLAY", None)
        command = ["soffice", f"-env:UserInstallation={_profile(profile)}", "--headless", "--norestore",
                   "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out_dir, *paths]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
    outputs = [os.path.join(out_dir, os.path.basename(p)) for p in paths]
    missing = [p for p in outputs if not os.path.exists(p)]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {missing}: {result.stdout} {result.stderr}")
    return outputs


def read_values(path, layout):
    """{code: number | None (text such as "Blm Diisi") | "#ERROR"} for every mapped code."""
    sheet = openpyxl.load_workbook(path, data_only=True)[SHEET]
    values = {}
    for code, row in layout.value_row.items():
        value = sheet.cell(row, COL_L).value
        if isinstance(value, bool):
            value = float(value)
        if isinstance(value, (int, float)):
            values[code] = float(value)
        elif isinstance(value, str) and value.startswith("#"):
            values[code] = "#ERROR"
        else:
            values[code] = None
    return values


def evaluate(answer_sets, work_dir=None):
    """Fills, recalculates and reads many answer sets with one LibreOffice start.
    `answer_sets` is a list of {code: answer}; returns a list of {code: value}."""
    form = FormTree()
    own = work_dir is None
    work_dir = work_dir or tempfile.mkdtemp(prefix="ziwb-oracle-")
    try:
        filled_dir = os.path.join(work_dir, "filled")
        out_dir = os.path.join(work_dir, "recalculated")
        os.makedirs(filled_dir, exist_ok=True)
        os.makedirs(out_dir, exist_ok=True)
        paths, layouts = [], []
        for index, answers in enumerate(answer_sets):
            path = os.path.join(filled_dir, f"set{index:03d}.xlsx")
            layouts.append(fill(answers, path, form))
            paths.append(path)
        outputs = recalculate(paths, out_dir)
        return [read_values(out, layout) for out, layout in zip(outputs, layouts)]
    finally:
        if own:
            shutil.rmtree(work_dir, ignore_errors=True)


def real_unit_answers():
    """The answers of the unit in the filled example, in the CLI's format, with its notes."""
    form = FormTree()
    sheet = openpyxl.load_workbook(WORKBOOK)[SHEET]
    repair(sheet)
    layout = Layout(sheet, form)
    answers = {}
    for _, code, _, element in form.criteria:
        if code in layout.input_cells:
            parts = [f"{i}={int(sheet.cell(r, COL_K).value)}" for i, r in layout.input_cells[code].items()]
            answers[code] = ";".join(parts)
        else:
            value = sheet.cell(layout.answer_row[code], COL_K).value
            answers[code] = str(value).strip() if not isinstance(value, (int, float)) else repr(float(value))
    notes = {code: (sheet.cell(layout.answer_row[code], 15).value or "") for _, code, _, _ in form.criteria}
    return answers, notes
