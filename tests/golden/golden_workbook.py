# SPDX-License-Identifier: GPL-3.0-or-later
"""The golden workbook: a fixed workspace exported with a fixed creation time must give, part by
part, exactly the XML stored under tests/golden/workbook/. Any change to the layout, formulas,
formats or properties shows here as a diff to review.

Regenerate after an intended change (and read the diff before committing it):
    ZIWB=build/src/cli/ziwb /usr/bin/python3 tests/golden/golden_workbook.py --update
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..")
GOLDEN = os.path.join(HERE, "workbook")
ZIWB = os.environ.get("ZIWB", "ziwb")
CREATED = "2026-01-31T08:00:00Z"


def export(folder):
    """The fixed workspace: the real unit's answers, three evaluator answers with notes, one
    prerequisite confirmed; exported with a fixed time."""
    ws = os.path.join(folder, "golden.ziwb")

    def ziwb(*args):
        subprocess.run([ZIWB, *args], check=True, capture_output=True, env=dict(os.environ, ZIWB_AUTHOR="golden"))

    ziwb("init", ws, "--form", "lke-permenpanrb-90-2021", "--unit", "Puskesmas Contoh", "--agency", "Pemerintah Kota Contoh",
         "--year", "2022", "--predicate", "WBK")
    ziwb("import-answers", ws, os.path.join(SOURCE, "tests", "data", "real-unit-answers.csv"))
    ziwb("answer", ws, "A.I.1.i.a", "Ya", "--layer", "tpi", "--note", "SK sesuai")
    ziwb("answer", ws, "A.I.1.i.b", "B", "--layer", "tpi", "--note", "=mekanisme belum tertulis")
    ziwb("answer", ws, "A.II.4.i.a", "sasaran=5;tercapai=2", "--layer", "tpi")
    ziwb("prerequisite", ws, "unit-2", "met", "--note", "LHP 2022")
    out = os.path.join(folder, "golden.xlsx")
    ziwb("export", ws, out, "--created", CREATED)
    return out


def parts(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in sorted(archive.namelist())}


def main():
    folder = tempfile.mkdtemp(prefix="ziwb-golden-")
    try:
        actual = parts(export(folder))
        if "--update" in sys.argv:
            shutil.rmtree(GOLDEN, ignore_errors=True)
            for name, data in actual.items():
                os.makedirs(os.path.dirname(os.path.join(GOLDEN, name)), exist_ok=True)
                with open(os.path.join(GOLDEN, name), "wb") as out:
                    out.write(data)
            print(f"updated {len(actual)} parts in {GOLDEN}")
            return 0
        expected = {}
        for root, _, files in os.walk(GOLDEN):
            for file in files:
                full = os.path.join(root, file)
                with open(full, "rb") as f:
                    expected[os.path.relpath(full, GOLDEN).replace(os.sep, "/")] = f.read()
        failures = 0
        for name in sorted(set(expected) | set(actual)):
            if expected.get(name) == actual.get(name):
                continue
            failures += 1
            print(f"part differs: {name}")
            if name in expected and name in actual:
                old = expected[name].decode("utf-8", "replace").replace("><", ">\n<").splitlines()
                new = actual[name].decode("utf-8", "replace").replace("><", ">\n<").splitlines()
                print("\n".join(list(difflib.unified_diff(old, new, "golden", "export", lineterm=""))[:40]))
        passed = len(set(expected) | set(actual)) - failures
        print(f"{passed} passed, {failures} failed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
