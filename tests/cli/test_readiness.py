# SPDX-License-Identifier: GPL-3.0-or-later
"""Readiness through the real `ziwb`: the check, the path to WBK/WBBM (applied, the engine then
reports the predicate met), what-if, the action plan, and the Kesiapan / Rencana Aksi sheets read
back with openpyxl. The workspace file is inspected with Python's own sqlite3."""
import json
import os
import sqlite3
import sys
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import SOURCE, WorkspaceTestCase, run, score  # noqa: E402


class Readiness(WorkspaceTestCase):
    def answered(self):
        """The real unit's answers with survey results good enough for a path to exist, and capaian
        kinerja and two change-management answers at their lowest, so WBK is not met yet."""
        run("import-answers", self.ws, os.path.join(SOURCE, "tests", "data", "real-unit-answers.csv"), check=0)
        run("answer", self.ws, "B.I.a", "3.80", check=0)
        run("answer", self.ws, "B.II.a", "3.80", check=0)
        run("answer", self.ws, "B.I.b", "E", check=0)
        run("answer", self.ws, "A.I.1.i.b", "C", check=0)

    def test_check_lists_problems_with_their_fix_most_points_first(self):
        out = json.loads(run("check", self.ws, "--json", check=0).stdout)
        kinds = {finding["kind"] for finding in out["findings"]}
        # The agency type is not set, so both Indeks RB thresholds of Tabel 5 are listed, and the check says so.
        # Nobody has signed off yet either; without a team register no document is expected to be signed.
        self.assertEqual(kinds, {"unanswered", "prerequisite-open", "agency-type", "not-signed-off"})
        self.assertEqual(out["count"], len(out["findings"]))
        points = [finding["points"] for finding in out["findings"]]
        self.assertEqual(points, sorted(points, reverse=True))
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        out = json.loads(run("check", self.ws, "--json", check=0).stdout)
        mine = {f["kind"] for f in out["findings"] if f["code"] == "A.I.1.i.a"}
        self.assertEqual(mine, {"no-evidence", "best-without-note"})
        text = run("check", self.ws, check=0).stdout
        self.assertIn("A.I.1.i.a", text)
        self.assertIn("ziwb evidence add WS A.I.1.i.a", text)

    def test_the_path_once_applied_meets_the_predicate(self):
        self.answered()
        self.assertFalse(score(self.ws)["eligibility"]["WBK"]["eligible"])
        path = json.loads(run("path", self.ws, "--predicate", "WBK", "--json", check=0).stdout)
        self.assertTrue(path["found"])
        self.assertTrue(path["proven_optimal"])
        self.assertEqual(path["cost"], sum(step["cost"] for step in path["steps"]))
        self.assertLessEqual(len(path["alternatives"]), 2)
        for alternative in path["alternatives"]:
            self.assertGreaterEqual(alternative["cost"], path["cost"])
            self.assertNotEqual(alternative["steps"], path["steps"])
        # What-if shows the verdict change without writing anything.
        changes = [f"{step['code']}={step['to']}" for step in path["steps"]]
        what_if = json.loads(run("what-if", self.ws, *changes, "--json", check=0).stdout)
        self.assertFalse(what_if["before"]["WBK"]["eligible"])
        self.assertTrue(what_if["after"]["WBK"]["eligible"], what_if["after"])
        self.assertFalse(score(self.ws)["eligibility"]["WBK"]["eligible"])
        for step in path["steps"]:
            run("answer", self.ws, step["code"], step["to"], check=0)
        self.assertTrue(score(self.ws)["eligibility"]["WBK"]["eligible"])
        again = json.loads(run("path", self.ws, "--predicate", "WBK", "--json", check=0).stdout)
        self.assertEqual((again["found"], again["steps"], again["cost"]), (True, [], 0))

    def test_blocked_paths_name_the_condition_and_costs_come_from_csv(self):
        self.answered()
        run("answer", self.ws, "B.I.a", "2.10", check=0)
        path = json.loads(run("path", self.ws, "--predicate", "WBK", "--json", check=0).stdout)
        self.assertFalse(path["found"])
        self.assertTrue(any("IPAK" in blocking for blocking in path["blocking"]), path["blocking"])
        text = run("path", self.ws, "--predicate", "WBK", check=0).stdout
        self.assertIn("IPAK", text)
        run("answer", self.ws, "B.I.a", "3.80", check=0)
        wbbm = json.loads(run("path", self.ws, "--predicate", "WBBM", "--json", check=0).stdout)
        self.assertEqual(len(wbbm["outside"]), 1)  # the unit must hold WBK first
        # Costs: a bad file is refused with its line; a criterion marked tetap never moves.
        first = json.loads(run("path", self.ws, "--predicate", "WBK", "--json", check=0).stdout)["steps"][0]["code"]
        bad = self.write("bad.csv", "code,cost\nA.I.1.i.a,-1\n")
        result = run("path", self.ws, "--predicate", "WBK", "--cost", bad, check=2)
        self.assertIn("bad.csv:2", result.stderr)
        fixed = self.write("biaya.csv", f"code,cost\n{first},tetap\n")
        moved = json.loads(run("path", self.ws, "--predicate", "WBK", "--cost", fixed, "--json", check=0).stdout)
        self.assertNotIn(first, [step["code"] for step in moved["steps"]])
        result = run("path", self.ws, "--predicate", "WBX", check=2)
        self.assertIn("WBX", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_plan_from_the_path_listed_done_and_exported(self):
        self.answered()
        path = json.loads(run("path", self.ws, "--predicate", "WBK", "--json", check=0).stdout)
        run("plan", "add", self.ws, "--from-path", "WBK", "--person", "Sekretaris", "--due", "2000-01-31", check=0)
        run("plan", "add", self.ws, "A.I.2.i.a", "--task", "Susun SOP", "--due", "2999-12-31", check=0)
        plan = json.loads(run("plan", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual(len(plan["tasks"]), len(path["steps"]) + 1)
        self.assertTrue(all(task["overdue"] for task in plan["tasks"][:-1]))
        self.assertFalse(plan["tasks"][-1]["overdue"])
        self.assertIn("LEWAT TENGGAT", run("plan", "list", self.ws, check=0).stdout)
        # A second build from the same path adds nothing already planned.
        run("plan", "add", self.ws, "--from-path", "WBK", check=0)
        self.assertEqual(len(json.loads(run("plan", "list", self.ws, "--json", check=0).stdout)["tasks"]),
                         len(path["steps"]) + 1)
        first = plan["tasks"][0]["id"]
        run("plan", "status", self.ws, first, "berjalan", check=0)
        run("plan", "done", self.ws, first, check=0)
        with sqlite3.connect(self.ws) as db:
            self.assertEqual(db.execute("SELECT status FROM plan_task WHERE id = ?", (first,)).fetchone()[0], "done")
            uid = db.execute("SELECT uid FROM plan_task WHERE id = ?", (first,)).fetchone()[0]
            bodies = [body for (body,) in db.execute("SELECT body FROM log_entry ORDER BY seq")]
            self.assertEqual(sum(1 for body in bodies if ("plan/" + uid).encode() in body), 3)
        self.assertIn("99", run("plan", "done", self.ws, "99", check=2).stderr)
        self.assertIn("kapan", run("plan", "status", self.ws, first, "kapan", check=2).stderr)

        out = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, out, check=0)
        book = openpyxl.load_workbook(out)
        self.assertIn("Kesiapan", book.sheetnames)
        check = json.loads(run("check", self.ws, "--json", check=0).stdout)
        sheet = book["Kesiapan"]
        rows = [row for row in sheet.iter_rows(min_row=3, values_only=True) if row[2]]
        self.assertEqual(len(rows), check["count"])
        self.assertEqual([row[2] for row in rows], [f["code"] for f in check["findings"]])
        plan_sheet = book["Rencana Aksi"]
        planned = [row for row in plan_sheet.iter_rows(min_row=3, values_only=True) if row[1]]
        self.assertEqual(len(planned), len(path["steps"]) + 1)
        self.assertEqual(planned[0][6], "selesai")


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
