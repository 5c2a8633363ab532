# SPDX-License-Identifier: GPL-3.0-or-later
"""The team register and the signed log: who may change what, `audit verify` against every kind of
tampering, exchange files, merging copies in every order, and a wave-1 workspace migrating."""
import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import FORM_ID, SOURCE, run  # noqa: E402

NIPS = {
    "koordinator": "198503152010011002",
    "anggota1": "199001012015032001",
    "anggota2": "198712252012121003",
    "evaluator": "197805102005011004",
    "pimpinan": "197002021995031005",
}
WAVE1 = os.path.join(SOURCE, "tests", "data", "wave1", "dinas-wave1.ziwb")


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def canonical(obj):
    """The log's canonical encoding, as docs/log-format.md defines it."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def rows(path, sql):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


PROJECTIONS = {
    "answer": "SELECT * FROM answer ORDER BY layer, code",
    "answer_history": "SELECT * FROM answer_history ORDER BY seq",
    "prerequisite": "SELECT * FROM prerequisite ORDER BY id",
    "person": "SELECT * FROM person ORDER BY nip",
    "log_register": "SELECT * FROM log_register ORDER BY key, entry",
    "log_head": "SELECT * FROM log_head ORDER BY hash",
    "meta": "SELECT * FROM meta WHERE key IN ('unit_name','agency','year','current_predicate') ORDER BY key",
}


def tables(path):
    return {name: rows(path, sql) for name, sql in PROJECTIONS.items()}


class Team:
    """People with their own key folders, as on their own laptops."""

    def __init__(self, root):
        self.root = root

    def env(self, who):
        folder = os.path.join(self.root, "config-" + who)
        env = {"ZIWB_CONFIG_DIR": folder}
        passphrase = os.path.join(self.root, "pass-" + who)
        if os.path.exists(passphrase):
            env["ZIWB_PASSPHRASE_FILE"] = passphrase
        return env

    def key(self, who, passphrase=None):
        args = ["key", "init", "--name", who.capitalize() + " Uji", "--nip", NIPS[who]]
        if passphrase:
            path = os.path.join(self.root, "pass-" + who)
            with open(path, "w", encoding="utf-8") as out:
                out.write(passphrase + "\n")
            args += ["--passphrase-file", path]
        run(*args, check=0, env_extra=self.env(who))
        whoami = json.loads(run("whoami", "--json", check=0, env_extra=self.env(who)).stdout)
        return whoami["public_key"]

    def run(self, who, *args, check=None):
        return run(*args, check=check, env_extra=self.env(who) if who else {"ZIWB_CONFIG_DIR": self.root + "/nobody"})


class TeamTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ziwb-team-")
        self.team = Team(self.dir)
        self.ws = os.path.join(self.dir, "dinas.ziwb")
        self.keys = {}
        self.keys["koordinator"] = self.team.key("koordinator")
        self.team.run("koordinator", "init", self.ws, "--form", FORM_ID, "--unit", "Dinas Uji", "--agency",
                      "Kabupaten Uji", "--year", "2026", check=0)
        self.keys["anggota1"] = self.team.key("anggota1")
        self.keys["anggota2"] = self.team.key("anggota2")
        self.keys["evaluator"] = self.team.key("evaluator", passphrase="rahasia evaluator")
        self.add("anggota1", "anggota", "--areas", "1")
        self.add("anggota2", "anggota", "--areas", "2,3")
        self.add("evaluator", "evaluator", "--level", "ketua_tim", "--layer", "tpi")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def add(self, who, role, *extra):
        self.team.run("koordinator", "person", "add", self.ws, "--nip", NIPS[who], "--name", who.capitalize() + " Uji",
                      "--role", role, "--public-key", self.keys[who], *extra, check=0)

    def verify(self, path=None, expect=0):
        result = run("audit", "verify", path or self.ws)
        self.assertEqual(result.returncode, expect, result.stdout + result.stderr)
        if expect != 0:
            lines = result.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, result.stderr)
            self.assertNotIn("internal", lines[0].lower())
            return lines[0]
        return result.stdout

    def copy(self, name):
        path = os.path.join(self.dir, name)
        shutil.copyfile(self.ws, path)
        return path


class WhoMayWriteWhat(TeamTestCase):
    def test_the_team_signs_and_the_register_decides(self):
        self.team.run("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK Tim ZI", check=0)
        self.team.run("evaluator", "answer", self.ws, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        self.team.run("koordinator", "prerequisite", self.ws, "unit-1", "met", check=0)
        out = self.verify()
        self.assertIn("1 ", out)  # the creation entry is the one unsigned entry
        report = json.loads(run("audit", "verify", self.ws, "--json", check=0).stdout)
        self.assertTrue(report["intact"])
        self.assertEqual(report["unsigned"], 1)
        self.assertGreaterEqual(report["signed"], 7)
        people = json.loads(run("person", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual({p["role"] for p in people}, {"koordinator", "anggota", "evaluator"})
        self.assertEqual(next(p for p in people if p["nip"] == NIPS["anggota2"])["areas"], [2, 3])

    def assert_refused(self, who, *args, words=()):
        before = digest(self.ws)
        result = self.team.run(who, *args)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        line = result.stderr.strip()
        self.assertEqual(len(line.splitlines()), 1, line)
        for word in words:
            self.assertIn(word, line)
        self.assertEqual(digest(self.ws), before, "a refused change must leave the file as it was")

    def test_refusals_name_the_rule(self):
        self.assert_refused(None, "answer", self.ws, "A.I.1.i.a", "Ya", words=["ziwb key init"])
        self.assert_refused("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "tpi", words=["evaluator"])
        self.assert_refused("evaluator", "answer", self.ws, "A.I.1.i.a", "Ya", words=["evaluator"])
        self.assert_refused("anggota1", "person", "add", self.ws, "--nip", NIPS["pimpinan"], "--name", "Kepala",
                            "--role", "pimpinan", words=["koordinator"])
        self.assert_refused("koordinator", "person", "add", self.ws, "--nip", "123", "--name", "X", "--role",
                            "anggota", words=["NIP"])
        self.assert_refused("koordinator", "person", "add", self.ws, "--nip", NIPS["pimpinan"], "--name", "Kepala",
                            "--role", "pimpinan", "--public-key", self.keys["anggota1"], words=["kunci"])
        self.team.run("koordinator", "person", "remove", self.ws, NIPS["anggota2"], check=0)
        self.assert_refused("anggota2", "answer", self.ws, "A.I.3.i.a", "Ya", words=["daftar tim"])
        self.verify()

    def test_wrong_or_missing_passphrase_changes_nothing(self):
        with open(os.path.join(self.dir, "pass-evaluator"), "w", encoding="utf-8") as out:
            out.write("salah\n")
        self.assert_refused("evaluator", "answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "tpi", words=["sandi"])
        os.remove(os.path.join(self.dir, "pass-evaluator"))
        self.assert_refused("evaluator", "answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "tpi", words=["sandi"])

    def replace_key(self, who, passphrase=None):
        """`ziwb key init --replace` on who's machine, with or without a passphrase; the new public key."""
        path = os.path.join(self.dir, "pass-" + who)
        args = ["key", "init", "--name", who.capitalize() + " Uji", "--nip", NIPS[who], "--replace"]
        if passphrase:
            with open(path, "w", encoding="utf-8") as out:
                out.write(passphrase + "\n")
            args += ["--passphrase-file", path]
        elif os.path.exists(path):
            os.remove(path)
        run(*args, check=0, env_extra=self.team.env(who))
        return json.loads(run("whoami", "--json", check=0, env_extra=self.team.env(who)).stdout)["public_key"]

    def test_evaluators_and_leaders_sign_only_with_a_protected_key(self):
        # A member signs with a key without a passphrase (anggota1 above); an evaluator or a leader
        # whose key has none is refused, with the way out, until the koordinator accepts a
        # protected key.
        for who, role, extra, change in (
            ("pimpinan", "pimpinan", ("--position", "Kepala Dinas"), ("signoff", self.ws)),
            ("evaluator", "evaluator", ("--level", "anggota_tim", "--layer", "tpi"),
             ("answer", self.ws, "A.I.1.i.a", "Ya", "--layer", "tpi")),
        ):
            with self.subTest(who=who):
                self.keys[who] = self.replace_key(who)
                self.add(who, role, *extra)
                self.assert_refused(who, *change, words=["frasa sandi", "ziwb key init --replace", "koordinator"])
                self.keys[who] = self.replace_key(who, passphrase="rahasia " + who)
                self.assert_refused(who, *change, words=["daftar tim"])  # the new key is not accepted yet
                self.add(who, role, *extra)
                self.team.run(who, *change, check=0)
        self.verify()

    def test_a_team_from_csv_is_one_entry(self):
        csv = os.path.join(self.dir, "tim.csv")
        with open(csv, "w", encoding="utf-8") as out:
            out.write("nip;nama;jabatan;email;peran;area\n")
            out.write(f"{NIPS['pimpinan']};Kepala Dinas;Kepala;kadis@example.go.id;pimpinan;\n")
            out.write("1985 0315 2010 0110 07;Staf Baru;Analis;staf@example.go.id;anggota;4 5\n")
        before = len(rows(self.ws, "SELECT * FROM log_entry"))
        self.team.run("koordinator", "person", "import", self.ws, csv, check=0)
        self.assertEqual(len(rows(self.ws, "SELECT * FROM log_entry")), before + 1)
        with open(csv, "a", encoding="utf-8") as out:
            out.write("12345;Salah;;;anggota;\n")
        result = self.team.run("koordinator", "person", "import", self.ws, csv)
        self.assertEqual(result.returncode, 2)
        self.assertIn("line 4", result.stderr.replace("baris", "line"))


class Tampering(TeamTestCase):
    def setUp(self):
        super().setUp()
        self.team.run("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK Tim ZI", check=0)
        self.team.run("anggota2", "answer", self.ws, "A.I.3.i.a", "Ya", check=0)
        self.team.run("evaluator", "answer", self.ws, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        self.team.run("koordinator", "prerequisite", self.ws, "unit-1", "met", check=0)
        self.team.run("koordinator", "details", self.ws, "--agency", "Pemerintah Kabupaten Uji", check=0)
        self.team.run("evaluator", "review", "status", self.ws, "A.I.1.i.a", "perlu_revisi", "--note", "SK belum ditandatangani", check=0)
        self.team.run("anggota1", "review", "ready", self.ws, "A.I.1.i.a", check=0)
        self.verify()

    def tampered(self, *statements):
        path = os.path.join(self.dir, "tampered.ziwb")
        shutil.copyfile(self.ws, path)
        db = sqlite3.connect(path, isolation_level=None)
        for statement in statements:
            db.execute(statement)
        db.close()
        return path

    def test_every_table_edit_is_caught(self):
        cases = [
            ("UPDATE answer SET value = 'Tidak' WHERE code = 'A.I.1.i.a' AND layer = 'unit'", "answer"),
            ("UPDATE answer SET note = 'diubah' WHERE code = 'A.I.1.i.a' AND layer = 'unit'", "answer"),
            ("UPDATE answer SET author = 'Orang Lain' WHERE code = 'A.I.3.i.a'", "answer"),
            ("INSERT INTO answer VALUES ('unit', 'A.I.1.i.b', 'Ya', '', 'x', '2026-01-01T00:00:00Z', '')", "answer"),
            ("UPDATE level_answer SET value = 'Tidak' WHERE code = 'A.I.1.i.a' AND layer = 'unit'", "level_answer"),
            ("DELETE FROM answer WHERE layer = 'tpi'", "answer"),
            ("UPDATE answer_history SET value = 'Tidak' WHERE code = 'A.I.1.i.a'", "answer_history"),
            ("DELETE FROM answer_history WHERE code = 'A.I.3.i.a'", "answer_history"),
            ("UPDATE prerequisite SET met = 0", "prerequisite"),
            ("DELETE FROM prerequisite", "prerequisite"),
            (f"UPDATE person SET role = 'evaluator' WHERE nip = '{NIPS['anggota1']}'", "person"),
            (f"DELETE FROM person WHERE nip = '{NIPS['anggota2']}'", "person"),
            ("UPDATE meta SET value = 'Dinas Lain' WHERE key = 'unit_name'", "meta"),
            ("UPDATE meta SET value = 'WBK' WHERE key = 'current_predicate'", "meta"),
            ("DELETE FROM log_register WHERE key LIKE 'answer/%'", "log_register"),
            ("INSERT INTO log_head VALUES ('" + "0" * 64 + "')", "log_head"),
            ("UPDATE review_status SET status = 'selesai'", "review_status"),
            ("UPDATE review_status SET revisions = 0", "review_status"),
            ("DELETE FROM review_ready", "review_ready"),
            ("INSERT INTO review_close VALUES ('tpi', 1, 'x', '0', '', 'x', 'x', '2026-01-01T00:00:00Z')", "review_close"),
        ]
        for statement, table in cases:
            with self.subTest(statement=statement):
                line = self.verify(self.tampered(statement), expect=2)
                self.assertIn(table, line)

    def test_every_log_edit_is_caught(self):
        entries = rows(self.ws, "SELECT seq, hash, body, signature FROM log_entry ORDER BY seq")
        seq, entry_hash, body, _ = next(e for e in entries if b"SK Tim ZI" in e[2])  # a signed answer
        edited = body.replace(b"SK Tim ZI", b"SK Tim XX")
        self.assertNotEqual(edited, body)
        new_hash = hashlib.sha256(edited).hexdigest()
        cases = [
            # the body changed, the hash kept
            (f"UPDATE log_entry SET body = x'{edited.hex()}' WHERE seq = {seq}", "hash"),
            # body and hash rewritten together: the signature no longer fits
            (f"UPDATE log_entry SET body = x'{edited.hex()}', hash = '{new_hash}' WHERE seq = {seq}", "tanda tangan"),
            # the signature taken away
            (f"UPDATE log_entry SET signature = NULL WHERE seq = {seq}", "tanda tangan"),
            # an entry deleted (its children lose a parent)
            (f"DELETE FROM log_entry WHERE seq = {entries[2][0]}", ""),
            # the newest entry deleted: the tables still show what it did
            (f"DELETE FROM log_entry WHERE seq = {entries[-1][0]}", ""),
        ]
        for statement, word in cases:
            with self.subTest(statement=statement[:60]):
                line = self.verify(self.tampered(statement), expect=2)
                self.assertIn(word, line)

    def rewrite_chain(self, path, change):
        """Rewrites the log from the first entry `change` alters, recomputing every hash and parent
        consistently, as someone without the keys would: only the signatures cannot follow."""
        db = sqlite3.connect(path, isolation_level=None)
        renamed = {}
        for seq, old_hash, body, signature in db.execute(
                "SELECT seq, hash, body, signature FROM log_entry ORDER BY seq").fetchall():
            entry = json.loads(body)
            entry["parents"] = sorted(renamed.get(p, p) for p in entry["parents"])
            for write in entry["writes"]:
                write["replaces"] = sorted(renamed.get(p, p) for p in write["replaces"])
            change(entry)
            new_body = canonical(entry).encode()
            new_hash = hashlib.sha256(new_body).hexdigest()
            if new_hash != old_hash:
                renamed[old_hash] = new_hash
                db.execute("UPDATE log_entry SET body = ?, hash = ? WHERE seq = ?", (new_body, new_hash, seq))
                db.execute("UPDATE answer_history SET entry = ? WHERE entry = ?", (new_hash, old_hash))
                db.execute("UPDATE log_register SET entry = ? WHERE entry = ?", (new_hash, old_hash))
                db.execute("UPDATE log_head SET hash = ? WHERE hash = ?", (new_hash, old_hash))
        db.close()

    def test_a_consistent_rewrite_without_the_keys_is_caught(self):
        def unsign_and_change(entry):
            for write in entry["writes"]:
                if write["key"] == "answer/unit/A.I.1.i.a":
                    write["value"]["note"] = "SK palsu"

        # First prove that the rewrite itself is faithful: with no change, the log still verifies.
        untouched = self.tampered()
        self.rewrite_chain(untouched, lambda entry: None)
        self.verify(untouched)
        forged = self.tampered("UPDATE answer SET note = 'SK palsu' WHERE code = 'A.I.1.i.a' AND layer = 'unit'",
                               "UPDATE answer_history SET note = 'SK palsu' WHERE code = 'A.I.1.i.a' AND layer = 'unit'")
        self.rewrite_chain(forged, unsign_and_change)
        self.assertIn("tanda tangan", self.verify(forged, expect=2))

        # Dropping the signatures too makes unsigned entries in a team that has keys.
        def drop_signatures(entry):
            entry["author"]["key"] = ""
        stripped = self.tampered("UPDATE log_entry SET signature = NULL")
        self.rewrite_chain(stripped, drop_signatures)
        line = self.verify(stripped, expect=2)
        self.assertTrue("signed" in line or "tanda tangan" in line or "ditandatangani" in line, line)

    def test_rebuild_reproduces_the_tables(self):
        before = tables(self.ws)
        run("audit", "rebuild", self.ws, check=0)
        self.assertEqual(tables(self.ws), before)
        self.verify()
        broken = self.tampered("UPDATE log_entry SET body = x'7b7d' WHERE seq = 3")
        snapshot = digest(broken)
        result = run("audit", "rebuild", broken)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(digest(broken), snapshot)


def sign_with_openssl(key_pem, body, directory):
    body_path = os.path.join(directory, "body.bin")
    sig_path = os.path.join(directory, "body.sig")
    with open(body_path, "wb") as out:
        out.write(body)
    subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", key_pem, "-rawin", "-in", body_path, "-out", sig_path],
                   check=True, capture_output=True)
    with open(sig_path, "rb") as handle:
        return handle.read()


def exchange_file(workspace_id, entries):
    text = b"ZIWB-EXCHANGE 1\nworkspace " + workspace_id.encode() + b"\n"
    for body, signature in entries:
        text += b"entry %s %s %d\n" % (hashlib.sha256(body).hexdigest().encode(),
                                       signature.hex().encode() if signature else b"-", len(body))
        text += body + b"\n"
    text += b"end %d %s\n" % (len(entries), hashlib.sha256(text).hexdigest().encode())
    return text


class Exchange(TeamTestCase):
    def workspace_id(self):
        return rows(self.ws, "SELECT value FROM meta WHERE key = 'workspace_id'")[0][0]

    def forged_entry(self, who, layer, key, value):
        heads = sorted(h for (h,) in rows(self.ws, "SELECT hash FROM log_head"))
        entry = {"v": 1, "workspace": self.workspace_id(), "parents": heads,
                 "author": {"key": self.keys.get(who, ""), "name": who},
                 "time": "2026-11-30T10:00:00Z", "layer": layer, "kind": "answer.set", "summary": "palsu",
                 "action": "set", "legacy": False, "writes": [{"key": key, "value": value, "replaces": []}]}
        return entry

    def test_a_forged_evaluator_entry_is_refused(self):
        entry = self.forged_entry("anggota1", "tpi", "answer/tpi/A.I.1.i.a", {"value": "Ya", "note": ""})
        body = canonical(entry).encode()
        key_pem = os.path.join(self.dir, "config-anggota1", "identity-key.pem")
        signature = sign_with_openssl(key_pem, body, self.dir)
        path = os.path.join(self.dir, "forged.ziwbx")
        with open(path, "wb") as out:
            out.write(exchange_file(self.workspace_id(), [(body, signature)]))
        before = digest(self.ws)
        result = run("exchange", "import", self.ws, path)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        self.assertIn("evaluator", result.stderr)
        self.assertEqual(digest(self.ws), before)

    def test_an_unknown_key_is_refused(self):
        stranger = Team(os.path.join(self.dir, "stranger"))
        os.makedirs(stranger.root)
        stranger_key = stranger.key("pimpinan")
        entry = self.forged_entry("anggota1", "unit", "answer/unit/A.I.1.i.a", {"value": "Ya", "note": ""})
        entry["author"] = {"key": stranger_key, "name": "Orang Asing"}
        body = canonical(entry).encode()
        signature = sign_with_openssl(os.path.join(stranger.root, "config-pimpinan", "identity-key.pem"), body,
                                      self.dir)
        path = os.path.join(self.dir, "stranger.ziwbx")
        with open(path, "wb") as out:
            out.write(exchange_file(self.workspace_id(), [(body, signature)]))
        result = run("exchange", "import", self.ws, path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(stranger_key[:12], result.stderr)

    def test_send_receive_twice_since_mark_and_bad_files(self):
        member = self.copy("anggota1.ziwb")
        mark = run("exchange", "mark", self.ws, check=0).stdout.strip()
        for code in ("A.I.1.i.a", "A.I.1.ii.a", "A.I.1.iv.a"):
            self.team.run("anggota1", "answer", member, code, "Ya", "--note", "catatan " + code, check=0)
        changes = os.path.join(self.dir, "changes.ziwbx")
        # The preview writes nothing and lists what the export then writes.
        planned = run("exchange", "export", member, changes, "--since", mark, "--dry-run", check=0,
                      lang="en_US.UTF-8").stdout.splitlines()
        self.assertFalse(os.path.exists(changes))
        self.assertTrue(planned[0].startswith("3 entries and 0 evidence files (0 bytes) would be written to"),
                        planned[0])
        self.assertEqual(len(planned), 4, planned)
        for line, code in zip(planned[1:], ("A.I.1.i.a", "A.I.1.ii.a", "A.I.1.iv.a")):
            self.assertIn("Anggota1 Uji", line)
            self.assertIn(code, line)
        out = run("exchange", "export", member, changes, "--since", mark, check=0).stdout
        self.assertIn("3", out)
        before = digest(self.ws)
        preview = run("exchange", "import", self.ws, changes, "--dry-run", check=0).stdout
        self.assertIn("3", preview)
        self.assertEqual(digest(self.ws), before, "a dry run changes nothing")
        run("exchange", "import", self.ws, changes, check=0)
        again = run("exchange", "import", self.ws, changes, check=0).stdout
        self.assertIn("0", again)
        self.assertEqual(tables(self.ws)["answer"], tables(member)["answer"])
        self.verify()

        with open(changes, "rb") as handle:
            data = handle.read()
        bad = {
            "truncated": data[: len(data) // 2],
            "flipped": data.replace(b"catatan A.I.1.ii.a", b"catatan A.I.1.ii.X"),
            "no end": data[: data.rindex(b"end ")],
            "garbage": b"PK\x03\x04 not an exchange file\n",
        }
        for name, content in bad.items():
            with self.subTest(name):
                path = os.path.join(self.dir, name.replace(" ", "-") + ".ziwbx")
                with open(path, "wb") as out:
                    out.write(content)
                before = digest(self.ws)
                result = run("exchange", "import", self.ws, path)
                self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
                self.assertEqual(len(result.stderr.strip().splitlines()), 1)
                self.assertNotIn("internal", result.stderr.lower())
                self.assertEqual(digest(self.ws), before)

        other = os.path.join(self.dir, "other.ziwb")
        self.team.run("koordinator", "init", other, "--form", FORM_ID, "--unit", "Dinas Lain", "--agency", "X",
                      "--year", "2026", check=0)
        result = run("exchange", "import", other, changes)
        self.assertEqual(result.returncode, 2)
        self.assertIn("another assessment".split()[0] if "another" in result.stderr else "lain", result.stderr)
        result = run("merge", other, member)
        self.assertEqual(result.returncode, 2)

    def test_a_whole_lke_without_evidence_is_a_small_file(self):
        csv = os.path.join(self.dir, "answers.csv")
        criteria = json.loads(run("score", self.ws, "--json", check=0).stdout)["nodes"]
        with open(csv, "w", encoding="utf-8") as out:
            out.write("code,answer,note\n")
            for code, node in criteria.items():
                if node.get("kind") != "criterion":
                    continue
                kind = node.get("answer_type", "")
                answer = "Ya" if kind == "yes_no" else ("A" if kind.startswith("ab") else "")
                out.write(f"{code},{answer},\"Bukti dukung {code}: SK, SOP dan laporan triwulan tersedia lengkap\"\n")
        self.team.run("anggota1", "import-answers", self.ws, csv, check=0)
        path = os.path.join(self.dir, "all.ziwbx")
        run("exchange", "export", self.ws, path, check=0)
        self.assertLess(os.path.getsize(path), 200 * 1024)


class Merging(TeamTestCase):
    def test_three_copies_merged_in_every_order_agree(self):
        coordinator = self.copy("koordinator.ziwb")
        member1 = self.copy("anggota1.ziwb")
        member2 = self.copy("anggota2.ziwb")
        os.remove(self.ws)
        self.team.run("koordinator", "answer", coordinator, "A.I.4.ii.a", "Ya", check=0)
        self.team.run("koordinator", "answer", coordinator, "A.I.1.i.a", "Tidak", "--note", "versi koordinator",
                      check=0)
        self.team.run("anggota1", "answer", member1, "A.I.1.i.a", "Ya", "--note", "versi anggota", check=0)
        self.team.run("anggota1", "answer", member1, "A.I.1.ii.a", "Ya", check=0)
        self.team.run("anggota2", "answer", member2, "A.I.3.i.a", "Ya", check=0)
        self.team.run("evaluator", "answer", member2, "A.I.1.i.a", "Ya", "--layer", "tpi", check=0)
        copies = {"k": coordinator, "a1": member1, "a2": member2}
        states = {}
        for order in itertools.permutations(copies):
            merged = os.path.join(self.dir, "merged-" + "-".join(order) + ".ziwb")
            shutil.copyfile(copies[order[0]], merged)
            for name in order[1:]:
                run("merge", merged, copies[name], check=0)
                self.verify(merged)
            conflicts = json.loads(run("conflicts", merged, "--json").stdout)
            answers = rows(merged, "SELECT layer, code, value, note, author, updated_at FROM answer ORDER BY 1, 2")
            states[order] = (answers, conflicts)
        first = next(iter(states.values()))
        for order, state in states.items():
            self.assertEqual(state, first, f"merging in the order {order} differs")
        answers, conflicts = first
        self.assertEqual([c["key"] for c in conflicts], ["answer/unit/A.I.1.i.a"])
        notes = sorted(v["value"] for v in conflicts[0]["versions"])
        self.assertEqual(len(notes), 2)
        self.assertTrue(any("versi koordinator" in n for n in notes) and any("versi anggota" in n for n in notes))
        self.assertIn(("tpi", "A.I.1.i.a"), [(a[0], a[1]) for a in answers], "another layer never conflicts")
        self.assertEqual(len(answers), 5)

        # Choosing the version shown is a resolution too, though it changes no value.
        shown_first = os.path.join(self.dir, "merged-a1-k-a2.ziwb")
        value, note = rows(shown_first, "SELECT value, note FROM answer WHERE layer = 'unit' AND code = 'A.I.1.i.a'")[0]
        self.team.run("koordinator", "answer", shown_first, "A.I.1.i.a", value, "--note", note, check=0)
        self.assertEqual(json.loads(run("conflicts", shown_first, "--json", check=0).stdout), [])

        # The koordinator resolves it by changing the item once more.
        merged = os.path.join(self.dir, "merged-k-a1-a2.ziwb")
        result = run("conflicts", merged)
        self.assertEqual(result.returncode, 3)
        self.team.run("koordinator", "answer", merged, "A.I.1.i.a", "Ya", "--note", "disepakati", check=0)
        self.assertEqual(json.loads(run("conflicts", merged, "--json", check=0).stdout), [])
        self.verify(merged)
        history = run("history", merged, "A.I.1.i.a", check=0).stdout
        self.assertIn("versi koordinator", history)
        self.assertIn("versi anggota", history)


class EvidenceTravels(TeamTestCase):
    def items(self, path):
        return json.loads(run("evidence", "list", path, "--json", check=0).stdout)

    def test_evidence_checklist_reviews_and_plan_travel_by_entries_and_files_by_hash(self):
        member = self.copy("anggota1.ziwb")
        mark = run("exchange", "mark", self.ws, check=0).stdout.strip()
        document = os.path.join(self.dir, "SK Tim ZI.pdf")
        content = os.urandom(1_500_000)  # more than one chunk
        with open(document, "wb") as out:
            out.write(content)
        self.team.run("anggota1", "evidence", "add", member, "A.I.1.i.a", document, "--title", "SK Tim ZI", check=0)
        self.team.run("anggota1", "evidence", "checklist-attach", member, "form:A.I.1.i.a:1", "1", check=0)
        self.team.run("anggota1", "plan", "add", member, "A.I.1.ii.a", "--task", "Susun rencana kerja", check=0)
        light = os.path.join(self.dir, "light.ziwbx")
        full = os.path.join(self.dir, "full.ziwbx")
        run("exchange", "export", member, light, "--since", mark, "--without-evidence", check=0)
        run("exchange", "export", member, full, "--since", mark, check=0)
        self.assertLess(os.path.getsize(light), 20_000)
        self.assertGreater(os.path.getsize(full), len(content))

        # Entries first, the file later: "not received yet", which is not damage.
        run("exchange", "import", self.ws, light, check=0)
        item = self.items(self.ws)[0]
        self.assertFalse(item["received"])
        verify = run("evidence", "verify", self.ws, check=0).stdout
        self.assertIn("1", verify)
        extract = run("evidence", "extract", self.ws, str(item["id"]), os.path.join(self.dir, "out.pdf"))
        self.assertEqual(extract.returncode, 2)
        self.assertNotIn("internal", extract.stderr.lower())
        self.verify()
        run("exchange", "import", self.ws, full, check=0)
        self.assertTrue(self.items(self.ws)[0]["received"])
        out = os.path.join(self.dir, "out.pdf")
        run("evidence", "extract", self.ws, str(item["id"]), out, check=0)
        with open(out, "rb") as handle:
            self.assertEqual(handle.read(), content)
        plan = json.loads(run("plan", "list", self.ws, "--json", check=0).stdout)
        self.assertEqual([t["task"] for t in plan["tasks"]], ["Susun rencana kerja"])

        # The evaluator reviews in the TPI layer; a member may not.
        self.team.run("evaluator", "evidence", "review", self.ws, "form:A.I.1.i.a:1", "rejected", "--reason",
                      "belum ditandatangani", "--layer", "tpi", check=0)
        refused = self.team.run("anggota1", "evidence", "review", self.ws, "form:A.I.1.i.a:1", "accepted", "--layer",
                                "tpi")
        self.assertEqual(refused.returncode, 2)
        self.verify()

        # A merge brings the file too, and a rebuild reproduces every table.
        other = self.copy("koordinator2.ziwb")
        second = os.path.join(self.dir, "Notulen FKP.pdf")
        with open(second, "wb") as out:
            out.write(b"notulen " * 1000)
        self.team.run("anggota2", "evidence", "add", member, "A.I.3.i.a", second, check=0)
        run("merge", other, member, check=0)
        self.assertTrue(all(i["received"] for i in self.items(other)))
        before = {name: rows(other, f"SELECT * FROM {name} ORDER BY 1") for name in
                  ("evidence_item", "evidence_revision", "evidence_criterion", "checklist_evidence",
                   "checklist_review", "plan_task")}
        run("audit", "rebuild", other, check=0)
        after = {name: rows(other, f"SELECT * FROM {name} ORDER BY 1") for name in before}
        self.maxDiff = None
        self.assertEqual(after, before)
        self.verify(other)


@unittest.skipUnless(os.path.exists(WAVE1), "the wave-1 workspace is kept in tests/data/wave1")
class WaveOne(unittest.TestCase):
    def test_a_wave1_workspace_migrates_and_verifies(self):
        directory = tempfile.mkdtemp(prefix="ziwb-wave1-")
        try:
            path = os.path.join(directory, "wave1.ziwb")
            shutil.copyfile(WAVE1, path)
            before = rows(path, "SELECT layer, code, value, note, author, updated_at FROM answer ORDER BY 1, 2")
            history_before = rows(path, "SELECT seq, layer, code, value, note, author, changed_at, action "
                                        "FROM answer_history ORDER BY seq")
            self.assertEqual(rows(path, "PRAGMA user_version")[0][0], 2)
            result = run("audit", "verify", path)
            self.assertEqual(result.returncode, 2)  # read-only: not migrated yet, and says how
            run("answer", path, "A.I.1.i.a", "--note", "setelah migrasi", check=0)
            report = json.loads(run("audit", "verify", path, "--json", check=0).stdout)
            self.assertTrue(report["intact"], report)
            self.assertGreater(report["legacy"], len(history_before))
            after = rows(path, "SELECT seq, layer, code, value, note, author, changed_at, action FROM answer_history "
                               "ORDER BY seq")
            self.assertEqual(after[: len(history_before)], history_before)
            self.assertEqual(len(before), len(rows(path, "SELECT * FROM answer")))
            # Two copies of one wave-1 file migrate to one assessment and merge.
            other = os.path.join(directory, "other.ziwb")
            shutil.copyfile(WAVE1, other)
            run("answer", other, "A.I.1.i.b", "A", "--note", "salinan kedua", check=0)
            run("merge", path, other, check=0)
            self.assertEqual(json.loads(run("conflicts", path, "--json", check=0).stdout), [])
            run("audit", "verify", path, check=0)
        finally:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
