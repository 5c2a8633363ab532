#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a test, benchmark, tool script, CI script or CMake file names a path outside the
repository: a sibling folder (`../shared`), a machine's own folders (`/work/...`, `/home/...`), or a
climb above the repository root. A clone anywhere must build, test and benchmark on its own; the
data those need lives in the repository (tests/data/).

Run: /usr/bin/python3 tests/check_self_contained.py [SOURCE_DIR]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, ".."))

# Where the build, the tests, the benchmarks and the tools are described.
SCANNED_FOLDERS = ["tests", "bench", "tools", "cmake", ".ci", "installer", "docs/screenshots"]
SCANNED_SUFFIXES = (".py", ".sh", ".cmake", ".cpp", ".hpp", ".txt", ".in", ".json", ".xcu", "")
SKIPPED_FOLDERS = {"__pycache__", "corpus", "data", "golden"}

# Absolute folders of one machine or user. /usr, /tmp, /dev, /proc are system paths and allowed.
MACHINE_PATH = re.compile(r"(?<![\w.])(/work/|/home/|/root/|/Users/|/mnt/|/media/|[A-Za-z]:\\\\?Users)")
# The sibling reading-material folder, written as a path or as joined components.
SIBLING_SHARED = re.compile(r"""\.\./shared\b|["']\.\.["']\s*,\s*["']shared["']|/shared/reference""")
# ../../.. chains and pathlib parents[N], resolved from the file's own folder.
CLIMB = re.compile(r"(?:\.\./)+|(?:\.\.\\)+")
PARENTS = re.compile(r"\.parents\[(\d+)\]")
# One folder up from a variable that holds the repository root is already outside it.
ROOT_CLIMB = re.compile(r"""(?i)\b(source_dir|source|project_source_dir|cmake_source_dir|repo_root|root)\}?["']?\s*(/|,\s*["'])\.\.""")


def problems_in(path, text):
    """Each (line number, reason) of a file's text; `path` is relative to SOURCE."""
    depth = len(os.path.dirname(path).split(os.sep)) if os.path.dirname(path) else 0
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if MACHINE_PATH.search(line):
            found.append((number, "names a folder of one machine: " + MACHINE_PATH.search(line).group(0)))
        if SIBLING_SHARED.search(line):
            found.append((number, "names the folder beside the repository: " + SIBLING_SHARED.search(line).group(0)))
        if ROOT_CLIMB.search(line):
            found.append((number, "climbs above the repository root: " + ROOT_CLIMB.search(line).group(0)))
        for climb in CLIMB.finditer(line):
            levels = climb.group(0).count("..")
            if levels > depth:
                found.append((number, f"climbs {levels} folders up from {path}, out of the repository"))
        for parents in PARENTS.finditer(line):
            # parents[0] is the file's folder: parents[depth] is the repository root.
            if int(parents.group(1)) > depth:
                found.append((number, f"parents[{parents.group(1)}] of {path} is outside the repository"))
    return found


def scanned_files():
    names = []
    for folder in SCANNED_FOLDERS:
        for root, dirs, files in os.walk(os.path.join(SOURCE, folder)):
            dirs[:] = [d for d in dirs if d not in SKIPPED_FOLDERS]
            names += [os.path.join(root, f) for f in files if os.path.splitext(f)[1] in SCANNED_SUFFIXES]
    for root, dirs, files in os.walk(SOURCE):
        dirs[:] = [d for d in dirs if not d.startswith((".", "build")) and d not in SKIPPED_FOLDERS]
        names += [os.path.join(root, f) for f in files if f == "CMakeLists.txt" or f.endswith(".cmake")]
    return sorted(set(names) - {os.path.abspath(__file__)})


def self_test():
    """The patterns must catch what they are for, or this check proves nothing."""
    bad = {
        "tests/oracle/x.py": 'REFERENCE = os.path.join(SOURCE, "..", "shared", "reference")',
        "bench/core/run.sh": 'cp "$source_dir/../shared/reference/lke.xlsx" .',
        "bench/gui/b.py": 'workbook = pathlib.Path("/work/shared/reference/lke.xlsx")',
        "bench/gui/c.py": 'workbook = here.parents[3] / "lke.xlsx"',
        "tests/CMakeLists.txt": "set(DATA ${CMAKE_CURRENT_SOURCE_DIR}/../../data)",
        "tools/t.sh": "cp /home/ana/lke.xlsx .",
        "bench/x/run.sh": 'cp "$source_dir/../data/lke.xlsx" .',
        "tests/oracle/y.py": 'DATA = os.path.join(SOURCE, "..", "data")',
        "tests/CMakeLists.txt": "set(DATA ${PROJECT_SOURCE_DIR}/../data)",
    }
    good = {
        "tests/oracle/x.py": 'REFERENCE = os.path.join(SOURCE, "tests", "data", "reference")',
        "bench/gui/b.py": 'workbook = here.parents[2] / "tests/data/reference/lke.xlsx"',
        "tests/cli/t.py": 'sys.path.insert(0, os.path.join(HERE, "..", "cli")); open("/tmp/x")',
        "src/gui/.clang-tidy": "# see ../../.clang-tidy",
    }
    for path, line in bad.items():
        assert problems_in(path, line), f"self-test: not caught: {line}"
    for path, line in good.items():
        assert not problems_in(path, line), f"self-test: wrongly caught: {line}: {problems_in(path, line)}"


def main():
    self_test()
    failures = []
    files = scanned_files()
    for name in files:
        try:
            with open(name, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError:
            continue
        relative = os.path.relpath(name, SOURCE)
        failures += [f"{relative}:{number}: {reason}" for number, reason in problems_in(relative, text)]
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} reference(s) to paths outside the repository; bring the data into tests/data/")
        return 1
    print(f"{len(files)} files checked: every path stays inside the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
