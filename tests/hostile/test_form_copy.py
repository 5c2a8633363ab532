# SPDX-License-Identifier: GPL-3.0-or-later
"""A workspace from a stranger whose stored form copy was edited to attack the program.

Each test makes a real workspace with `ziwb init`, rewrites its `form_copy` row with sqlite3 (the
XML and its sha256, so that the form loader's own limits are what is tested, not only the stored
hash), and asserts the refusal (exit 2, one line naming the form copy, the line and the reason,
nothing written) or the safe outcome (no live formula in the exported workbook built from it).
The limits are documented in forms/README.md.
"""
import glob
import hashlib
import os
import re
import sqlite3
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from ziwb_cli import WorkspaceTestCase, run  # noqa: E402

EN = "en_US.UTF-8"
# A percentage criterion of the LKE and its formula, as forms/lke-permenpanrb-90-2021.xml has them.
FORMULA = "<formula>min(1, perubahan / agen)</formula>"


class FormCopyAttacks(WorkspaceTestCase):
    def setUp(self):
        super().setUp()
        run("answer", self.ws, "A.I.1.i.a", "Ya", check=0)
        run("answer", self.ws, "A.II.1.i.a", "agen=4;perubahan=3", check=0)

    def stored_form(self):
        with sqlite3.connect(self.ws) as db:
            return db.execute("SELECT xml FROM form_copy WHERE singleton = 1").fetchone()[0]

    def craft(self, old, new, count=1):
        """Replaces `old` by `new` in the stored form copy (the first `count` times) and stores the
        new XML's sha256 with it, as an attacker who knows the format would."""
        xml = self.stored_form()
        self.assertIn(old, xml, "the attack needs this text in the form copy")
        xml = xml.replace(old, new, count)
        with sqlite3.connect(self.ws) as db:
            db.execute("UPDATE form_copy SET xml = ?, sha256 = ? WHERE singleton = 1",
                       (xml, hashlib.sha256(xml.encode("utf-8")).hexdigest()))
        return xml

    def assert_refused(self, reason_pattern):
        """info, score and export all refuse with exit 2 and one line `<ws> (form ...):LINE: reason`;
        export leaves no file behind."""
        out = os.path.join(self.dir, "lke.xlsx")
        for args in (["info", self.ws], ["score", self.ws, "--json"], ["export", self.ws, out]):
            result = run(*args, lang=EN)
            with self.subTest(command=args[0]):
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")
                lines = result.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, result.stderr[:2000])
                self.assertLess(len(lines[0]), 400, "a refusal is one short line")
                self.assertRegex(lines[0], r"\(form lke-permenpanrb-90-2021\):\d+: ")
                self.assertRegex(lines[0], reason_pattern)
                self.assertNotIn("internal", lines[0].lower())
        # SQLite's own -wal/-shm companions aside (the workspace opener's business), no file appears.
        written = [n for n in os.listdir(self.dir) if not n.endswith(("-wal", "-shm"))]
        self.assertEqual(written, ["dinas.ziwb"], "nothing may be written")

    def test_formula_nested_10000_deep(self):
        # Crashed `ziwb info` with SIGSEGV: the parser recursed once per bracket. 20,000 characters
        # are over the text limit before the formula is even parsed.
        self.craft(FORMULA, "<formula>" + "(" * 10000 + "perubahan" + ")" * 10000 + " / agen</formula>")
        self.assert_refused(r"a text of 20016 bytes; a text or attribute may hold at most 10000 bytes")

    def test_formula_nested_900_deep(self):
        # Short enough for the text and length limits: the nesting limit itself refuses it.
        self.craft(FORMULA, "<formula>" + "(" * 900 + "perubahan" + ")" * 900 + " / agen</formula>")
        self.assert_refused(r"formula '\(+\.\.\.', at character 33: the formula is nested more than 32 levels deep")

    def test_unary_minus_and_not_nested(self):
        self.craft(FORMULA, "<formula>" + "not -" * 300 + "perubahan / agen</formula>")
        self.assert_refused(r"at character \d+: the formula is nested more than 32 levels deep")

    def test_huge_formula(self):
        self.craft(FORMULA, "<formula>min(1, perubahan / agen)" + " + 0 * agen" * 500 + "</formula>")
        self.assert_refused(r"the formula is \d+ characters long; at most 2000 are allowed")

    def test_formula_with_too_many_nodes(self):
        # 1,200 numbers and operators in under 2,000 characters: a tree as deep as it is long.
        self.craft(FORMULA, "<formula>min(1, perubahan / agen)" + "+0" * 600 + "</formula>")
        self.assert_refused(r"more than 500 numbers, inputs and operators")

    def test_too_many_elements(self):
        self.craft("<evidence>SK Agen Perubahan</evidence>", "<evidence>x</evidence>" * 25000)
        self.assert_refused(r"more than 20000 elements")

    def test_giant_text(self):
        xml = self.stored_form()
        question = re.search(r"<question>[^<]*</question>", xml).group(0)
        self.craft(question, "<question>" + "Tim kerja " * 20000 + "</question>")
        self.assert_refused(r"a text of 200000 bytes; a text or attribute may hold at most 10000 bytes")

    def test_choice_key_with_a_quote(self):
        # Became a live formula in the exported workbook: IF(K9="Ya"),1,1)+HYPERLINK(...
        key = 'Ya&quot;),1,1)+HYPERLINK(&quot;http://example.invalid&quot;,&quot;x&quot;)+(&quot;'
        self.craft('key="Ya"', f'key="{key}"', count=-1)
        self.assert_refused(r"malformed choice key 'Ya\"\),1,1\)\+HYPERLINK")

    def test_choice_key_starting_with_equals(self):
        self.craft('key="Tidak"', 'key="=1+1"', count=-1)
        self.assert_refused(r"malformed choice key '=1\+1'")

    def test_malformed_code(self):
        self.craft('code="A.I.1.i.a"', 'code="A.I.1.i.a&quot;)+1+(&quot;"')
        self.assert_refused(r"malformed code 'A\.I\.1\.i\.a\"\)\+1\+\(\"'")

    def test_overlong_code(self):
        self.craft('code="A.I.1.i.a"', 'code="A.I.1.i.' + "a" * 100 + '"')
        self.assert_refused(r"code 'A\.I\.1\.i\.a+\.\.\.' is longer than 64 characters")

    def test_change_area_out_of_range(self):
        # static_cast<int>(1e300) is undefined behaviour; the number is refused first.
        self.craft('change-area="1"', 'change-area="1e300"')
        self.assert_refused(r"attribute 'change-area' must be a whole number from 1 to 50, not '1e\+300'")

    def test_too_many_choices(self):
        choices = "".join(f'<choice key="K{i}" value="0"/>' for i in range(30))
        self.craft('<choice key="Tidak" value="0"/>', '<choice key="Tidak" value="0"/>' + choices)
        self.assert_refused(r"a scale has at most 26 choices")

    def test_untouched_copy_exports_only_its_own_formulas(self):
        """The control: the same workspace, not edited, exports; every formula that compares an answer
        with a key uses only the scale keys of the grammar."""
        out = os.path.join(self.dir, "lke.xlsx")
        run("export", self.ws, out, check=0)
        with zipfile.ZipFile(out) as book:
            sheets = [book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/worksheets/")]
        formulas = [f for sheet in sheets for f in re.findall(r"<f>([^<]*)</f>", sheet)]
        self.assertGreater(len(formulas), 100)
        keys = {k for f in formulas for k in re.findall(r'=&quot;([^&]*)&quot;', f)}
        self.assertLessEqual(keys, {"Ya", "Tidak", "A", "B", "C", "D", "E", ""})
        self.assertFalse([f for f in formulas if "HYPERLINK" in f or "WEBSERVICE" in f])
        self.assertFalse(glob.glob(os.path.join(self.dir, ".*writing*")))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
