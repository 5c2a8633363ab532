#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a program links a library that installer/dependencies does not name (with its licence).

  check_linked_dependencies.py DEPENDENCIES --elf PROGRAM...          Linux: the ELF DT_NEEDED entries
  check_linked_dependencies.py DEPENDENCIES --link-command LINK.TXT... Windows: the static libraries a
                                                                      CMake link command names
  check_linked_dependencies.py DEPENDENCIES --pe PROGRAM...           Windows: the DLLs a .exe imports
  check_linked_dependencies.py DEPENDENCIES --bundled STAGE           the licence texts are in the stage
"""
import fnmatch
import re
import shlex
import subprocess
import sys
from pathlib import Path


def read_paragraphs(path):
    """deb822 paragraphs: field -> value, continuation lines joined with spaces; '#' lines skipped."""
    paragraphs, current, field = [], {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                paragraphs.append(current)
            current, field = {}, None
        elif line[0] in " \t" and field:
            current[field] += " " + line.strip()
        else:
            field, _, value = line.partition(":")
            current[field] = value.strip()
    if current:
        paragraphs.append(current)
    for paragraph in paragraphs:
        if not paragraph.get("License"):
            sys.exit(f"{path}: the paragraph for {paragraph.get('Name', '?')} names no License")
    return paragraphs


def patterns(paragraphs, field):
    return [(pattern, p["Name"]) for p in paragraphs for pattern in p.get(field, "").split()]


def unlisted(names, known, fold_case):
    missing = []
    for name in sorted(set(names)):
        key = name.lower() if fold_case else name
        if not any(fnmatch.fnmatchcase(key, pattern.lower() if fold_case else pattern) for pattern, _ in known):
            missing.append(name)
    return missing


def elf_needed(program):
    output = subprocess.run(["readelf", "-d", program], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def pe_imports(program):
    objdump = "x86_64-w64-mingw32-objdump"
    output = subprocess.run([objdump, "-p", program], check=True, capture_output=True, text=True).stdout
    return re.findall(r"DLL Name: (\S+)", output)


def linked_static_libraries(link_command):
    """The libraries named by a link command: path/libX.a and -lX (as libX.a)."""
    names = []
    words = shlex.split(Path(link_command).read_text(encoding="utf-8"))
    # MinGW link commands name their libraries in response files (@CMakeFiles/X.dir/linkLibs.rsp),
    # relative to the folder the command runs in (two above X.dir).
    run_folder = Path(link_command).parent.parent.parent
    for word in list(words):
        if word.startswith("@"):
            words += shlex.split((run_folder / word[1:]).read_text(encoding="utf-8"))
    for word in words:
        if word.startswith("-Wl,"):
            continue  # linker options (--out-implib names a file the link writes, not one it reads)
        if Path(word).name == "objects.a" and Path(word).parent.name.endswith(".dir"):
            continue  # CMake's archive of the target's own object files (MinGW response files)
        if word.endswith(".a"):
            names.append(Path(word).name)
        elif word.startswith("-l") and len(word) > 2:
            names.append(f"lib{word[2:]}.a")
    # Compiler-driver libraries -static links even when the command does not name them.
    return names


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    paragraphs = read_paragraphs(sys.argv[1])
    mode, targets = sys.argv[2], sys.argv[3:]
    problems = []
    # mode: (the field naming what is allowed, what a target links, names compared without case, verb)
    readers = {
        "--elf": ("Linux", elf_needed, False, "loads"),
        "--pe": ("Windows", pe_imports, True, "loads"),
        "--link-command": ("Windows", linked_static_libraries, True, "links"),
    }
    if mode in readers:
        field, read, fold_case, verb = readers[mode]
        known = patterns(paragraphs, field)
        for target in targets:
            for name in unlisted(read(target), known, fold_case):
                problems.append(f"{target} {verb} {name}")
    elif mode == "--bundled":
        stage = Path(targets[0])
        for paragraph in paragraphs:
            for text in paragraph.get("Bundled", "").split():
                if not (stage / text).is_file() or (stage / text).stat().st_size == 0:
                    problems.append(f"{paragraph['Name']}: the installer lacks {text}")
    else:
        sys.exit(__doc__)
    for problem in problems:
        print(f"not in installer/dependencies: {problem}" if "lacks" not in problem else problem)
    if problems:
        print("Name the library in installer/dependencies with its licence (it must be compatible with "
              "GPL-3.0-or-later), or stop linking it.")
        return 1
    print(f"{mode}: every library is named in {sys.argv[1]} ({len(targets)} checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
