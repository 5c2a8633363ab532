# SPDX-License-Identifier: GPL-3.0-or-later
"""The workbench on a workspace linked to a real hub: this script starts PostgreSQL 15, makes the
hub, the coordinator's workspace and a member's copy with the command line, then runs the GUI test
program (tests/gui/hub_gui_test.cpp) under Xvfb at 1366x768 against them."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(__file__)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "cli"))
from hub_cluster import Cluster  # noqa: E402
from test_team_log import NIPS, Team  # noqa: E402
from ziwb_cli import FORM_ID, ZIWB, run  # noqa: E402

PASSWORD = "sandi-uji-gui"


class WorkbenchOnAHub(unittest.TestCase):
    def test_the_workbench_syncs_with_the_hub(self):
        program = os.environ.get("ZIWB_HUB_GUI_TEST")
        if not program or not os.path.exists(program):
            self.fail("ZIWB_HUB_GUI_TEST does not name the built hub_gui_test program")
        cluster = Cluster()
        folder = tempfile.mkdtemp(prefix="ziwb-hub-gui-")
        try:
            database = cluster.create_database("hub_gui")
            admin = cluster.admin_address(database)
            team = Team(folder)
            keys = {who: team.key(who) for who in ("koordinator", "anggota1")}
            ws = os.path.join(folder, "dinas-a.ziwb")
            member = os.path.join(folder, "anggota1.ziwb")
            password_file = os.path.join(folder, "password")
            with open(password_file, "w", encoding="utf-8") as out:
                out.write(PASSWORD + "\n")

            def as_person(who, *args):
                return run(*args, check=0, env_extra=dict(team.env(who), PGPASSWORD=PASSWORD))

            as_person("koordinator", "init", ws, "--form", FORM_ID, "--unit", "Dinas A", "--agency", "Kabupaten Uji",
                      "--year", "2026")
            as_person("koordinator", "person", "add", ws, "--nip", NIPS["anggota1"], "--name", "Anggota Satu",
                      "--role", "anggota", "--areas", "1", "--public-key", keys["anggota1"])
            run("hub", "init", admin, "--module", cluster.module, check=0)
            run("hub", "add-unit", admin, "dinas-a", "--name", "Dinas A", check=0)
            for who, capacity in (("koordinator", "coordinator"), ("anggota1", "member")):
                run("hub", "grant", admin, who + "_gui", "dinas-a", "--as", capacity, "--from", ws, "--nip", NIPS[who],
                    "--password-file", password_file, check=0)
            as_person("koordinator", "hub", "link", ws, cluster.person_address(database, "koordinator_gui"), "dinas-a")
            as_person("koordinator", "hub", "sync", ws)
            shutil.copyfile(ws, member)
            as_person("anggota1", "hub", "link", member, cluster.person_address(database, "anggota1_gui"), "dinas-a")
            as_person("anggota1", "hub", "sync", member)

            env = dict(os.environ)
            env.update(team.env("koordinator"))
            env.update({"PGPASSWORD": PASSWORD, "ZIWB_TEST_WS": ws, "ZIWB_TEST_MEMBER_WS": member,
                        "ZIWB_TEST_MEMBER_CONFIG": team.env("anggota1")["ZIWB_CONFIG_DIR"], "ZIWB_CLI": ZIWB,
                        "ZIWB_TEST_HUB_ADDRESS": cluster.person_address(database, "koordinator_gui"),
                        "ASAN_OPTIONS": "detect_leaks=0", "NO_AT_BRIDGE": "1", "GDK_BACKEND": "x11"})
            result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", program], env=env,
                                    capture_output=True, text=True, timeout=900)
            self.assertEqual(result.returncode, 0, result.stdout[-6000:] + result.stderr[-3000:])
            self.assertIn("[  PASSED  ] 4 tests", result.stdout)
        finally:
            cluster.close()
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
