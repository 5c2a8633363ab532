#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file of the project says its licence in an SPDX line near its top (LICENSE: GPL-3.0-or-later),
and this check fails on a file without one."""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path(os.environ.get("ZIWB_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SUFFIXES = (".cpp", ".hpp", ".c", ".h", ".py", ".sh", ".cmake", ".nsi", ".in")
IDENTIFIER = re.compile(r"SPDX-License-Identifier: GPL-3\.0-or-later")


def source_files(root):
    """The files git tracks under the project's code folders (a clean clone has no others)."""
    listed = subprocess.run(["git", "-C", str(root), "ls-files", "src", "tests", "tools", "bench", "installer",
                             "cmake", "docs", "CMakeLists.txt"], capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout.strip():
        names = listed.stdout.splitlines()
    else:  # not a git checkout (a source tarball): every file under those folders
        names = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]
    return [root / name for name in names
            if (name.endswith(SUFFIXES) or name.endswith("CMakeLists.txt")) and "/data/" not in name]


def missing(root):
    absent = []
    for path in source_files(root):
        head = path.read_text(encoding="utf-8", errors="replace").splitlines()[:3]
        if not any(IDENTIFIER.search(line) for line in head):
            absent.append(path.relative_to(root))
    return absent


files = source_files(SOURCE)
assert len(files) > 400, f"only {len(files)} source files found under {SOURCE}"
absent = missing(SOURCE)
assert not absent, f"no SPDX-License-Identifier line in the first three lines of: {absent[:20]}"

# The check finds a file without the line.
with tempfile.TemporaryDirectory() as folder:
    root = Path(folder)
    (root / "src").mkdir()
    (root / "src" / "ok.cpp").write_text("// SPDX-License-Identifier: GPL-3.0-or-later\nint a;\n")
    (root / "src" / "bad.cpp").write_text("int b;\n")
    assert missing(root) == [Path("src/bad.cpp")], missing(root)
print(f"{len(files)} source files carry SPDX-License-Identifier: GPL-3.0-or-later")
sys.exit(0)
