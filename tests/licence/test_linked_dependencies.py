#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The programs of this build link only libraries that installer/dependencies names with a licence;
and the check itself fails when a library is left out of that list."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

here = Path(__file__).resolve().parent
source = Path(os.environ["ZIWB_SOURCE_DIR"])
dependencies = source / "installer" / "dependencies"
checker = here / "check_linked_dependencies.py"
programs = [p for p in os.environ["ZIWB_PROGRAMS"].split(";") if p]


def check(listing, *arguments):
    return subprocess.run([sys.executable, str(checker), str(listing), *arguments], capture_output=True, text=True)


result = check(dependencies, "--elf", *programs)
print(result.stdout, result.stderr)
assert result.returncode == 0, "a linked library is not in installer/dependencies"

# Without the SQLite paragraph, the same programs must fail the check and name libsqlite3.
text = dependencies.read_text(encoding="utf-8")
start = text.index("Name: SQLite\n")
end = text.index("\n\n", start)
with tempfile.TemporaryDirectory() as folder:
    reduced = Path(folder) / "dependencies"
    reduced.write_text(text[:start] + text[end + 2:], encoding="utf-8")
    result = check(reduced, "--elf", *programs)
    assert result.returncode == 1 and "libsqlite3.so.0" in result.stdout, result.stdout
print("ok")
