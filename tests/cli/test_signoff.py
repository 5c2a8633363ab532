# SPDX-License-Identifier: GPL-3.0-or-later
"""The leader's sign-off through the real `ziwb`: only a pimpinan with their key signs off; the
sign-off records the log head, the total and a snapshot of the unit layer; a later change of an
answer, the evidence, a prerequisite or the details shows as "changed after sign-off", naming the
criteria, until the leader signs off again; an evaluator's work does not touch it; it travels in an
exchange file, and a forged or unsigned sign-off is refused."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from test_team_log import NIPS, TeamTestCase, canonical, exchange_file, rows, sign_with_openssl  # noqa: E402
from ziwb_cli import WorkspaceTestCase, run  # noqa: E402


class Signoff(TeamTestCase):
    def setUp(self):
        super().setUp()
        self.keys["pimpinan"] = self.team.key("pimpinan", passphrase="rahasia pimpinan")
        self.add("pimpinan", "pimpinan", "--position", "Kepala Dinas")
        self.team.run("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK Tim ZI", check=0)

    def status(self, expect):
        result = run("signoff", "verify", self.ws, "--json")
        self.assertEqual(result.returncode, expect, result.stdout + result.stderr)
        return json.loads(result.stdout)

    def test_only_a_pimpinan_signs_off_with_their_key(self):
        self.assertEqual(self.status(3)["state"], "none")
        for who in ("koordinator", "anggota1", "evaluator"):
            result = self.team.run(who, "signoff", self.ws, check=2)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertIn("pimpinan", result.stderr)
        nobody = self.team.run(None, "signoff", self.ws, check=2)
        self.assertIn("ziwb key init", nobody.stderr)
        self.assertEqual(self.status(3)["state"], "none")

        out = self.team.run("pimpinan", "signoff", self.ws, "--note", "Sudah diperiksa bersama tim", check=0).stdout
        self.assertIn("Disahkan oleh Pimpinan Uji (Kepala Dinas)", out)
        status = self.status(0)
        self.assertEqual(status["state"], "current")
        self.assertEqual(status["signoff"]["nip"], NIPS["pimpinan"])
        self.assertEqual(status["signoff"]["key"], self.keys["pimpinan"])
        self.assertEqual(status["signoff"]["note"], "Sudah diperiksa bersama tim")
        self.assertEqual(status["signoff"]["total"], status["total_now"])
        heads = [h for (h,) in rows(self.ws, "SELECT hash FROM log_head")]
        self.assertEqual(len(heads), 1)
        self.assertNotEqual(status["signoff"]["head"], heads[0], "the sign-off is an entry after the head it names")
        self.verify()

    def signoff_findings(self):
        out = json.loads(run("check", self.ws, "--json", check=0).stdout)
        return [f for f in out["findings"] if f["kind"] == "not-signed-off"]

    def test_the_check_asks_for_the_sign_off_until_it_is_current(self):
        [missing] = self.signoff_findings()
        self.assertEqual((missing["code"], missing["points"]), ("signoff", 0))
        self.assertIn("ziwb signoff WS", missing["action"])
        self.assertIn("belum mengesahkan", run("check", self.ws, check=0).stdout)
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        self.assertEqual(self.signoff_findings(), [])
        self.team.run("anggota1", "answer", self.ws, "A.I.1.ii.a", "Ya", check=0)
        [changed] = self.signoff_findings()
        self.assertIn("1", changed["problem"])
        self.assertIn("again", run("check", self.ws, "--json", lang="en_US.UTF-8", check=0).stdout)

    def test_a_later_change_shows_until_the_leader_signs_off_again(self):
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        # The evaluator's work is not the unit's submission: the sign-off still stands.
        self.team.run("evaluator", "answer", self.ws, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        self.assertEqual(self.status(0)["state"], "current")

        self.team.run("anggota1", "answer", self.ws, "A.I.1.ii.a", "Ya", check=0)
        self.team.run("koordinator", "prerequisite", self.ws, "unit-1", "met", check=0)
        status = self.status(3)
        self.assertEqual(status["state"], "changed-after-signoff")
        self.assertEqual(status["changed"]["criteria"], ["A.I.1.ii.a"])
        self.assertTrue(status["changed"]["prerequisites"])
        self.assertFalse(status["changed"]["details"])
        self.assertNotEqual(status["signoff"]["total"], status["total_now"])
        text = run("signoff", "verify", self.ws, check=3).stdout
        self.assertIn("BERUBAH SETELAH DISAHKAN (1 kriteria, prasyarat atau data unit)", text)
        self.assertIn("A.I.1.ii.a", text)
        self.assertIn("BERUBAH SETELAH DISAHKAN", run("score", self.ws, check=0).stdout)
        self.assertEqual(json.loads(run("score", self.ws, "--json", check=0).stdout)["signoff"]["state"],
                         "changed-after-signoff")
        english = run("signoff", "verify", self.ws, lang="en_US.UTF-8", check=3).stdout
        self.assertIn("CHANGED AFTER SIGN-OFF", english)

        # Evidence counts too: a file added to a criterion changes it.
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        self.assertEqual(self.status(0)["state"], "current")
        document = os.path.join(self.dir, "sk.pdf")
        with open(document, "wb") as out:
            out.write(b"%PDF-1.4\n% SK Tim\n%%EOF\n")
        self.team.run("anggota1", "evidence", "add", self.ws, "A.I.1.i.a", document, "--title", "SK Tim", check=0)
        self.assertEqual(self.status(3)["changed"]["criteria"], ["A.I.1.i.a"])

        # And the unit's details.
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        self.team.run("koordinator", "details", self.ws, "--agency-type", "pemda", check=0)
        status = self.status(3)
        self.assertTrue(status["changed"]["details"])
        self.assertEqual(status["changed"]["criteria"], [])
        self.verify()

    def test_the_sign_off_travels_and_a_forged_one_is_refused(self):
        member = self.copy("anggota1.ziwb")
        mark = run("exchange", "mark", self.ws, check=0).stdout.strip()
        self.team.run("pimpinan", "signoff", self.ws, check=0)
        changes = os.path.join(self.dir, "signoff.ziwbx")
        run("exchange", "export", self.ws, changes, "--since", mark, check=0)
        run("exchange", "import", member, changes, check=0)
        self.assertEqual(json.loads(run("signoff", "verify", member, "--json", check=0).stdout)["state"], "current")

        # A sign-off made with the koordinator's key, written straight into an exchange file.
        workspace_id = rows(self.ws, "SELECT value FROM meta WHERE key = 'workspace_id'")[0][0]
        heads = sorted(h for (h,) in rows(member, "SELECT hash FROM log_head"))
        value = json.loads(rows(self.ws, "SELECT snapshot FROM signoff")[0][0])
        value.update({"head": heads[0], "total": "99", "digest": "0" * 64, "note": "palsu"})
        entry = {"v": 1, "workspace": workspace_id, "parents": heads,
                 "author": {"key": self.keys["koordinator"], "name": "Koordinator Uji"},
                 "time": "2026-11-30T10:00:00Z", "layer": "unit", "kind": "unit.signoff", "summary": "palsu",
                 "action": "signoff", "legacy": False,
                 "writes": [{"key": "signoff/unit", "value": value, "replaces": []}]}
        body = canonical(entry).encode()
        key_pem = os.path.join(self.dir, "config-koordinator", "identity-key.pem")
        signature = sign_with_openssl(key_pem, body, self.dir)
        forged = os.path.join(self.dir, "forged.ziwbx")
        with open(forged, "wb") as out:
            out.write(exchange_file(workspace_id, [(body, signature)]))
        result = run("exchange", "import", member, forged)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        self.assertIn("pimpinan", result.stderr)
        self.assertEqual(json.loads(run("signoff", "verify", member, "--json", check=0).stdout)["signoff"]["total"],
                         json.loads(run("signoff", "verify", self.ws, "--json", check=0).stdout)["signoff"]["total"])


class OlderFormats(WorkspaceTestCase):
    def test_a_read_only_file_of_an_older_format_verifies_and_has_no_sign_off(self):
        import sqlite3
        import stat
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        # What schema 6 (before sign-offs) and 5 (before documents) files look like, opened read-only:
        # they are not migrated, and lack the newer tables.
        services = ["service", "fkp_session", "fkp_participant", "fkp_input", "skm_survey", "skm_result",  # schema 8
                    "evidence_review"]  # schema 9
        for version, dropped in ((6, ["signoff"] + services),
                                 (5, ["signoff", "letterhead", "document_signature"] + services)):
            path = os.path.join(self.dir, f"schema{version}.ziwb")
            with open(self.ws, "rb") as source, open(path, "wb") as out:
                out.write(source.read())
            db = sqlite3.connect(path)
            for table in dropped:
                db.execute(f"DROP TABLE {table}")
            db.execute(f"PRAGMA user_version = {version}")
            db.commit()
            db.execute("PRAGMA journal_mode = DELETE")
            db.close()
            os.chmod(path, stat.S_IRUSR)
            try:
                self.assertIn("utuh", run("audit", "verify", path, check=0).stdout)
                status = json.loads(run("signoff", "verify", path, "--json", check=3).stdout)
                self.assertEqual(status["state"], "none")
                self.assertIn("Belum disahkan pimpinan", run("report", "leader", path, check=0).stdout)
            finally:
                os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
