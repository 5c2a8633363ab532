# SPDX-License-Identifier: GPL-3.0-or-later
"""A copy of the `.ziwb` file alone, taken at any moment, holds everything committed before it.

Users copy only the `.ziwb` (to a flash disk, a chat, a shared folder), and they do it while the
workbench has the file open or while a command is still running. Each round here starts a command,
notes what a reader can already see committed in the file, copies the file alone at a random moment,
and kills the command at another random moment. The copy must then hold everything noted. A copy
taken in the few milliseconds while a commit is being written may be torn; such a copy must be
refused as damaged, never read as a smaller, silently wrong workspace, and the count is printed.
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import ZIWB, WorkspaceTestCase, run, score  # noqa: E402

from test_kill import answer_set  # noqa: E402


def committed(path):
    """What a reader sees committed in the workspace right now."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        history = db.execute("SELECT count(*) FROM answer_history").fetchone()[0]
        items = db.execute("SELECT count(*) FROM evidence_item").fetchone()[0]
        answers = dict(db.execute("SELECT code, value FROM answer WHERE layer = 'unit'"))
    finally:
        db.close()
    return history, items, answers


class CopyWhileOpen(WorkspaceTestCase):
    def test_a_copy_taken_while_another_connection_is_open_holds_every_answer(self):
        holder = sqlite3.connect(self.ws)  # as the workbench keeps one open
        holder.execute("SELECT count(*) FROM answer").fetchone()
        codes = [code for code, node in score(self.ws)["nodes"].items() if node.get("answer_type") == "yes_no"][:20]
        for code in codes:
            run("answer", self.ws, code, "Ya", check=0)
        copy = os.path.join(self.dir, "copy.ziwb")
        shutil.copyfile(self.ws, copy)
        holder.close()
        answers = score(copy)["nodes"]
        self.assertGreaterEqual(len(codes), 15)
        self.assertEqual(sum(1 for code in codes if answers[code]["answer"] == "Ya"), len(codes))

    def test_ziwb_copy_while_a_reader_holds_the_file_and_never_overwrites(self):
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        holder = sqlite3.connect(self.ws)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM answer").fetchone()
        copy = os.path.join(self.dir, "salinan.ziwb")
        run("copy", self.ws, copy, check=0)
        holder.rollback()
        holder.close()
        self.assertEqual(score(copy)["nodes"]["A.I.1.i.a"]["answer"], "Ya")
        self.assertLessEqual(os.path.getsize(copy), os.path.getsize(self.ws))
        with open(copy, "rb") as handle:
            before = handle.read()
        result = run("copy", self.ws, copy)
        self.assertEqual(result.returncode, 2)
        with open(copy, "rb") as handle:
            self.assertEqual(handle.read(), before)
        self.assertEqual(run("copy", self.ws, self.ws).returncode, 2)
        self.assertFalse([name for name in os.listdir(self.dir) if "tmp" in name])


class CopyAtRandomMoments(WorkspaceTestCase):
    ROUNDS_PER_COMMAND = 50

    def setUp(self):
        super().setUp()
        nodes = score(self.ws)["nodes"]
        self.sets = [self.write(f"set{i}.csv", answer_set(nodes, i)) for i in (0, 1)]
        self.codes = [code for code, node in nodes.items() if node.get("answer_type") == "yes_no"]
        self.evidence = os.path.join(self.dir, "bukti")
        os.makedirs(os.path.join(self.evidence, "A.I.1.i.a"))
        rng = random.Random(7)
        for i in range(12):
            with open(os.path.join(self.evidence, "A.I.1.i.a", f"dokumen-{i}.pdf"), "wb") as out:
                out.write(b"%PDF-1.4\n" + rng.randbytes(300_000 + i))
        self.single = os.path.join(self.dir, "single.pdf")
        with open(self.single, "wb") as out:
            out.write(b"%PDF-1.4\n" + rng.randbytes(2_000_000))

    def command(self, kind, round_number):
        if kind == "answer":
            code = self.codes[round_number % len(self.codes)]
            return ["answer", self.ws, code, ("Ya", "Tidak")[round_number % 2], "--note", f"putaran {round_number}"]
        if kind == "import-answers":
            return ["import-answers", self.ws, self.sets[round_number % 2]]
        if kind == "evidence-add":
            return ["evidence", "add", self.ws, "A.I.1.i.b", self.single, "--title", f"Bukti {round_number}"]
        if kind == "import-folder":
            return ["evidence", "import-folder", self.ws, self.evidence]
        return ["export", self.ws, os.path.join(self.dir, "LKE.xlsx")]

    def test_copies_hold_everything_committed_before_them(self):
        rng = random.Random(2026)
        rounds = killed = torn = checked = 0
        for kind in ("answer", "import-answers", "evidence-add", "import-folder", "export"):
            for round_number in range(self.ROUNDS_PER_COMMAND):
                process = subprocess.Popen([ZIWB, *self.command(kind, round_number)], stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0, 0.03))
                seen = committed(self.ws)
                copy = os.path.join(self.dir, "copy.ziwb")
                shutil.copyfile(self.ws, copy)
                time.sleep(rng.uniform(0, 0.02))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    killed += 1
                process.wait()
                rounds += 1
                result = run("score", copy, "--json")
                if result.returncode != 0:
                    # Only a copy read while a commit was being written may fail, and only as damaged.
                    self.assertEqual(result.returncode, 2, result.stderr)
                    self.assertIn("rusak", result.stderr)
                    torn += 1
                    continue
                history, items, answers = committed(copy)
                self.assertGreaterEqual(history, seen[0], f"{kind} round {round_number}: answers lost")
                self.assertGreaterEqual(items, seen[1], f"{kind} round {round_number}: evidence lost")
                if history == seen[0]:
                    self.assertEqual(answers, seen[2])
                checked += 1
                os.remove(copy)
        print(f"{rounds} rounds, {killed} killed in flight, {checked} copies checked, {torn} torn copies refused",
              file=sys.stderr)
        self.assertGreaterEqual(killed, 200, "too few commands were killed in flight")
        self.assertGreaterEqual(checked, rounds * 9 // 10, "too many torn copies: the guarantee does not hold")
        run("evidence", "verify", self.ws, check=0)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
