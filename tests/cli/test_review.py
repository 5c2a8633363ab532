# SPDX-License-Identifier: GPL-3.0-or-later
"""The evaluator's review from the command line: the loop between the unit's copy and the
evaluator's (status, revision, re-check, closing that locks the layer), the comparison of the two
scores, the evaluation report (LHE) read back with poppler, and the recap of a folder of units read
back with openpyxl."""
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(__file__))
from test_team_log import NIPS, TeamTestCase, rows  # noqa: E402
from ziwb_cli import FORM_ID, run, score  # noqa: E402


def review_list(path, *extra):
    return {r["code"]: r for r in json.loads(run("review", "list", path, "--json", *extra, check=0).stdout)}


def exchange_bodies(path):
    """The entries of an exchange file (docs/log-format.md: "entry HASH SIGNATURE SIZE", then the body)."""
    bodies = []
    with open(path, "rb") as handle:
        while line := handle.readline():
            words = line.split()
            if words and words[0] in (b"entry", b"blob"):
                content = handle.read(int(words[-1]))
                handle.readline()
                if words[0] == b"entry":
                    bodies.append(json.loads(content))
    return bodies


def comma(value):
    """A figure as the LHE prints it: two decimals with the decimal comma."""
    return f"{value:.2f}".replace(".", ",")


class ReviewTestCase(TeamTestCase):
    def setUp(self):
        super().setUp()
        # The unit answers; the evaluator gets a copy of the unit's file.
        for code, value in [("A.I.1.i.a", "Ya"), ("A.I.1.i.b", "A"), ("A.I.3.i.a", "Ya")]:
            who = "anggota1" if code.startswith("A.I.1") else "anggota2"
            self.team.run(who, "answer", self.ws, code, value, check=0)
        self.mark = run("exchange", "mark", self.ws, check=0).stdout.strip()
        self.evaluator_ws = self.copy("dinas-tpi.ziwb")

    def send(self, source, target, since, *extra):
        path = os.path.join(self.dir, "changes-%d.ziwbx" % len(os.listdir(self.dir)))
        run("exchange", "export", source, path, "--since", since, *extra, check=0)
        run("exchange", "import", target, path, check=0)
        return path


class TheLoop(ReviewTestCase):
    def test_revision_round_then_closing_locks_the_layer(self):
        ev = self.evaluator_ws
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Tidak", "--layer", "tpi", "--note",
                      "SK belum ditandatangani kepala unit", check=0)
        self.team.run("evaluator", "review", "status", ev, "A.I.1.i.a", "perlu_revisi", "--note",
                      "Unggah SK yang sudah ditandatangani", check=0)
        self.team.run("evaluator", "review", "status", ev, "A.I.3.i.a", "selesai", check=0)
        # A revision without a reason says what to do, and changes nothing.
        refused = self.team.run("evaluator", "review", "status", ev, "A.I.1.i.b", "perlu_revisi")
        self.assertEqual(refused.returncode, 2, refused.stderr)
        self.assertEqual(len(refused.stderr.strip().splitlines()), 1)
        self.assertIn("--note", refused.stderr)

        evaluator_mark = run("exchange", "mark", ev, check=0).stdout.strip()
        sent = self.send(ev, self.ws, self.mark, "--layer", "tpi")  # the evaluator's layer alone
        bodies = exchange_bodies(sent)
        self.assertTrue(bodies)
        self.assertEqual({body["layer"] for body in bodies}, {"tpi"})
        at_unit = review_list(self.ws, "--status", "perlu_revisi")
        self.assertEqual(list(at_unit), ["A.I.1.i.a"])
        self.assertEqual(at_unit["A.I.1.i.a"]["note"], "Unggah SK yang sudah ditandatangani")
        self.assertEqual(at_unit["A.I.1.i.a"]["revisions"], 1)

        # The unit revises and says it is ready; the evaluator receives it and checks again.
        unit_mark = run("exchange", "mark", self.ws, check=0).stdout.strip()
        self.team.run("anggota1", "answer", self.ws, "A.I.1.i.a", "Ya", "--note", "SK bertanda tangan diunggah",
                      check=0)
        self.team.run("anggota1", "review", "ready", self.ws, "A.I.1.i.a", "--note", "SK diganti", check=0)
        self.send(self.ws, ev, unit_mark)
        at_evaluator = review_list(ev)
        self.assertEqual(at_evaluator["A.I.1.i.a"]["status"], "siap_dicek_ulang")
        self.assertEqual(at_evaluator["A.I.1.i.a"]["ready_note"], "SK diganti")
        self.assertEqual(score(ev)["nodes"]["A.I.1.i.a"]["answer"], "Ya")

        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Ya", "--layer", "tpi", check=0)
        self.team.run("evaluator", "review", "status", ev, "A.I.1.i.a", "selesai", check=0)
        done = review_list(ev)["A.I.1.i.a"]
        self.assertEqual((done["status"], done["revisions"]), ("selesai", 1))

        # The team leader closes with a signature: the layer then takes no change.
        self.team.run("evaluator", "review", "close", ev, "--note", "Reviu selesai", check=0)
        before = score(ev, "tpi")["total"]
        locked = self.team.run("evaluator", "answer", ev, "A.I.3.i.a", "Tidak", "--layer", "tpi")
        self.assertEqual(locked.returncode, 2, locked.stdout + locked.stderr)
        self.assertEqual(len(locked.stderr.strip().splitlines()), 1)
        self.assertEqual(score(ev, "tpi")["total"], before)
        # The closing travels back to the unit, and the log stays whole in both copies. The
        # evaluator's changes now follow the unit's revision: against the old mark, the layer alone
        # cannot be applied, and export says so; against the unit's current mark it can.
        stale = run("exchange", "export", ev, os.path.join(self.dir, "stale.ziwbx"), "--since", evaluator_mark,
                    "--layer", "tpi")
        self.assertEqual(stale.returncode, 2, stale.stdout + stale.stderr)
        self.assertEqual(len(stale.stderr.strip().splitlines()), 1)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "stale.ziwbx")))
        self.send(ev, self.ws, run("exchange", "mark", self.ws, check=0).stdout.strip(), "--layer", "tpi")
        closed = self.team.run("evaluator", "answer", self.ws, "A.I.3.i.a", "Tidak", "--layer", "tpi")
        self.assertEqual(closed.returncode, 2, closed.stderr)
        self.assertEqual(score(self.ws, "tpi")["total"], score(ev, "tpi")["total"])
        self.verify(self.ws)
        self.verify(ev)
        # Reopening is the team leader's too, and unlocks it.
        self.team.run("evaluator", "review", "reopen", ev, check=0)
        self.team.run("evaluator", "answer", ev, "A.I.3.i.a", "Tidak", "--layer", "tpi", check=0)

    def test_only_an_evaluator_sets_a_status_and_only_the_unit_marks_ready(self):
        ev = self.evaluator_ws
        member = self.team.run("anggota1", "review", "status", ev, "A.I.1.i.a", "selesai")
        self.assertEqual(member.returncode, 2, member.stdout + member.stderr)
        not_waiting = self.team.run("anggota1", "review", "ready", ev, "A.I.1.i.a")
        self.assertEqual(not_waiting.returncode, 2, not_waiting.stderr)
        self.assertEqual(len(not_waiting.stderr.strip().splitlines()), 1)
        unknown = self.team.run("evaluator", "review", "status", ev, "A.I.1.i.a", "hampir")
        self.assertEqual(unknown.returncode, 2)
        self.assertIn("perlu_revisi", unknown.stderr)


class Comparison(ReviewTestCase):
    def test_each_difference_is_worth_what_swapping_that_answer_moves(self):
        ev = self.evaluator_ws
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Tidak", "--layer", "tpi", "--note", "tanpa SK",
                      check=0)
        self.team.run("evaluator", "answer", ev, "A.I.1.i.b", "A", "--layer", "tpi", check=0)
        self.team.run("evaluator", "answer", ev, "A.I.3.i.a", "Ya", "--layer", "tpi", check=0)
        compared = json.loads(run("score", ev, "--compare", "unit,tpi", "--json", check=0).stdout)
        differences = compared["differences"]
        self.assertEqual([d["code"] for d in differences], ["A.I.1.i.a"])
        # Only one answer differs, so its worth is exactly the distance between the two totals.
        unit_total, tpi_total = score(ev)["total"], score(ev, "tpi")["total"]
        self.assertLess(tpi_total, unit_total)
        self.assertAlmostEqual(differences[0]["points"], tpi_total - unit_total, delta=0.00005)  # 4 places
        self.assertEqual(differences[0]["note"], "tanpa SK")
        text = run("score", ev, "--compare", "unit,tpi", check=0).stdout
        self.assertIn("A.I.1.i.a", text)
        bad = run("score", ev, "--compare", "unit,unit")
        self.assertEqual(bad.returncode, 2)


class LevelsAndLayers(ReviewTestCase):
    """The three levels of one review layer, and the layers besides the TPI's (PermenPANRB 90/2021:
    the parent unit's penilaian pendahuluan, and the national team, TPN), as the form declares them."""

    MORE = {"anggota_tpi": "198101012006041001", "pengendali": "197505052000031002",
            "pendahuluan": "198303032008012003", "tpn": "197707072001121004"}

    def person(self, who, level, layer):
        NIPS.setdefault(who, self.MORE[who])
        self.keys[who] = self.team.key(who, passphrase="rahasia " + who)
        self.add(who, "evaluator", "--level", level, "--layer", layer)

    def levels(self, layer, code):
        return {level: (value, note) for level, value, note in rows(
            self.ws, f"SELECT level, value, note FROM level_answer WHERE layer = '{layer}' AND code = '{code}'")}

    def test_each_level_is_kept_and_the_highest_level_is_the_layers_answer(self):
        self.person("anggota_tpi", "anggota_tim", "tpi")
        self.person("pengendali", "pengendali_teknis", "tpi")
        code = "A.I.1.i.a"
        steps = [("anggota_tpi", "Tidak", "SK belum ada"), ("evaluator", "Ya", "SK ditunjukkan saat wawancara"),
                 ("pengendali", "Tidak", "SK yang ditunjukkan belum ditandatangani")]
        for who, value, note in steps:
            self.team.run(who, "answer", self.ws, code, value, "--layer", "tpi", "--note", note, check=0)
            # The layer's answer is the highest level's so far.
            self.assertEqual(rows(self.ws, f"SELECT value, note FROM answer WHERE layer = 'tpi' AND code = '{code}'"),
                             [(value, note)])
        self.assertEqual(self.levels("tpi", code), {"anggota_tim": ("Tidak", "SK belum ada"),
                                                    "ketua_tim": ("Ya", "SK ditunjukkan saat wawancara"),
                                                    "pengendali_teknis": ("Tidak",
                                                                          "SK yang ditunjukkan belum ditandatangani")})
        # A lower level changing its answer afterwards does not move the layer's.
        self.team.run("anggota_tpi", "answer", self.ws, code, "Ya", "--layer", "tpi", check=0)
        self.assertEqual(rows(self.ws, f"SELECT value FROM answer WHERE layer = 'tpi' AND code = '{code}'"),
                         [("Tidak",)])
        compared = json.loads(run("score", self.ws, "--compare", "unit,tpi", "--json", check=0).stdout)
        self.assertIn(code, [d["code"] for d in compared["differences"]])
        # Only the technical controller's level (or the leader's) closes; the team member cannot.
        self.assertEqual(self.team.run("anggota_tpi", "review", "close", self.ws, "--layer", "tpi").returncode, 2)
        self.team.run("pengendali", "review", "close", self.ws, "--layer", "tpi", check=0)
        self.verify()

    def test_the_pendahuluan_and_tpn_layers_review_as_the_tpi_does(self):
        self.person("pendahuluan", "ketua_tim", "pendahuluan")
        self.person("tpn", "ketua_tim", "tpn")
        for who in ("pendahuluan", "tpn"):
            self.team.run(who, "answer", self.ws, "A.I.1.i.a", "Tidak", "--layer", who, "--note",
                          f"catatan {who}", check=0)
            self.team.run(who, "review", "status", self.ws, "A.I.1.i.a", "perlu_revisi", "--note",
                          f"revisi dari {who}", "--layer", who, check=0)
            listed = {r["code"]: r for r in json.loads(
                run("review", "list", self.ws, "--layer", who, "--json", check=0).stdout)}
            self.assertEqual(listed["A.I.1.i.a"]["note"], f"revisi dari {who}")
            self.assertNotEqual(score(self.ws, who)["total"], score(self.ws)["total"])
            compared = json.loads(run("score", self.ws, "--compare", f"unit,{who}", "--json", check=0).stdout)
            # The unit's three answers against the layer's one: each of the three differs.
            self.assertEqual(sorted(d["code"] for d in compared["differences"]),
                             ["A.I.1.i.a", "A.I.1.i.b", "A.I.3.i.a"])
            pdf = os.path.join(self.dir, f"lhe-{who}.pdf")
            run("report", "lhe", self.ws, pdf, "--layer", who, "--date", "2026-12-01", check=0)
            text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                                       check=True).stdout)
            self.assertIn(f"catatan {who}", text)
        # Layers never mix: the TPI layer is untouched, and an evaluator of one layer is refused in another.
        self.assertEqual(rows(self.ws, "SELECT COUNT(*) FROM answer WHERE layer = 'tpi'"), [(0,)])
        refused = self.team.run("tpn", "answer", self.ws, "A.I.1.i.b", "A", "--layer", "pendahuluan")
        self.assertEqual(refused.returncode, 2, refused.stdout + refused.stderr)
        self.verify()


class EvaluationReport(ReviewTestCase):
    def test_the_lhe_states_the_engines_figures(self):
        # The unit's scan of its SK reaches the evaluator, who rejects the document itself.
        scan = os.path.join(self.dir, "SK Tim ZI.pdf")
        with open(scan, "wb") as f:
            f.write(b"%PDF-1.4 pindaian SK")
        self.team.run("anggota1", "evidence", "add", self.ws, "A.I.1.i.a", scan, check=0)
        self.send(self.ws, self.evaluator_ws, self.mark)
        ev = self.evaluator_ws
        self.team.run("evaluator", "evidence", "review-item", ev, "1", "rejected", "--reason",
                      "Pindaian SK terpotong", check=0)
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Tidak", "--layer", "tpi", "--note",
                      "Tetapkan SK Tim ZI oleh kepala unit", check=0)
        self.team.run("evaluator", "answer", ev, "A.I.1.i.b", "A", "--layer", "tpi", check=0)
        checklist = json.loads(run("evidence", "checklist", ev, "A.I.1.i.a", "--json", check=0).stdout)
        key = checklist[0]["key"]
        self.team.run("evaluator", "evidence", "review", ev, key, "rejected", "--reason", "Dokumen tidak terbaca",
                      check=0)
        pdf = os.path.join(self.dir, "lhe.pdf")
        run("report", "lhe", ev, pdf, "--place", "Purwokerto", "--date", "2026-12-01", check=0)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", " ", text)
        unit, tpi = score(ev), score(ev, "tpi")
        total_row = re.search(r"NILAI TOTAL\s+(\S+)\s+(\S+)\s+(\S+)", text)
        self.assertIsNotNone(total_row, text)
        self.assertEqual(total_row.group(1), comma(unit["total"]))
        self.assertEqual(total_row.group(2), comma(tpi["total"]))
        nip = NIPS["evaluator"]
        printed_nip = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        for needle in ["LAPORAN HASIL EVALUASI", "Dinas Uji", "Kabupaten Uji", "Evaluator Uji", printed_nip,
                       "A.I.1.i.a", "Tetapkan SK Tim ZI oleh kepala unit", "Dokumen tidak terbaca", "Purwokerto",
                       "SK Tim ZI", "Pindaian SK terpotong",
                       "1 Desember 2026", "belum ditutup", "Halaman 1 dari"]:
            self.assertIn(needle, flat)
        # Every unmet condition of the evaluator's verdict is printed with its figures.
        for condition in tpi["eligibility"]["WBK"]["unmet"]:
            self.assertIn(re.sub(r"\s+", " ", condition["condition"])[:30], flat)
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
        self.assertIn("DejaVuSans", fonts)
        self.assertNotIn(" no ", fonts.split("\n", 2)[2])  # every font embedded
        # Every page carries the report's code (LHE- and 8 hex digits), the same on every page.
        codes = re.findall(r"LHE-[0-9A-F]{4}-[0-9A-F]{4}", flat)
        pages = len(re.findall(r"Halaman \d+ dari", flat))
        self.assertGreaterEqual(pages, 2)
        self.assertEqual(len(codes), pages)
        self.assertEqual(len(set(codes)), 1)

    def test_the_lhe_is_made_from_its_template_and_an_agency_may_word_its_own(self):
        ev = self.evaluator_ws
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        shipped = os.path.join(os.environ["ZIWB_SOURCE_DIR"], "templates", "documents", "laporan-hasil-evaluasi.xml")
        with open(shipped, encoding="utf-8") as f:
            wording = f.read()
        # The agency's own wording: its heading, and a sentence with the two totals.
        own = wording.replace("<title>PEMBANGUNAN ZONA INTEGRITAS</title>",
                              "<title>INSPEKTORAT KABUPATEN UJI</title>\n"
                              "  <paragraph>Nilai unit {evaluation.unit_total}, nilai evaluator "
                              "{evaluation.review_total}.</paragraph>")
        template = os.path.join(self.dir, "lhe-inspektorat.xml")
        with open(template, "w", encoding="utf-8") as f:
            f.write(own)
        pdf = os.path.join(self.dir, "lhe-own.pdf")
        run("report", "lhe", ev, pdf, "--template", template, "--date", "2026-12-01", check=0)
        flat = re.sub(r"\s+", " ", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                                   check=True).stdout)
        self.assertIn("INSPEKTORAT KABUPATEN UJI", flat)
        self.assertNotIn("PEMBANGUNAN ZONA INTEGRITAS", flat)
        self.assertIn(f"Nilai unit {comma(score(ev)['total'])}, nilai evaluator {comma(score(ev, 'tpi')['total'])}.",
                      flat)
        # A template of another kind, or one with a block out of place, is refused and writes nothing.
        pakta = os.path.join(os.environ["ZIWB_SOURCE_DIR"], "templates", "documents", "pakta-integritas.xml")
        broken = os.path.join(self.dir, "lhe-rusak.xml")
        with open(broken, "w", encoding="utf-8") as f:
            f.write(wording.replace("<scores/>", "<scores>nilai</scores>"))
        for bad, needle in ((pakta, "evaluation"), (broken, "lhe-rusak.xml:")):
            out = os.path.join(self.dir, "tidak.pdf")
            result = run("report", "lhe", ev, out, "--template", bad)
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertIn(needle, result.stderr)
            self.assertFalse(os.path.exists(out))

    def test_the_workbook_carries_the_lhe_sheet_with_the_same_figures(self):
        ev = self.evaluator_ws
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Tidak", "--layer", "tpi", "--note", "tanpa SK",
                      check=0)
        out = os.path.join(self.dir, "lke.xlsx")
        run("export", ev, out, check=0)
        sheet = openpyxl.load_workbook(out)["LHE"]
        rows = [r for r in sheet.iter_rows(values_only=True)]
        total = next(r for r in rows if r[0] == "NILAI TOTAL")
        self.assertAlmostEqual(total[1], score(ev)["total"], places=9)
        self.assertAlmostEqual(total[2], score(ev, "tpi")["total"], places=9)
        changed = next(r for r in rows if r[0] == "A.I.1.i.a")
        self.assertEqual(changed[1:3], ("Ya", "Tidak"))
        self.assertEqual(changed[4], "tanpa SK")
        # Without an evaluator layer there is no evaluation to report.
        plain = os.path.join(self.dir, "unit.xlsx")
        run("export", self.ws, plain, check=0)
        self.assertNotIn("LHE", openpyxl.load_workbook(plain).sheetnames)

    def test_a_closed_review_is_printed_as_signed(self):
        ev = self.evaluator_ws
        self.team.run("evaluator", "answer", ev, "A.I.1.i.a", "Ya", "--layer", "tpi", check=0)
        self.team.run("evaluator", "review", "close", ev, check=0)
        pdf = os.path.join(self.dir, "lhe-closed.pdf")
        run("report", "lhe", ev, pdf, "--date", "2026-12-01", check=0)
        flat = re.sub(r"\s+", " ", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                                  check=True).stdout)
        self.assertIn("ditutup dengan tanda tangan elektronik oleh Evaluator Uji", flat)

    def test_bad_requests_change_nothing(self):
        pdf = os.path.join(self.dir, "x.pdf")
        for args in [("report", "lhe", self.ws, pdf, "--layer", "unit"), ("report", "lhe", self.ws, pdf, "--date",
                                                                          "kemarin"),
                     ("report", "lha", self.ws, pdf)]:
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
            self.assertFalse(os.path.exists(pdf))


class Recap(ReviewTestCase):
    def test_the_recap_equals_each_workspaces_score(self):
        folder = os.path.join(self.dir, "unit-unit")
        os.mkdir(folder)
        shutil.copyfile(self.ws, os.path.join(folder, "a-dinas.ziwb"))
        self.team.run("evaluator", "answer", self.evaluator_ws, "A.I.1.i.a", "Tidak", "--layer", "tpi", check=0)
        self.team.run("evaluator", "review", "status", self.evaluator_ws, "A.I.1.i.a", "perlu_revisi", "--note",
                      "x", check=0)
        shutil.copyfile(self.evaluator_ws, os.path.join(folder, "b-dinas-tpi.ziwb"))
        other = os.path.join(folder, "c-kantor.ziwb")
        run("init", other, "--form", FORM_ID, "--unit", "Kantor Lain", "--agency", "Kabupaten Uji", "--year", "2026",
            check=0)
        run("answer", other, "A.I.1.i.a", "Ya", check=0)
        with open(os.path.join(folder, "d-rusak.ziwb"), "wb") as out:
            out.write(b"bukan workspace" * 100)
        os.symlink(other, os.path.join(folder, "e-link.ziwb"))
        out = os.path.join(self.dir, "rekap.xlsx")
        result = run("recap", folder, out, "--today", "2026-12-01")
        self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
        self.assertIn("d-rusak.ziwb", result.stdout)
        sheet = openpyxl.load_workbook(out)["Rekap Unit"]
        header = [c.value for c in sheet[2]]
        rows = {r[1]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=3, values_only=True)}
        self.assertEqual(sorted(rows), ["a-dinas.ziwb", "b-dinas-tpi.ziwb", "c-kantor.ziwb", "d-rusak.ziwb"])
        for name in ["a-dinas.ziwb", "b-dinas-tpi.ziwb", "c-kantor.ziwb"]:
            path = os.path.join(folder, name)
            unit, tpi = score(path), score(path, "tpi")
            row = rows[name]
            self.assertEqual(row["Unit"], unit["unit"]["name"])
            for column, layer in [("Nilai unit", unit), ("Nilai tpi", tpi)]:
                self.assertAlmostEqual(row[column], layer["total"], places=9)
            self.assertAlmostEqual(row["Pengungkit unit"], unit["pengungkit"], places=9)
            self.assertAlmostEqual(row["Hasil tpi"], tpi["hasil"], places=9)
            self.assertAlmostEqual(row["Kelengkapan unit (%)"], unit["completeness"], places=9)
            for predicate in ["WBK", "WBBM"]:
                want = "memenuhi" if unit["eligibility"][predicate]["eligible"] else "tidak memenuhi"
                self.assertEqual(row[predicate + " (unit)"], want)
            self.assertIsInstance(row["Hari sejak perubahan"], (int, float))
        self.assertEqual(rows["b-dinas-tpi.ziwb"]["Perlu revisi"], 1)
        self.assertEqual(rows["a-dinas.ziwb"]["Perlu revisi"], 0)
        self.assertTrue(rows["d-rusak.ziwb"]["Keterangan"])
        self.assertIsNone(rows["d-rusak.ziwb"]["Nilai unit"])

    def test_a_folder_without_workspaces_is_one_clear_line(self):
        empty = os.path.join(self.dir, "kosong")
        os.mkdir(empty)
        out = os.path.join(self.dir, "rekap.xlsx")
        for folder in [empty, os.path.join(self.dir, "tidak-ada")]:
            result = run("recap", folder, out)
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1)
            self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
