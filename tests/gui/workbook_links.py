#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the file links of an exported workbook point into FOLDER beside it and that every
file they name exists. Usage: workbook_links.py WORKBOOK FOLDER_NAME. Exit 0 when they do."""
import os
import re
import sys
import urllib.parse
import zipfile

workbook, folder = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(workbook) as book:
    rels = "".join(book.read(name).decode() for name in book.namelist() if name.endswith(".rels"))
targets = [urllib.parse.unquote(t).replace("\\", "/") for t in re.findall(r'Target="([^"]+)"', rels)]
files = [t for t in targets if t.startswith(folder + "/")]
missing = [t for t in files if not os.path.isfile(os.path.join(os.path.dirname(workbook), t))]
print(f"{len(files)} links into {folder}, {len(missing)} missing: {missing[:3]}")
sys.exit(0 if files and not missing else 1)
