# SPDX-License-Identifier: GPL-3.0-or-later
"""A workspace file from a stranger: every crafted change to the SQLite file itself is refused with
one clear line and exit 2, and the file is left exactly as it came. A file on read-only media or
without write permission still opens for reading.

Each case starts from a real workspace made by `ziwb init` and edits it with Python's sqlite3, as
an attacker or a curious user with a database browser would.
"""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "cli"))
from ziwb_cli import WorkspaceTestCase, run  # noqa: E402


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def edit(path, *statements, version=None):
    """Runs SQL on the workspace as another program would, leaving it in rollback-journal mode."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA writable_schema = ON") if any("sqlite_schema" in s for s in statements) else None
    for statement in statements:
        db.execute(statement)
    if version is not None:
        db.execute(f"PRAGMA user_version = {version}")
    db.close()


class CraftedWorkspaceFiles(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        run("answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK 800/1", check=0)

    def assert_refused(self, words, *commands):
        before = digest(self.ws)
        for command in commands or (("info",), ("score",), ("answer", "A.I.1.i.b", "Ya"), ("export", "x.xlsx")):
            args = [command[0], self.ws, *command[1:]]
            if command[0] == "export":
                args = ["export", self.ws, os.path.join(self.dir, command[1])]
            result = run(*args)
            self.assertEqual(result.returncode, 2, f"{command}: {result.stdout} {result.stderr}")
            lines = result.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, result.stderr)
            for word in words:
                self.assertIn(word, lines[0])
            self.assertNotIn("internal", lines[0].lower())
        self.assertEqual(digest(self.ws), before, "a refused file must not be changed")

    def test_an_added_trigger_is_refused_before_it_can_run(self):
        edit(self.ws, "CREATE TRIGGER steal AFTER INSERT ON answer BEGIN DELETE FROM meta; END")
        self.assert_refused(["steal", "trigger"])

    def test_an_added_table_or_view_is_refused(self):
        edit(self.ws, "CREATE TABLE extra (x)")
        self.assert_refused(["extra"])

    def test_a_view_is_refused(self):
        edit(self.ws, "CREATE VIEW peek AS SELECT * FROM answer")
        self.assert_refused(["peek"])

    def test_a_dropped_table_is_refused(self):
        edit(self.ws, "DROP TABLE prerequisite")
        self.assert_refused(["prerequisite"])

    def test_a_dropped_append_only_trigger_is_refused(self):
        edit(self.ws, "DROP TRIGGER evidence_history_append_only_delete")
        self.assert_refused(["evidence_history_append_only_delete"])

    def test_a_changed_table_definition_is_refused(self):
        edit(self.ws, "ALTER TABLE answer ADD COLUMN sneaky TEXT")
        self.assert_refused(["answer"])

    def test_unknown_format_versions_are_refused(self):
        db = sqlite3.connect(self.ws)
        current = db.execute("PRAGMA user_version").fetchone()[0]
        db.close()
        for version, word in ((-1, "-1"), (0, "0"), (1, "1"), (99, "99")):
            with self.subTest(version=version):
                edit(self.ws, version=version)
                self.assert_refused([word], ("info",), ("score",), ("answer", "A.I.1.i.b", "Ya"))
                edit(self.ws, version=current)

    def test_a_form_copy_edited_without_its_hash_is_refused(self):
        db = sqlite3.connect(self.ws)
        xml = db.execute("SELECT xml FROM form_copy").fetchone()[0]
        db.close()
        self.assertIn('key="Ya"', xml)
        edited = xml.replace('key="Ya" value="1"', 'key="Ya" value="0"', 1)
        self.assertNotEqual(xml, edited)
        edit(self.ws, f"UPDATE form_copy SET xml = '{edited.replace(chr(39), chr(39) * 2)}'")
        self.assert_refused(["form"])

    def test_a_form_copy_edited_with_a_new_hash_is_named_as_not_installed(self):
        db = sqlite3.connect(self.ws)
        xml = db.execute("SELECT xml FROM form_copy").fetchone()[0]
        db.close()
        edited = xml.replace('key="Ya" value="1"', 'key="Ya" value="0"', 1)
        new_hash = hashlib.sha256(edited.encode()).hexdigest()
        edit(self.ws, f"UPDATE form_copy SET xml = '{edited.replace(chr(39), chr(39) * 2)}', sha256 = '{new_hash}'")
        data = json.loads(run("score", self.ws, "--json", check=0).stdout)
        self.assertFalse(data["form"]["matches_installed"])
        self.assertIn("not identical", run("score", self.ws, lang="en_US.UTF-8", check=0).stdout)
        self.assertIn("tidak sama", run("info", self.ws, check=0).stdout)
        fresh = os.path.join(self.dir, "fresh.ziwb")
        run("init", fresh, "--form", "lke-permenpanrb-90-2021", "--unit", "U", "--agency", "A", "--year", "2026",
            check=0)
        self.assertTrue(json.loads(run("score", fresh, "--json", check=0).stdout)["form"]["matches_installed"])

    def test_damaged_pages_are_refused(self):
        size = os.path.getsize(self.ws)
        page = 65536
        self.assertGreater(size, 4 * page)
        with open(self.ws, "r+b") as handle:
            # Scribble over the middle of every page after the first: b-tree headers and cells.
            for offset in range(page + 8, size, page):
                handle.seek(offset)
                handle.write(b"\xff" * 64)
        result = run("score", self.ws)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("rusak", result.stderr)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1)

    def test_a_copy_cut_short_is_refused(self):
        cut = os.path.join(self.dir, "cut.ziwb")
        with open(self.ws, "rb") as source, open(cut, "wb") as target:
            target.write(source.read(os.path.getsize(self.ws) // 2))
        result = run("score", cut)
        self.assertEqual(result.returncode, 2, result.stderr)

    def test_a_commit_stopped_half_way_is_rolled_back_not_called_a_cut_copy(self):
        # What SIGKILL during a commit leaves: page 1 already claims the grown size, the file is not
        # yet extended, and the rollback journal beside it is hot. SQLite restores the file on open.
        expected = json.loads(run("score", self.ws, "--json", check=0).stdout)["total"]
        with open(self.ws, "rb") as handle:
            original = handle.read()
        page_size = int.from_bytes(original[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = len(original) // page_size
        first_page = original[:page_size]
        grown = bytearray(first_page)
        grown[28:32] = (pages + 40).to_bytes(4, "big")
        with open(self.ws, "r+b") as handle:
            handle.write(grown)
        nonce = 0x1234567
        checksum = (nonce + sum(first_page[i] for i in range(page_size - 200, 0, -200))) & 0xFFFFFFFF
        header = (bytes([0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7]) + (1).to_bytes(4, "big") +
                  nonce.to_bytes(4, "big") + pages.to_bytes(4, "big") + (512).to_bytes(4, "big") +
                  page_size.to_bytes(4, "big"))
        with open(self.ws + "-journal", "wb") as journal:
            journal.write(header.ljust(512, b"\0") + (1).to_bytes(4, "big") + first_page + checksum.to_bytes(4, "big"))
        self.assertEqual(json.loads(run("score", self.ws, "--json", check=0).stdout)["total"], expected)
        with open(self.ws, "rb") as handle:
            self.assertEqual(handle.read(), original)
        # The same short file without a hot journal is a cut copy.
        with open(self.ws, "r+b") as handle:
            handle.write(grown)
        result = run("score", self.ws)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("lebih pendek", result.stderr)


class ReadOnlyWorkspaces(WorkspaceTestCase):
    """Read-only media and missing write permission: reading works, writing says why."""

    def setUp(self):
        super().setUp()
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        self.expected_total = json.loads(run("score", self.ws, "--json", check=0).stdout)["total"]

    def check_reads_work_and_writes_explain(self, path):
        self.assertEqual(json.loads(run("score", path, "--json", check=0).stdout)["total"], self.expected_total)
        self.assertIn("Read-only", run("info", path, lang="en_US.UTF-8", check=0).stdout)
        run("history", path, check=0)
        run("evidence", "list", path, check=0)
        run("export", path, os.path.join(self.dir, "out.xlsx"), check=0)
        copy = os.path.join(self.dir, "editable.ziwb")
        run("copy", path, copy, check=0)
        run("answer", copy, "A.I.1.i.a", "Tidak", check=0)
        result = run("answer", path, "A.I.1.i.a", "Tidak", lang="en_US.UTF-8")
        self.assertEqual(result.returncode, 2)
        self.assertIn("read-only", result.stderr)

    def test_a_file_marked_immutable(self):
        if os.geteuid() != 0 or shutil.which("chattr") is None:
            self.skipTest("needs root and chattr to make a file unwritable for root")
        subprocess.run(["chattr", "+i", self.ws], check=True)
        try:
            self.check_reads_work_and_writes_explain(self.ws)
        finally:
            subprocess.run(["chattr", "-i", self.ws], check=True)

    def test_read_only_media(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a read-only folder")
        media = os.path.join(self.dir, "flashdisk")
        os.mkdir(media)
        shutil.copy(self.ws, os.path.join(media, "dinas.ziwb"))
        mounted = subprocess.run(["mount", "--bind", media, media], capture_output=True)
        if mounted.returncode != 0:
            self.skipTest("this sandbox cannot bind-mount: " + mounted.stderr.decode())
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", media], check=True)
            with self.assertRaises(OSError):
                open(os.path.join(media, "probe"), "w").close()
            self.check_reads_work_and_writes_explain(os.path.join(media, "dinas.ziwb"))
        finally:
            subprocess.run(["umount", media], check=True)

    def test_a_wave_one_file_in_wal_mode_on_read_only_media(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a read-only folder")
        media = os.path.join(self.dir, "cdrom")
        os.mkdir(media)
        target = os.path.join(media, "dinas.ziwb")
        shutil.copy(self.ws, target)
        db = sqlite3.connect(target)
        self.assertEqual(db.execute("PRAGMA journal_mode = WAL").fetchone()[0], "wal")
        db.close()
        if subprocess.run(["mount", "--bind", media, media], capture_output=True).returncode != 0:
            self.skipTest("this sandbox cannot bind-mount")
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", media], check=True)
            self.assertEqual(json.loads(run("score", target, "--json", check=0).stdout)["total"], self.expected_total)
        finally:
            subprocess.run(["umount", media], check=True)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
