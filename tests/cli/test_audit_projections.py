# SPDX-License-Identifier: GPL-3.0-or-later
"""`ziwb audit verify` catches an edit of every table the log projects beyond the answers and the
team (those are in test_team_log): evidence, its revisions and criteria, the checklist and its
review, the action plan, the letterhead, the document signatures, the service catalogue, its forums
and surveys. A workspace with rows in all of them is made through the real `ziwb`; each table is then
edited in a copy, and verify must exit 2 with one line naming the table."""
import os
import shutil
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import WorkspaceTestCase, run  # noqa: E402

HEAD = "198103142006042011"
STAFF = "199001012015032001"
TEAM_CSV = f"""nip,nama,jabatan,email,peran
{HEAD},Dewi Anggraeni,Kepala Dinas,,pimpinan
{STAFF},Siti Aminah,Analis Kepegawaian,,anggota
"""

# One edit per projected table, each of a kind a person tidying the file by hand might make.
EDITS = [
    ("evidence_item", "UPDATE evidence_item SET title = 'Judul lain' WHERE id = (SELECT MIN(id) FROM evidence_item)"),
    ("evidence_revision", "DELETE FROM evidence_revision WHERE rowid = (SELECT MAX(rowid) FROM evidence_revision)"),
    ("evidence_criterion", "UPDATE evidence_criterion SET code = 'A.I.1.i.b' WHERE code = 'A.I.1.i.a'"),
    ("checklist_item", "UPDATE checklist_item SET title = 'Baris lain'"),
    ("checklist_evidence", "DELETE FROM checklist_evidence"),
    ("checklist_review", "UPDATE checklist_review SET state = 'accepted'"),
    ("evidence_review", "UPDATE evidence_review SET reason = 'alasan lain'"),
    ("plan_task", "DELETE FROM plan_task"),
    ("letterhead", "UPDATE letterhead SET lines = '[\"DINAS LAIN\"]'"),
    ("document_signature", "DELETE FROM document_signature"),
    ("service", "UPDATE service SET name = 'Layanan lain' WHERE rowid = (SELECT MIN(rowid) FROM service)"),
    ("fkp_session", "DELETE FROM fkp_session"),
    ("fkp_participant", "DELETE FROM fkp_participant WHERE rowid = (SELECT MIN(rowid) FROM fkp_participant)"),
    ("fkp_input", "DELETE FROM fkp_input WHERE rowid = (SELECT MIN(rowid) FROM fkp_input)"),
    ("skm_survey", "DELETE FROM skm_survey"),
    ("skm_result", "DELETE FROM skm_result"),
]


class ProjectedTables(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        # The demo holds evidence with revisions, services, a forum and a survey.
        os.remove(self.ws)
        run("demo", self.ws, check=0)
        items = run("evidence", "list", self.ws, "A.I.1.i.a", check=0).stdout.split()
        run("evidence", "checklist-attach", self.ws, "form:A.I.1.i.a:1", items[0], check=0)
        run("evidence", "review", self.ws, "form:A.I.1.i.a:1", "rejected", "--reason", "tanpa tanda tangan",
            check=0)
        run("evidence", "review-item", self.ws, items[0], "rejected", "--reason", "pindaian tidak terbaca", check=0)
        run("evidence", "checklist-add", self.ws, "A.I.1.i.a", "Foto rapat pembentukan", check=0)
        run("plan", "add", self.ws, "A.I.1.ii.a", "--task", "Susun rencana kerja", "--due", "2026-03-01", check=0)
        run("document", "letterhead", self.ws, "--line", "DINAS TENAGA KERJA", check=0)
        run("person", "import", self.ws, self.write("team.csv", TEAM_CSV), check=0)
        scans = os.path.join(self.dir, "scans")
        os.makedirs(scans)
        with open(os.path.join(scans, f"{STAFF}.pdf"), "wb") as scan:
            scan.write(b"%PDF-1.4\n% a signed scan\n")
        run("document", "signed", self.ws, scans, "--date", "2026-01-07", check=0)

    def test_every_projected_table_has_rows_and_an_edit_of_each_is_caught(self):
        self.assertEqual(run("audit", "verify", self.ws).returncode, 0)
        db = sqlite3.connect(self.ws)
        for table, _ in EDITS:
            self.assertGreater(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0], 0, table)
        db.close()
        for table, statement in EDITS:
            with self.subTest(table=table):
                path = os.path.join(self.dir, f"edited-{table}.ziwb")
                shutil.copyfile(self.ws, path)
                edited = sqlite3.connect(path, isolation_level=None)
                self.assertGreater(edited.execute(statement).rowcount, 0, statement)
                edited.close()
                result = run("audit", "verify", path)
                self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
                lines = result.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, result.stderr)
                self.assertIn(table, lines[0])


if __name__ == "__main__":
    unittest.main()
