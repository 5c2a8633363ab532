#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints, as a .po skeleton, every Tr()/NoTr() message in src/core and src/cli that no po/core/*.po
translates yet: the same extraction that tests/cli/test_translations.py checks."""
import glob
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def messages(po_text):
    """msgid -> msgstr for a .po text, keeping the escapes as written."""
    entries, key, field = {}, None, None
    for line in po_text.splitlines() + [""]:
        if line.startswith("msgid "):
            key, field = line[6:].strip()[1:-1], "id"
        elif line.startswith("msgstr "):
            entries[key], field = line[7:].strip()[1:-1], "str"
        elif line.startswith('"') and key is not None:
            if field == "id":
                key += line.strip()[1:-1]
            else:
                entries[key] += line.strip()[1:-1]
    return entries


sources = sorted(glob.glob(os.path.join(ROOT, "src/core/**/*.cpp"), recursive=True)
                 + glob.glob(os.path.join(ROOT, "src/cli/**/*.cpp"), recursive=True))
pot = subprocess.run(["xgettext", "--keyword=Tr", "--keyword=NoTr", "--language=C++", "--from-code=UTF-8",
                      "--omit-header", "--no-location", "--no-wrap", "-o", "-"] + sources,
                     check=True, capture_output=True, text=True).stdout
catalog = {}
for path in glob.glob(os.path.join(ROOT, "po/core/*.po")):
    with open(path, encoding="utf-8") as po:
        catalog.update(messages(po.read()))
for msgid in messages(pot):
    if msgid and not catalog.get(msgid):
        print(f'msgid "{msgid}"\nmsgstr ""\n')
