# SPDX-License-Identifier: GPL-3.0-or-later
"""Every user-facing message of the core and the command line has an Indonesian translation.

Indonesian is the application's default language, so an untranslated message would show English
to users who never asked for it. xgettext collects the messages (Tr and NoTr calls) from the
sources; every one must have a non-empty msgstr in po/core/*.po.
"""
import glob
import os
import re
import subprocess
import sys
import unittest

SOURCE = os.environ.get("ZIWB_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def unquote(lines):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', lines))


def parse_po(text):
    entries = {}
    for match in re.finditer(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', text, re.M):
        entries[unquote(match.group(1))] = unquote(match.group(2))
    return entries


class Translations(unittest.TestCase):
    def test_every_core_and_cli_message_is_translated(self):
        sources = sorted(glob.glob(os.path.join(SOURCE, "src/core/**/*.cpp"), recursive=True)
                         + glob.glob(os.path.join(SOURCE, "src/cli/**/*.cpp"), recursive=True))
        self.assertGreater(len(sources), 20)
        pot = subprocess.run(["xgettext", "--keyword=Tr", "--keyword=NoTr", "--language=C++", "--from-code=UTF-8",
                              "--omit-header", "--no-location", "-o", "-"] + sources,
                             check=True, capture_output=True, text=True).stdout
        wanted = set(parse_po(pot)) - {""}
        self.assertGreater(len(wanted), 100)
        catalog = {}
        for path in glob.glob(os.path.join(SOURCE, "po/core/*.po")):
            with open(path, encoding="utf-8") as po:
                catalog.update(parse_po(po.read()))
        missing = sorted(m for m in wanted if not catalog.get(m))
        self.assertEqual(missing, [], "messages without an Indonesian translation in po/core/*.po")


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
