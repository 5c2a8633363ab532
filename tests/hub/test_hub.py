# SPDX-License-Identifier: GPL-3.0-or-later
"""The agency hub against a real PostgreSQL 15 server started for these tests: set-up and migration
from an older schema, every forbidden read and write tried as each role and refused by the server,
three clients syncing with a conflict, a client killed mid-sync, the server restarted mid-sync,
notifications, and the agency recap read back from its workbook."""
import hashlib
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

HERE = os.path.dirname(__file__)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "cli"))
from hub_cluster import Cluster  # noqa: E402
from test_team_log import NIPS, Team, canonical, rows  # noqa: E402
from ziwb_cli import FORM_ID, ZIWB, run  # noqa: E402

PASSWORD = "sandi-uji-hub"
CLUSTER = None


def setUpModule():
    global CLUSTER
    CLUSTER = Cluster()


def tearDownModule():
    CLUSTER.close()


def as_bytes(value):
    return value.encode() if isinstance(value, str) else bytes(value)


def file_digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def sign(team, who, body):
    """An Ed25519 signature of `body` with `who`'s own key, made by OpenSSL (not by ziwb)."""
    folder = os.path.join(team.root, "config-" + who)
    body_path = os.path.join(team.root, "forged.body")
    with open(body_path, "wb") as out:
        out.write(body)
    command = ["openssl", "pkeyutl", "-sign", "-inkey", os.path.join(folder, "identity-key.pem"), "-rawin", "-in",
               body_path]
    passphrase = os.path.join(team.root, "pass-" + who)
    if os.path.exists(passphrase):
        command += ["-passin", "file:" + passphrase]
    return subprocess.run(command, capture_output=True, check=True).stdout


class HubTestCase(unittest.TestCase):
    """A fresh hub database with units dinas-a and dinas-b, the team of dinas-a granted on it, and
    the coordinator's workspace linked."""
    counter = 0

    def setUp(self):
        HubTestCase.counter += 1
        self.number = HubTestCase.counter
        self.dir = tempfile.mkdtemp(prefix="ziwb-hub-")
        self.db = CLUSTER.create_database(f"hub_{os.getpid()}_{self.number}")
        self.admin = CLUSTER.admin_address(self.db)
        self.password_file = os.path.join(self.dir, "password")
        with open(self.password_file, "w", encoding="utf-8") as out:
            out.write(PASSWORD + "\n")
        self.team = Team(self.dir)
        self.keys = {}
        for who in ("koordinator", "anggota1", "anggota2", "pimpinan"):
            self.keys[who] = self.team.key(who)
        self.keys["evaluator"] = self.team.key("evaluator", passphrase="rahasia evaluator")
        self.ws = os.path.join(self.dir, "koordinator.ziwb")
        self.as_person("koordinator", "init", self.ws, "--form", FORM_ID, "--unit", "Dinas A", "--agency",
                       "Kabupaten Uji", "--year", "2026", check=0)
        for who, role, extra in (("anggota1", "anggota", ["--areas", "1"]), ("anggota2", "anggota", ["--areas", "1"]),
                                 ("evaluator", "evaluator", ["--level", "ketua_tim", "--layer", "tpi"]),
                                 ("pimpinan", "pimpinan", [])):
            self.as_person("koordinator", "person", "add", self.ws, "--nip", NIPS[who], "--name",
                           who.capitalize() + " Uji", "--role", role, "--public-key", self.keys[who], *extra, check=0)
        self.hub("init", self.admin, "--module", CLUSTER.module, check=0)
        self.hub("add-unit", self.admin, "dinas-a", "--name", "Dinas A", check=0)
        self.hub("add-unit", self.admin, "dinas-b", "--name", "Dinas B", check=0)
        for who, capacity, extra in (("koordinator", "coordinator", []), ("anggota1", "member", []),
                                     ("anggota2", "member", []), ("pimpinan", "leader", []),
                                     ("evaluator", "evaluator", ["--layer", "tpi"])):
            self.grant(who, "dinas-a", capacity, *extra)
        # The coordinator links first and brings the unit's history (the log's unsigned beginning).
        self.as_person("koordinator", "hub", "link", self.ws, self.address("koordinator"), "dinas-a", check=0)
        self.sync("koordinator", self.ws, check=0)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def role(self, who):
        return f"{who}_{self.number}"

    def address(self, who):
        return CLUSTER.person_address(self.db, self.role(who))

    def env(self, who):
        env = self.team.env(who)
        env["PGPASSWORD"] = PASSWORD
        return env

    def as_person(self, who, *args, check=None):
        return run(*args, check=check, env_extra=self.env(who))

    def hub(self, *args, check=None):
        return run("hub", *args, check=check)

    def grant(self, who, unit, capacity, *extra):
        self.hub("grant", self.admin, self.role(who), unit, "--as", capacity, "--from", self.ws, "--nip", NIPS[who],
                 "--password-file", self.password_file, *extra, check=0)

    def sql(self, statement, who=None, check=True):
        return CLUSTER.psql(self.db, statement, role=self.role(who) if who else None, password=PASSWORD, check=check)

    def copy_for(self, who):
        path = os.path.join(self.dir, who + ".ziwb")
        shutil.copyfile(self.ws, path)
        self.as_person(who, "hub", "link", path, self.address(who), "dinas-a", check=0)
        return path

    def sync(self, who, path, check=None):
        return self.as_person(who, "hub", "sync", path, check=check)

    def hub_hashes(self):
        return sorted(line for line in self.sql("SELECT hash FROM ziwb.entry WHERE unit_code = 'dinas-a'")
                      .stdout.split())

    def local_hashes(self, path):
        return sorted(hash_ for (hash_,) in rows(path, "SELECT hash FROM log_entry"))

    def one_line_refusal(self, result, *words):
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertNotIn("internal", lines[0].lower())
        for word in words:
            self.assertIn(word, lines[0])
        return lines[0]


class SetUpAndMigration(HubTestCase):
    def test_an_older_hub_migrates_with_its_data(self):
        old = CLUSTER.create_database(f"hub_old_{os.getpid()}")
        admin = CLUSTER.admin_address(old)
        self.hub("init", admin, "--module", CLUSTER.module, "--to", "1", check=0)
        self.assertEqual(CLUSTER.psql(old, "SELECT max(version) FROM ziwb.schema_version").stdout.strip(), "1")
        self.hub("add-unit", admin, "dinas-a", "--name", "Dinas A", check=2)  # this ziwb needs version 2
        # Data written at version 1, as the server then took it: a unit, a grant, a signed entry.
        workspace_id = rows(self.ws, "SELECT value FROM meta WHERE key = 'workspace_id'")[0][0]
        first = rows(self.ws, "SELECT hash, body, signature FROM log_entry ORDER BY seq LIMIT 1")[0]
        form_xml = as_bytes(rows(self.ws, "SELECT xml FROM form_copy")[0][0])
        CLUSTER.psql(old, f"INSERT INTO ziwb.unit (code, name, workspace_id, form_xml, form_sha256) VALUES "
                          f"('dinas-a', 'Dinas A', '{workspace_id}', convert_from(decode('{form_xml.hex()}', 'hex'), "
                          f"'UTF8'), '{hashlib.sha256(form_xml).hexdigest()}')")
        CLUSTER.psql(old, f"INSERT INTO ziwb.person VALUES ('{self.role('koordinator')}', 'Koordinator Uji', "
                          f"'{NIPS['koordinator']}', '{self.keys['koordinator']}')")
        CLUSTER.psql(old, f"INSERT INTO ziwb.unit_grant VALUES ('{self.role('koordinator')}', 'dinas-a', "
                          "'coordinator', '')")
        signature = "NULL" if first[2] is None else f"decode('{bytes(first[2]).hex()}', 'hex')"
        CLUSTER.psql(old, f"INSERT INTO ziwb.entry (unit_code, hash, body, signature) VALUES ('dinas-a', "
                          f"'{first[0]}', convert_from(decode('{as_bytes(first[1]).hex()}', 'hex'), 'UTF8'), "
                          f"{signature})", role=self.role("koordinator"), password=PASSWORD)
        upgraded = self.hub("init", admin, "--module", CLUSTER.module, check=0)
        self.assertIn("2", upgraded.stdout)
        self.assertIn("1", upgraded.stdout)
        self.assertEqual(CLUSTER.psql(old, "SELECT string_agg(version::text, ',' ORDER BY version) "
                                           "FROM ziwb.schema_version").stdout.strip(), "1,2")
        # The version-1 entry is counted by version 2's activity table, and a copy syncs from it.
        self.assertEqual(CLUSTER.psql(old, "SELECT entries FROM ziwb.unit_activity WHERE unit_code = 'dinas-a'")
                         .stdout.strip(), "1")
        self.as_person("koordinator", "hub", "link", self.ws, CLUSTER.person_address(old, self.role("koordinator")),
                       "dinas-a", check=0)
        self.sync("koordinator", self.ws, check=0)
        self.assertEqual(CLUSTER.psql(old, "SELECT count(*) FROM ziwb.entry").stdout.strip(),
                         str(len(self.local_hashes(self.ws))))
        again = self.hub("init", admin, "--module", CLUSTER.module, check=0)
        self.assertIn("2", again.stdout)
        self.one_line_refusal(self.hub("init", admin, "--to", "1"), "1")

    def test_units_and_grants_are_listed_and_revoked(self):
        listed = self.hub("units", self.admin, check=0).stdout
        self.assertIn("dinas-a", listed)
        self.assertIn("dinas-b", listed)
        grants = self.hub("grants", self.admin, "dinas-a", check=0).stdout
        self.assertEqual(grants.count("dinas-a"), 5, grants)
        self.assertIn("evaluator (tpi)", grants)
        self.hub("revoke", self.admin, self.role("anggota2"), "dinas-a", check=0)
        self.assertNotIn(self.role("anggota2"), self.hub("grants", self.admin, "dinas-a", check=0).stdout)
        self.assertEqual(self.hub("revoke", self.admin, self.role("anggota2"), "dinas-a").returncode, 3)
        # Without the grant the server refuses the revoked person's sync.
        path = os.path.join(self.dir, "anggota2.ziwb")
        shutil.copyfile(self.ws, path)
        self.one_line_refusal(self.as_person("anggota2", "hub", "link", path, self.address("anggota2"), "dinas-a"),
                              "dinas-a")

    def test_bad_input_is_one_line_and_changes_nothing(self):
        closed = f"postgresql://nobody@127.0.0.1:1/{self.db}"
        self.one_line_refusal(self.hub("units", closed))
        self.one_line_refusal(self.hub("add-unit", self.admin, "Dinas A!", "--name", "x"), "Dinas A!")
        self.one_line_refusal(self.hub("add-unit", self.admin, "dinas-a", "--name", "Lagi"), "dinas-a")
        self.one_line_refusal(self.hub("grant", self.admin, "pg_signal", "dinas-a", "--as", "member", "--name", "X",
                                       "--key", self.keys["anggota1"]), "pg_signal")
        self.one_line_refusal(self.hub("grant", self.admin, "someone", "dinas-a", "--as", "kepala", "--name", "X",
                                       "--key", self.keys["anggota1"]), "kepala")
        self.one_line_refusal(self.hub("grant", self.admin, "someone", "dinas-a", "--as", "evaluator", "--name", "X",
                                       "--key", self.keys["anggota1"]))
        self.one_line_refusal(self.hub("grant", self.admin, "someone", "dinas-z", "--as", "member", "--name", "X",
                                       "--key", self.keys["anggota1"]), "dinas-z")
        unlinked = os.path.join(self.dir, "lain.ziwb")
        self.as_person("koordinator", "init", unlinked, "--form", FORM_ID, "--unit", "Lain", "--agency", "X",
                       "--year", "2026", check=0)
        self.one_line_refusal(self.as_person("koordinator", "hub", "sync", unlinked), "ziwb hub link")
        # Another assessment cannot take a unit that holds one; nothing is written to the workspace.
        before = file_digest(unlinked)
        self.one_line_refusal(self.as_person("koordinator", "hub", "link", unlinked, self.address("koordinator"),
                                             "dinas-a"), "dinas-a")
        self.assertEqual(file_digest(unlinked), before)
        self.as_person("koordinator", "hub", "link", self.ws, closed, "dinas-a", check=2)
        result = self.as_person("koordinator", "hub", "sync", self.ws, "--address", closed)
        self.one_line_refusal(result)
        status = self.as_person("koordinator", "hub", "status", self.ws)
        self.assertEqual(status.returncode, 3, status.stdout)
        self.assertIn("127.0.0.1:1", status.stdout + status.stderr)


class TheServerDecides(HubTestCase):
    """Each forbidden read or write, tried as the role it is forbidden to, directly in SQL (as a
    client that skips every check of its own would), and refused by the server."""

    def setUp(self):
        super().setUp()
        self.sync("koordinator", self.ws, check=0)
        self.hub("grant", self.admin, self.role("outsider"), "dinas-b", "--as", "member", "--name", "Orang Luar",
                 "--key", "ab" * 32, "--password-file", self.password_file, check=0)
        self.hub("grant", self.admin, self.role("viewer"), "dinas-a", "--as", "viewer", "--name", "Pembaca",
                 "--password-file", self.password_file, check=0)
        self.hub("grant", self.admin, self.role("agency"), "--agency", "--name", "Inspektorat",
                 "--password-file", self.password_file, check=0)
        self.workspace_id = rows(self.ws, "SELECT value FROM meta WHERE key = 'workspace_id'")[0][0]
        self.parent = rows(self.ws, "SELECT hash FROM log_head")[0][0]

    def entry(self, who, layer, kind, key, value):
        body = canonical({"v": 1, "workspace": self.workspace_id, "parents": [self.parent],
                          "author": {"key": self.keys[who], "name": who}, "time": "2026-11-30T10:00:00Z",
                          "layer": layer, "kind": kind, "summary": "uji", "action": "set", "legacy": False,
                          "writes": [{"key": key, "value": value, "replaces": []}]}).encode()
        return body, sign(self.team, who, body)

    def insert(self, as_who, body, signature, unit="dinas-a", hash_=None):
        hash_ = hash_ or hashlib.sha256(body).hexdigest()
        return self.sql(f"INSERT INTO ziwb.entry (unit_code, hash, body, signature) VALUES ('{unit}', '{hash_}', "
                        f"convert_from(decode('{body.hex()}', 'hex'), 'UTF8'), decode('{signature.hex()}', 'hex'))",
                        who=as_who, check=False)

    def assert_refused(self, result, *words):
        self.assertNotEqual(result.returncode, 0, "the server accepted what it must refuse")
        for word in words:
            self.assertIn(word, result.stderr)

    def test_writes_outside_ones_capacity_are_refused(self):
        answer = {"value": "Ya", "note": ""}
        # A member's own unit-layer answer is taken (the control that the refusals below are real).
        body, signature = self.entry("anggota1", "unit", "answer.set", "answer/unit/A.I.1.i.a", answer)
        self.assertEqual(self.insert("anggota1", body, signature).returncode, 0)
        # A member may not write the evaluators' layer, nor sign off, nor change the team register.
        for layer, kind, key in (("tpi", "answer.set", "answer/tpi/A.I.1.i.a"),
                                 ("unit", "unit.signoff", "signoff/unit"),
                                 ("team", "person.set", "person/" + NIPS["anggota2"])):
            body, signature = self.entry("anggota1", layer, kind, key, answer)
            self.assert_refused(self.insert("anggota1", body, signature), "may not write")
        # Nor smuggle them in under a layer the member writes.
        body, signature = self.entry("anggota1", "unit", "answer.set", "signoff/unit", {"note": ""})
        self.assert_refused(self.insert("anggota1", body, signature), "sign-off")
        body, signature = self.entry("anggota1", "unit", "answer.set", "answer/tpi/A.I.1.i.a", answer)
        self.assert_refused(self.insert("anggota1", body, signature), "outside its layer")
        body, signature = self.entry("anggota1", "unit", "person.set", "person/" + NIPS["anggota1"], answer)
        self.assert_refused(self.insert("anggota1", body, signature), "outside its layer")
        # An evaluator writes only their own layer (tpi), never the unit's answers.
        body, signature = self.entry("evaluator", "unit", "answer.set", "answer/unit/A.I.1.i.b", answer)
        self.assert_refused(self.insert("evaluator", body, signature), "may not write")
        body, signature = self.entry("evaluator", "tpn", "answer.set", "answer/tpn/A.I.1.i.b", answer)
        self.assert_refused(self.insert("evaluator", body, signature), "may not write")
        body, signature = self.entry("evaluator", "tpi", "answer.set", "answer/tpi/A.I.1.i.b", answer)
        self.assertEqual(self.insert("evaluator", body, signature).returncode, 0)
        # The leader signs off their own unit; another unit's member cannot write to it at all.
        body, signature = self.entry("pimpinan", "unit", "unit.signoff", "signoff/unit", {"note": ""})
        self.assertEqual(self.insert("pimpinan", body, signature).returncode, 0)
        body, signature = self.entry("anggota1", "unit", "answer.set", "answer/unit/A.I.1.i.c", answer)
        self.assert_refused(self.insert("outsider", body, signature), "may not write to unit dinas-a")
        self.assert_refused(self.insert("viewer", body, signature), "may not write")
        self.assert_refused(self.insert("agency", body, signature))
        # Relaying someone else's entry under another key, a bad signature, an edited body.
        self.assert_refused(self.insert("anggota2", body, sign(self.team, "anggota2", body)), "signature")
        edited = body.replace(b'"Ya"', b'"Tidak"')
        self.assert_refused(self.insert("anggota1", edited, signature), "signature")
        self.assert_refused(self.insert("anggota1", edited, signature, hash_=hashlib.sha256(body).hexdigest()),
                            "hash")
        # Entries are never changed or removed, not even by their authors.
        for statement in ("UPDATE ziwb.entry SET body = body", "DELETE FROM ziwb.entry",
                          "DELETE FROM ziwb.blob",
                          "INSERT INTO ziwb.unit_grant VALUES (current_user, 'dinas-b', 'coordinator', '')",
                          "UPDATE ziwb.person SET public_key = NULL"):
            self.assert_refused(self.sql(statement, who="anggota1", check=False), "permission denied")
        # The unit's assessment is named once, by its coordinator: a member's change touches no row.
        self.assertEqual(self.sql("UPDATE ziwb.unit SET workspace_id = NULL RETURNING code", who="anggota1").stdout,
                         "")
        self.assertEqual(self.sql("UPDATE ziwb.unit SET workspace_id = NULL RETURNING code", who="koordinator")
                         .stdout, "")
        # Figures: each layer only by whoever writes it.
        figures = ("INSERT INTO ziwb.figures (unit_code, layer, total, pengungkit, hasil, completeness, answered, "
                   "criteria, through_seq) VALUES ('dinas-a', '{0}', 99, 59, 40, 100, 1, 1, 0)")
        self.assert_refused(self.sql(figures.format("tpi"), who="anggota1", check=False), "row-level security")
        self.assert_refused(self.sql(figures.format("unit"), who="evaluator", check=False), "row-level security")
        self.assert_refused(self.sql(figures.format("unit").replace("dinas-a", "dinas-b"), who="anggota1",
                                     check=False), "row-level security")

    def test_nobody_reads_another_units_log_or_evidence(self):
        evidence = os.path.join(self.dir, "sk-tim.pdf")
        with open(evidence, "wb") as out:
            out.write(b"%PDF-1.4 SK Tim ZI Dinas A\n")
        self.as_person("koordinator", "evidence", "add", self.ws, "A.I.1.i.a", evidence, check=0)
        self.sync("koordinator", self.ws, check=0)
        self.assertGreater(int(self.sql("SELECT count(*) FROM ziwb.blob").stdout), 0)
        counts = "SELECT (SELECT count(*) FROM ziwb.entry), (SELECT count(*) FROM ziwb.blob), " \
                 "(SELECT count(*) FROM ziwb.unit_grant WHERE unit_code = 'dinas-a')"
        self.assertEqual(self.sql(counts, who="outsider").stdout.strip(), "0|0|0")
        for table in ("entry", "blob"):
            self.assert_refused(self.sql(f"SELECT count(*) FROM ziwb.{table}", who="agency", check=False),
                                "permission denied")
        member = self.sql(counts, who="anggota1").stdout.strip().split("|")
        self.assertGreater(int(member[0]), 0)
        self.assertEqual(member[1], "1")
        self.assertEqual(self.sql(counts, who="viewer").stdout.strip().split("|")[1], "1")
        # The outsider sees their own unit only; the agency sees every unit in the recap, no log.
        self.assertEqual(self.sql("SELECT string_agg(code, ',') FROM ziwb.unit", who="outsider").stdout.strip(),
                         "dinas-b")
        self.assertEqual(self.sql("SELECT string_agg(code, ',' ORDER BY code) FROM ziwb.recap", who="agency")
                         .stdout.strip(), "dinas-a,dinas-b")
        self.assertEqual(self.sql("SELECT count(*) FROM ziwb.person", who="outsider").stdout.strip(), "1")
        # A sync as the outsider cannot take the unit either.
        path = os.path.join(self.dir, "outsider.ziwb")
        shutil.copyfile(self.ws, path)
        self.one_line_refusal(run("hub", "link", path, self.address("outsider"), "dinas-a",
                                  env_extra={"PGPASSWORD": PASSWORD}), "dinas-a")


class Syncing(HubTestCase):
    def test_three_clients_sync_with_a_conflict(self):
        one = self.copy_for("anggota1")
        two = self.copy_for("anggota2")
        self.sync("koordinator", self.ws, check=0)
        # Offline, two members answer the same criterion differently, and others too.
        self.as_person("anggota1", "answer", one, "A.I.1.i.a", "Ya", "--note", "SK Tim", check=0)
        self.as_person("anggota1", "answer", one, "A.I.1.i.b", "B", check=0)
        self.as_person("anggota2", "answer", two, "A.I.1.i.a", "Tidak", check=0)
        self.as_person("koordinator", "answer", self.ws, "A.I.2.i.a", "A", check=0)
        first = self.sync("anggota1", one, check=0)
        self.assertIn("2", first.stdout)
        second = self.sync("anggota2", two)
        self.assertEqual(second.returncode, 3, second.stdout + second.stderr)  # a conflict is a finding
        self.assertIn("ziwb conflicts", second.stdout)
        third = self.sync("koordinator", self.ws)
        self.assertEqual(third.returncode, 3, third.stdout + third.stderr)
        self.sync("anggota1", one)
        self.sync("anggota2", two)
        hub = self.hub_hashes()
        self.assertEqual(len(hub), len(set(hub)))
        for path in (self.ws, one, two):
            self.assertEqual(self.local_hashes(path), hub, path)
            conflicts = json.loads(run("conflicts", path, "--json").stdout)
            self.assertEqual([c["key"] for c in conflicts], ["answer/unit/A.I.1.i.a"])
            run("audit", "verify", path, check=0)
        # The coordinator resolves it; the resolution travels to everyone.
        self.as_person("koordinator", "answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.sync("koordinator", self.ws, check=0)
        for who, path in (("anggota1", one), ("anggota2", two)):
            self.sync(who, path, check=0)
            self.assertEqual(json.loads(run("conflicts", path, "--json").stdout), [])
            self.assertEqual(rows(path, "SELECT value FROM answer WHERE layer = 'unit' AND code = 'A.I.1.i.a'"),
                             rows(self.ws, "SELECT value FROM answer WHERE layer = 'unit' AND code = 'A.I.1.i.a'"))
        # The evaluator's review reaches the unit, and the unit's figures are published.
        review = self.copy_for("evaluator")
        self.sync("evaluator", review, check=0)
        self.as_person("evaluator", "answer", review, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        published = self.sync("evaluator", review, check=0)
        self.assertIn("tpi", published.stdout)
        self.sync("koordinator", self.ws, check=0)
        self.assertEqual(rows(self.ws, "SELECT value FROM answer WHERE layer = 'tpi' AND code = 'A.I.1.i.a'"),
                         [("Tidak",)])
        unit_total = run("score", self.ws, "--json", check=0)
        total = json.loads(unit_total.stdout)["total"]
        published_total = float(self.sql("SELECT total FROM ziwb.figures WHERE unit_code = 'dinas-a' AND "
                                          "layer = 'unit'").stdout)
        self.assertAlmostEqual(published_total, total, places=4)

    def test_an_evaluator_clones_the_unit_from_the_hub_alone(self):
        evidence = os.path.join(self.dir, "sk.pdf")
        with open(evidence, "wb") as out:
            out.write(b"%PDF-1.4 SK Tim " + os.urandom(5000))
        self.as_person("koordinator", "evidence", "add", self.ws, "A.I.1.i.a", evidence, check=0)
        self.as_person("koordinator", "answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.sync("koordinator", self.ws, check=0)
        copy = os.path.join(self.dir, "evaluasi-dinas-a.ziwb")
        made = self.as_person("evaluator", "hub", "clone", self.address("evaluator"), "dinas-a", copy, check=0)
        self.assertIn("dinas-a", made.stdout)
        self.assertEqual(self.local_hashes(copy), self.hub_hashes())
        run("audit", "verify", copy, check=0)
        run("evidence", "verify", copy, check=0)
        self.assertEqual(json.loads(run("score", copy, "--json", check=0).stdout)["total"],
                         json.loads(run("score", self.ws, "--json", check=0).stdout)["total"])
        self.assertEqual(os.listdir(self.dir).count(".evaluasi-dinas-a.ziwb.part"), 0)
        # The copy is linked: the evaluator's review goes back by sync.
        self.as_person("evaluator", "answer", copy, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        self.sync("evaluator", copy, check=0)
        self.sync("koordinator", self.ws, check=0)
        self.assertEqual(rows(self.ws, "SELECT value FROM answer WHERE layer = 'tpi' AND code = 'A.I.1.i.a'"),
                         [("Tidak",)])
        # Never over a file; never a unit without a grant or without a workspace.
        self.one_line_refusal(self.as_person("evaluator", "hub", "clone", self.address("evaluator"), "dinas-a", copy),
                              copy)
        self.hub("grant", self.admin, self.role("outsider"), "dinas-b", "--as", "member", "--name", "Orang Luar",
                 "--key", "cd" * 32, "--password-file", self.password_file, check=0)
        other = os.path.join(self.dir, "lain.ziwb")
        outsider = {"PGPASSWORD": PASSWORD}
        self.one_line_refusal(run("hub", "clone", self.address("outsider"), "dinas-a", other, env_extra=outsider),
                              "dinas-a")
        self.one_line_refusal(run("hub", "clone", self.address("outsider"), "dinas-b", other, env_extra=outsider),
                              "dinas-b")
        self.assertFalse(os.path.exists(other))

    def test_evidence_travels_by_hash(self):
        member = self.copy_for("anggota1")
        evidence = os.path.join(self.dir, "notulen.pdf")
        with open(evidence, "wb") as out:
            out.write(b"%PDF-1.4 " + os.urandom(200_000))
        self.as_person("anggota1", "evidence", "add", member, "A.I.1.i.a", evidence, check=0)
        result = self.sync("anggota1", member, check=0)
        self.assertIn("1", result.stdout)
        self.sync("koordinator", self.ws, check=0)
        digest = file_digest(evidence)
        self.assertEqual(rows(self.ws, f"SELECT size FROM blob WHERE sha256 = '{digest}'"), [(200_009,)])
        run("evidence", "verify", self.ws, check=0)
        self.assertEqual(self.sql("SELECT count(*) FROM ziwb.blob").stdout.strip(), "1")

    def test_other_peoples_changes_arrive_without_a_reopen(self):
        member = self.copy_for("anggota1")
        self.sync("koordinator", self.ws, check=0)
        self.sync("anggota1", member, check=0)
        env = dict(os.environ)
        env.update(self.env("koordinator"))
        watcher = subprocess.Popen([ZIWB, "hub", "watch", self.ws, "--once", "--timeout", "60"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            line = watcher.stdout.readline()  # listening from here on
            self.assertTrue(line.strip(), watcher.stderr.read() if watcher.poll() is not None else "")
            self.as_person("anggota1", "answer", member, "A.I.1.i.a", "Ya", check=0)
            self.sync("anggota1", member, check=0)
            out, err = watcher.communicate(timeout=90)
        finally:
            if watcher.poll() is None:
                watcher.kill()
        self.assertEqual(watcher.returncode, 0, out + err)
        self.assertEqual(rows(self.ws, "SELECT value FROM answer WHERE layer = 'unit' AND code = 'A.I.1.i.a'"),
                         [("Ya",)])


class Interruptions(HubTestCase):
    """Big pushes (evidence files) cut by a killed client and by the server restarting."""

    def big_workspace(self, who, files=12, size=3_000_000):
        path = self.copy_for(who)
        folder = os.path.join(self.dir, "bukti-" + who)
        os.makedirs(os.path.join(folder, "A.I.1.i.a"))
        for number in range(files):
            with open(os.path.join(folder, "A.I.1.i.a", f"foto-{number:02}.jpg"), "wb") as out:
                out.write(os.urandom(size))
        self.as_person(who, "evidence", "import-folder", path, folder, check=0)
        for code, value in (("A.I.1.i.a", "Ya"), ("A.I.1.i.b", "B"), ("A.I.2.i.a", "A")):
            self.as_person(who, "answer", path, code, value, check=0)
        return path

    def assert_whole(self, path):
        hub = self.hub_hashes()
        self.assertEqual(len(hub), len(set(hub)))
        self.assertEqual(self.local_hashes(path), hub)
        blobs = int(self.sql("SELECT count(*) FROM ziwb.blob").stdout)
        local = rows(path, "SELECT count(*) FROM blob WHERE size > 0")[0][0]
        self.assertEqual(blobs, local)
        run("audit", "verify", path, check=0)

    def test_a_client_killed_mid_sync_resumes_with_nothing_lost_or_doubled(self):
        path = self.big_workspace("anggota1")
        env = dict(os.environ)
        env.update(self.env("anggota1"))
        killed = 0
        for delay in (0.3, 0.8, 1.5):
            process = subprocess.Popen([ZIWB, "hub", "sync", path], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, env=env)
            time.sleep(delay)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            process.communicate()
            run("audit", "verify", path, check=0)
        self.assertGreater(killed, 0, "every sync finished before it could be killed; make the push bigger")
        self.sync("anggota1", path, check=0)
        self.assert_whole(path)
        # The coordinator pulls all of it, also when killed on the way.
        env.update(self.env("koordinator"))
        process = subprocess.Popen([ZIWB, "hub", "sync", self.ws], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env)
        time.sleep(0.5)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        self.sync("koordinator", self.ws, check=0)
        self.assertEqual(self.local_hashes(self.ws), self.hub_hashes())
        run("evidence", "verify", self.ws, check=0)

    def test_the_server_restarting_mid_sync(self):
        path = self.big_workspace("anggota1")
        env = dict(os.environ)
        env.update(self.env("anggota1"))
        process = subprocess.Popen([ZIWB, "hub", "sync", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env, text=True)
        time.sleep(0.5)
        self.assertIsNone(process.poll(), "the sync finished before the restart; make the push bigger")
        CLUSTER.restart()
        out, err = process.communicate(timeout=300)
        if process.returncode != 0:
            # Cut off: one line that says so, and the workspace whole.
            self.assertEqual(process.returncode, 2, out + err)
            self.assertEqual(len(err.strip().splitlines()), 1, err)
            run("audit", "verify", path, check=0)
        self.sync("anggota1", path, check=0)
        self.assert_whole(path)


class Operations(HubTestCase):
    def test_a_hub_restored_from_an_older_backup_gets_back_what_it_lost(self):
        self.as_person("koordinator", "answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.sync("koordinator", self.ws, check=0)
        dump = os.path.join(self.dir, "hub.dump")
        subprocess.run([os.path.join(CLUSTER.bindir, "pg_dump"), "-Fc", "-f", dump, "-h", CLUSTER.socket_dir, "-p",
                        str(CLUSTER.port), "-U", "hub_admin", self.db], check=True, capture_output=True)
        self.as_person("koordinator", "answer", self.ws, "A.I.2.i.a", "A", check=0)
        self.sync("koordinator", self.ws, check=0)
        restored = CLUSTER.create_database(f"restored_{os.getpid()}_{self.number}")
        subprocess.run([os.path.join(CLUSTER.bindir, "pg_restore"), "-d", restored, "-h", CLUSTER.socket_dir, "-p",
                        str(CLUSTER.port), "-U", "hub_admin", dump], check=True, capture_output=True)
        before = int(CLUSTER.psql(restored, "SELECT count(*) FROM ziwb.entry").stdout)
        self.assertLess(before, len(self.local_hashes(self.ws)))
        address = CLUSTER.person_address(restored, self.role("koordinator"))
        self.as_person("koordinator", "hub", "sync", self.ws, "--address", address, check=0)
        held = sorted(CLUSTER.psql(restored, "SELECT hash FROM ziwb.entry").stdout.split())
        self.assertEqual(held, self.local_hashes(self.ws))


class AgencyRecap(HubTestCase):
    def test_the_recap_is_computed_on_the_server(self):
        import openpyxl
        self.as_person("koordinator", "answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.sync("koordinator", self.ws, check=0)
        self.hub("grant", self.admin, self.role("agency"), "--agency", "--name", "Inspektorat",
                 "--password-file", self.password_file, check=0)
        out = os.path.join(self.dir, "rekap.xlsx")
        result = run("hub", "recap", self.address("agency"), out, "--today", "2026-12-20",
                     env_extra={"PGPASSWORD": PASSWORD}, check=0)
        self.assertIn("dinas-b", result.stdout)  # dinas-b has no workspace: it is behind
        sheet = openpyxl.load_workbook(out)["Rekap Unit"]
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        units = {row[1]: row for row in values if len(row) > 1 and row[1] in ("dinas-a", "dinas-b")}
        self.assertEqual(set(units), {"dinas-a", "dinas-b"})
        total = json.loads(run("score", self.ws, "--json", check=0).stdout)["total"]
        self.assertIn(round(total, 2), [round(v, 2) for v in units["dinas-a"] if isinstance(v, float)])
        self.assertIn("Dinas A", units["dinas-a"])
        # The head of the agency proposes the chosen units in one letter and one SPTJM.
        letters = os.path.join(self.dir, "usulan")
        os.mkdir(letters)
        proposal = ["hub", "proposal", self.address("agency"), letters, "--signer-name", "Drs. Bupati Uji",
                    "--signer-nip", "196501011990031001", "--position", "Bupati Uji", "--place", "Purwokerto",
                    "--date", "2026-12-20"]
        refused = run(*proposal, "--units", "dinas-a,dinas-b", env_extra={"PGPASSWORD": PASSWORD})
        self.one_line_refusal(refused, "dinas-b")
        self.assertEqual(os.listdir(letters), [])
        made = run(*proposal, "--units", "dinas-a", env_extra={"PGPASSWORD": PASSWORD}, check=0)
        self.assertEqual(sorted(os.listdir(letters)), ["sptjm-instansi.pdf", "surat-pengajuan-instansi.pdf"])
        for name in ("surat-pengajuan-instansi.pdf", "sptjm-instansi.pdf"):
            text = " ".join(subprocess.run(["pdftotext", "-layout", os.path.join(letters, name), "-"],
                                           capture_output=True, text=True, check=True).stdout.split())
            self.assertIn("Dinas A", text)
            self.assertIn("Kabupaten Uji", text)
            self.assertIn("1 unit kerja", text)
            self.assertIn("Drs. Bupati Uji", text)
            self.assertIn("WBK", text)
            self.assertIn(f"{total:.2f}".replace(".", ","), text)
        self.assertIn("sptjm-instansi.pdf", made.stdout)
        self.one_line_refusal(run(*proposal, "--units", "dinas-a", env_extra={"PGPASSWORD": PASSWORD}),
                              "surat-pengajuan-instansi.pdf")
        # A member of dinas-a sees only their unit in the recap.
        mine = os.path.join(self.dir, "rekap-anggota.xlsx")
        run("hub", "recap", self.address("anggota1"), mine, env_extra={"PGPASSWORD": PASSWORD}, check=0)
        rows_ = [[c.value for c in r] for r in openpyxl.load_workbook(mine)["Rekap Unit"].iter_rows()]
        self.assertFalse(any(len(r) > 1 and r[1] == "dinas-b" for r in rows_))
        self.assertTrue(any(len(r) > 1 and r[1] == "dinas-a" for r in rows_))


if __name__ == "__main__":
    unittest.main()
