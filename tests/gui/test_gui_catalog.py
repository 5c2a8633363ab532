#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every user-facing string of the workbench (src/gui) has a non-empty Indonesian translation in
po/gui/id.po, and the catalog compiles cleanly. English is complete by construction: the msgids are
English."""
import pathlib
import subprocess
import sys
import tempfile

root = pathlib.Path(sys.argv[1])
sources = sorted(str(p) for p in (root / "src/gui").rglob("*.cpp"))
po = root / "po/gui/id.po"
with tempfile.TemporaryDirectory() as tmp:
    pot = pathlib.Path(tmp) / "gui.pot"
    subprocess.run(["xgettext", "--language=C++", "--keyword=_", "--keyword=wxPLURAL:1,2", "--from-code=UTF-8",
                    "--no-location", "-o", str(pot)] + sources, check=True)
    merged = pathlib.Path(tmp) / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(merged), str(po), str(pot)], check=True)
    untranslated = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", str(merged)],
                                  capture_output=True, text=True, check=True).stdout
    fuzzy = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", str(merged)],
                           capture_output=True, text=True, check=True).stdout
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True)
missing = [line for line in untranslated.splitlines() if line.startswith("msgid ") and line != 'msgid ""']
if missing or fuzzy.strip():
    print("untranslated or fuzzy in po/gui/id.po:\n" + "\n".join(missing) + fuzzy)
    sys.exit(1)
print("po/gui/id.po is complete")
