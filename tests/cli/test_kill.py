# SPDX-License-Identifier: GPL-3.0-or-later
"""A killed `ziwb` loses nothing that was committed and never leaves half an import.

SIGKILL gives the process no chance to clean up: only SQLite's transactions and write-ahead log
stand between the user's answers and a damaged file. Each round imports a complete answer set
(113 rows, alternating between two sets, 60 rounds) and kills the process at a random moment; afterwards the
workspace must open, and its answers must be exactly one of the two sets.
"""
import json
import os
import random
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import ZIWB, WorkspaceTestCase, run, score  # noqa: E402


PERCENT = {
    "A.II.1.i.a": ("agen=5;perubahan=5", "agen=5;perubahan=1"),
    "A.II.1.i.b": ("perubahan=5;terintegrasi=5", "perubahan=5;terintegrasi=1"),
    "A.II.3.iii.a": ("pelanggaran_lalu=4;pelanggaran_ini=0;disanksi=0", "pelanggaran_lalu=4;pelanggaran_ini=4;disanksi=4"),
    "A.II.4.i.a": ("sasaran=6;tercapai=6", "sasaran=6;tercapai=1"),
    "A.II.5.ii.a": ("harus=6;diproses=0;selesai=6", "harus=6;diproses=2;selesai=1"),
    "A.II.5.iii.a": ("kepala=1;pejabat=2;lainnya=3;sudah=6", "kepala=1;pejabat=2;lainnya=3;sudah=1"),
    "A.II.5.iii.b": ("eselon3=1;eselon4=2;fungsional=3;sudah=6", "eselon3=1;eselon4=2;fungsional=3;sudah=1"),
    "A.II.6.i.b": ("terdata=4;dipermudah=4", "terdata=4;dipermudah=1"),
}


def answer_set(nodes, which):
    """A complete answer set: the best answers (which=0) or poorer ones (which=1)."""
    rows = ["code,answer,note"]
    for code, node in nodes.items():
        kind = node.get("answer_type")
        if kind is None:
            continue
        if kind == "index":
            answer = 3 + which * 0.5
        elif kind == "percentage":
            answer = PERCENT[code][which]
        elif kind == "yes_no":
            answer = ("Ya", "Tidak")[which]
        else:
            answer = ("A", "C")[which]
        rows.append(f"{code},{answer},catatan {which}")
    return "\n".join(rows) + "\n"


class KillDuringImport(WorkspaceTestCase):
    def test_sigkill_at_random_moments_never_leaves_half_an_import(self):
        nodes = score(self.ws)["nodes"]
        sets = [self.write(f"set{i}.csv", answer_set(nodes, i)) for i in (0, 1)]
        run("import-answers", self.ws, sets[0], check=0)
        totals = set()
        for i in range(2):
            run("import-answers", self.ws, sets[i], check=0)
            totals.add(round(score(self.ws)["total"], 9))
        self.assertEqual(len(totals), 2)

        rng = random.Random(90)
        killed = 0
        for round_number in range(60):
            process = subprocess.Popen([ZIWB, "import-answers", self.ws, sets[round_number % 2]],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, 0.012))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            process.wait()
            data = score(self.ws)  # opens after every kill
            self.assertIn(round(data["total"], 9), totals)
            self.assertEqual(data["completeness"], 100)
        self.assertGreater(killed, 10, "too few rounds were killed in flight; the test proves little")


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
