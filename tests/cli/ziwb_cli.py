# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the command-line tests: run the real `ziwb` binary in a temporary folder."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

ZIWB = os.environ.get("ZIWB", "ziwb")
SOURCE = os.environ.get("ZIWB_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
FORM_ID = "lke-permenpanrb-90-2021"


def run(*args, lang="id_ID.UTF-8", check=None, cwd=None, stdin=None, env_extra=None):
    """Runs ziwb; returns CompletedProcess. `check` asserts the exit code when given; `env_extra`
    adds variables (ZIWB_CONFIG_DIR: whose key signs)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = lang
    env.update(env_extra or {})
    result = subprocess.run([ZIWB, *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd,
                            input=stdin, timeout=300)
    if check is not None and result.returncode != check:
        raise AssertionError(f"ziwb {' '.join(map(str, args))} exited {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def score(workspace, layer="unit"):
    return json.loads(run("score", workspace, "--json", "--layer", layer, check=0).stdout)


class WorkspaceTestCase(unittest.TestCase):
    """Gives each test a temporary folder and a fresh workspace `self.ws`."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ziwb-cli-")
        self.ws = os.path.join(self.dir, "dinas.ziwb")
        run("init", self.ws, "--form", FORM_ID, "--unit", "Dinas Uji", "--agency", "Kabupaten Uji", "--year", "2026",
            check=0)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        return path
