#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seeds of the workspace opener's fuzz target (tests/fuzz/corpus/workspace/) from real
workspaces made by `ziwb init` and `ziwb answer`: small (4 KiB pages, a rollback journal) so that
libFuzzer's mutations land on the schema, the rows and the form copy rather than on empty pages.
The hostile ones carry two attacks of tests/hostile/test_form_copy.py in their form copy (the
form loader's own corpus has the rest), with the form copy's sha256 updated, and a negative
user_version. Run once after a schema change:

    /usr/bin/python3 tests/fuzz/make_workspace_seeds.py build-asan/src/cli/ziwb
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus", "workspace")
SMALL_FORM = os.path.join(HERE, "corpus", "form_loader", "small-valid.xml")


def ziwb(binary, *args):
    subprocess.run([binary, *args], check=True, capture_output=True)


def compact(path):
    """4 KiB pages and a rollback journal: a file of a few pages instead of megabytes."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = DELETE")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size = 4096")
    db.execute("VACUUM")
    db.close()


def set_form(path, xml):
    with sqlite3.connect(path) as db:
        db.execute("UPDATE form_copy SET xml = ?, sha256 = ? WHERE singleton = 1",
                   (xml, hashlib.sha256(xml.encode("utf-8")).hexdigest()))


def main():
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="ziwb-seeds-")
    try:
        lke = os.path.join(work, "lke.ziwb")
        ziwb(binary, "init", lke, "--form", "lke-permenpanrb-90-2021", "--unit", "Dinas", "--agency", "Kab", "--year",
             "2026", "--predicate", "WBK")
        for code, value in [("A.I.1.i.a", "Ya"), ("A.II.1.i.a", "agen=4;perubahan=3"), ("B.I.a", "3.5")]:
            ziwb(binary, "answer", lke, code, value, "--note", "catatan")
        ziwb(binary, "answer", lke, "A.I.1.i.a", "Tidak", "--layer", "tpi")
        ziwb(binary, "prerequisite", lke, "unit-2", "met")
        compact(lke)
        seeds = {"lke-answered.ziwb": lke}

        with open(SMALL_FORM, encoding="utf-8") as handle:
            small_xml = handle.read()
        small = os.path.join(work, "small.ziwb")
        shutil.copy(lke, small)
        set_form(small, small_xml)
        with sqlite3.connect(small) as db:
            db.execute("DELETE FROM answer")
            db.execute("INSERT INTO answer VALUES ('unit', 'A.1.i.a', 'Ya', 'n', 'a', '2026-01-01T00:00:00Z')")
            db.execute("INSERT INTO answer VALUES ('unit', 'B.a', 'target=4;real=3;catatan=1', '', 'a', "
                       "'2026-01-01T00:00:00Z')")
        compact(small)
        seeds["small-form.ziwb"] = small

        formula = "if(target == 0, 0, min(1, real / target))"
        attacks = {
            "hostile-formula-nested-10000.ziwb": (formula, "(" * 10000 + "real" + ")" * 10000 + " + 0*target"),
            "hostile-key-quote.ziwb": ('key="Ya"', 'key="Ya&quot;),1,1)+HYPERLINK(&quot;x&quot;)+(&quot;"'),
        }
        for name, (old, new) in attacks.items():
            path = os.path.join(work, name)
            shutil.copy(small, path)
            set_form(path, small_xml.replace(old, new))
            compact(path)
            seeds[name] = path
        version = os.path.join(work, "hostile-user-version-minus-1.ziwb")
        shutil.copy(small, version)
        with sqlite3.connect(version) as db:
            db.execute("PRAGMA user_version = -1")
        seeds["hostile-user-version-minus-1.ziwb"] = version

        os.makedirs(CORPUS, exist_ok=True)
        for name, path in seeds.items():
            shutil.copy(path, os.path.join(CORPUS, name))
            print(f"{name}: {os.path.getsize(path)} bytes")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
