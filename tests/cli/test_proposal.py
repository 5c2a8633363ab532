# SPDX-License-Identifier: GPL-3.0-or-later
"""The proposal rules of PermenPANRB 5/2024 Bab II through the real `ziwb`: the agency and service
types in the unit's details, the Stranas PK exception the demo's Dinas Tenaga Kerja falls under,
WBK by the agency's own evaluation, and the yearly deadline; bad details change nothing."""
import hashlib
import json
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import SOURCE, WorkspaceTestCase, run, score  # noqa: E402


def digest(path):
    with open(path, "rb") as data:
        return hashlib.sha256(data.read()).hexdigest()


class DemoLabourOffice(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ziwb-proposal-")
        self.ws = os.path.join(self.dir, "demo.ziwb")
        run("demo", self.ws, check=0)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_the_demo_is_a_pemda_labour_office_under_the_stranas_pk_exception(self):
        data = score(self.ws)
        self.assertEqual(data["unit"]["agency_type"], "pemda")
        self.assertEqual(data["unit"]["service_type"], "ketenagakerjaan")
        self.assertEqual(data["unit"]["proposal_deadline"], "2026-05-31")
        for predicate in ("WBK", "WBBM"):
            self.assertEqual(data["proposal"][predicate]["exemption"], "stranas-pk")
            # The exemption waives the prerequisites, never the score: the demo's score is not there yet.
            self.assertFalse(data["proposal"][predicate]["score_eligible"])
            self.assertFalse(data["proposal"][predicate]["proposable"])
        # Only the Pemda's Indeks RB threshold binds; the K/L one is listed as not applying.
        applies = {p["id"]: p["applies"] for p in data["prerequisites"]}
        self.assertTrue(applies["agency-wbk-3-pemda"])
        self.assertFalse(applies["agency-wbk-3-kl"])
        self.assertIn("agency-wbk-3-pemda", data["proposal"]["WBK"]["open_prerequisites"])
        self.assertNotIn("agency-wbk-3-kl", data["proposal"]["WBK"]["open_prerequisites"])
        table = run("score", self.ws, check=0).stdout
        self.assertIn("pengecualian stranas-pk: 9 prasyarat masih dalam proses pemenuhan", table)
        self.assertIn("Batas waktu pengusulan: 2026-05-31", table)
        self.assertNotIn("(agency-wbk-3-kl)", table)
        english = run("score", self.ws, lang="en_US.UTF-8", check=0).stdout
        self.assertIn("exemption stranas-pk: 9 prerequisite(s) still being met", english)
        # In the readiness check the open prerequisites cost no points under the exemption.
        findings = json.loads(run("check", self.ws, "--json", check=0).stdout)["findings"]
        open_ones = [f for f in findings if f["kind"] == "prerequisite-open"]
        self.assertEqual(len(open_ones), 13)
        self.assertTrue(all(f["points"] == 0 for f in open_ones))
        self.assertNotIn("agency-type", {f["kind"] for f in findings})

    def test_the_workbook_says_what_the_proposal_depends_on(self):
        import openpyxl
        book = os.path.join(self.dir, "demo.xlsx")
        run("export", self.ws, book, check=0)
        texts = [row[0] for row in openpyxl.load_workbook(book)["Rekap"].iter_rows(values_only=True) if row[0]]
        self.assertIn("Jenis instansi: Pemerintah Daerah (pemda)", texts)
        self.assertTrue(any(t.startswith("Pengecualian stranas-pk: ") for t in texts))
        self.assertIn("Batas waktu pengusulan ke TPN: 2026-05-31", texts)
        self.assertIn("Indeks RB minimal CC (Pemerintah Daerah)", texts)
        self.assertNotIn("Indeks RB minimal B (Kementerian/Lembaga)", texts)

    def test_the_same_office_in_a_ministry_has_no_exemption(self):
        run("details", self.ws, "--agency-type", "kl", check=0)
        data = score(self.ws)
        self.assertIsNone(data["proposal"]["WBK"]["exemption"])
        self.assertIn("agency-wbk-3-kl", data["proposal"]["WBK"]["open_prerequisites"])
        findings = json.loads(run("check", self.ws, "--json", check=0).stdout)["findings"]
        self.assertTrue(all(f["points"] == 100 for f in findings if f["kind"] == "prerequisite-open"))
        self.assertIn("details:agency_type  kl  details", run("history", self.ws, check=0).stdout)
        self.assertIn("entri", run("audit", "verify", self.ws, check=0).stdout)


class Details(WorkspaceTestCase):
    def test_details_are_shown_set_and_cleared(self):
        shown = run("details", self.ws, check=0).stdout
        self.assertIn("Jenis instansi: belum diisi", shown)
        self.assertIn("Batas waktu pengusulan: 2026-05-31 (tanggal tahunan)", shown)
        shown = run("details", self.ws, "--agency-type", "pemda", "--service-type", "rsud", "--deadline",
                    "2026-06-15", check=0).stdout
        self.assertIn("Jenis instansi: Pemerintah Daerah (pemda)", shown)
        self.assertIn("Jenis layanan: Rumah sakit umum daerah (rsud)", shown)
        self.assertIn("Pengecualian: stranas-pk", shown)
        self.assertIn("Batas waktu pengusulan: 2026-06-15 (diumumkan TPN)", shown)
        info = run("info", self.ws, lang="en_US.UTF-8", check=0).stdout
        self.assertIn("Agency type: Pemerintah Daerah (pemda)", info)
        self.assertIn("Proposal deadline: 2026-06-15 (announced by the TPN)", info)
        shown = run("details", self.ws, "--deadline", "none", "--service-type", "-", check=0).stdout
        self.assertIn("Jenis layanan: belum diisi", shown)
        self.assertNotIn("Pengecualian", shown)
        self.assertIn("2026-05-31 (tanggal tahunan)", shown)
        self.assertEqual(score(self.ws)["unit"]["service_type"], "")

    def test_bad_details_change_nothing_and_say_what_is_allowed(self):
        before = digest(self.ws)
        for args, said in ((["--agency-type", "provinsi"], "pemda, kl"),
                           (["--service-type", "rs"], "rsud"),
                           (["--deadline", "2026-02-30"], "YYYY-MM-DD"),
                           (["--deadline", "31/05/2026"], "YYYY-MM-DD"),
                           (["--self-evaluation", "WBBM"], "WBK"),
                           (["--agency-type", "pemda", "--service-type", "bogus"], "ketenagakerjaan")):
            result = run("details", self.ws, *args, check=2)
            lines = result.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, result.stderr)
            self.assertIn(said, lines[0])
        self.assertEqual(digest(self.ws), before)
        self.assertEqual(run("history", self.ws, check=0).stdout.strip(), "Belum ada perubahan.")

    def test_init_takes_the_agency_and_service_type(self):
        other = os.path.join(self.dir, "rsud.ziwb")
        run("init", other, "--form", "lke-permenpanrb-90-2021", "--unit", "RSUD Uji", "--agency", "Kabupaten Uji",
            "--year", "2026", "--agency-type", "pemda", "--service-type", "rsud", check=0)
        self.assertEqual(score(other)["proposal"]["WBK"]["exemption"], "stranas-pk")
        refused = os.path.join(self.dir, "refused.ziwb")
        result = run("init", refused, "--form", "lke-permenpanrb-90-2021", "--unit", "X", "--agency", "Y",
                     "--year", "2026", "--agency-type", "desa", check=2)
        self.assertIn("pemda, kl", result.stderr)
        self.assertFalse(os.path.exists(refused))


class SelfEvaluation(WorkspaceTestCase):
    def test_wbk_from_the_agencys_own_evaluation_counts_for_wbbm(self):
        wbbm = score(self.ws)["eligibility"]["WBBM"]["unmet"]
        self.assertTrue(any(u["required"] == "WBK" for u in wbbm))
        run("set-predicate", self.ws, "wbk-mandiri", check=0)
        self.assertIn("WBK-mandiri", run("info", self.ws, check=0).stdout)
        wbbm = score(self.ws)["eligibility"]["WBBM"]["unmet"]
        self.assertFalse(any(u["required"] == "WBK" for u in wbbm))
        result = run("set-predicate", self.ws, "WBBM", check=2)
        self.assertIn("none, WBK, WBK-mandiri", result.stderr)
        self.assertEqual(score(self.ws)["unit"]["current_predicate"], "WBK-mandiri")

    def test_an_agency_that_evaluates_wbk_itself(self):
        run("details", self.ws, "--self-evaluation", "WBK", check=0)
        data = score(self.ws)
        self.assertEqual(data["proposal"]["WBK"]["self_evaluation"], "WBK-mandiri")
        self.assertIsNone(data["proposal"]["WBBM"]["self_evaluation"])
        self.assertIn("Dievaluasi secara mandiri oleh instansi: WBK", run("details", self.ws, check=0).stdout)


class EarlierFormVersion(unittest.TestCase):
    def test_a_workspace_made_with_the_replaced_form_is_still_recognised(self):
        root = tempfile.mkdtemp(prefix="ziwb-oldform-")
        try:
            os.makedirs(os.path.join(root, "forms"))
            shutil.copy(os.path.join(SOURCE, "forms", "earlier", "lke-permenpanrb-90-2021-2021.2.xml"),
                        os.path.join(root, "forms", "lke-permenpanrb-90-2021.xml"))
            old = os.path.join(root, "old.ziwb")
            run("init", old, "--form", "lke-permenpanrb-90-2021", "--unit", "Dinas Lama", "--agency", "Kab",
                "--year", "2025", check=0, env_extra={"ZIWB_DATA_DIR": root})
            info = run("info", old, lang="en_US.UTF-8", check=0).stdout
            self.assertIn("lke-permenpanrb-90-2021 2021.2", info)
            self.assertNotIn("not identical", info)
            # Its own rules hold: the 2021.2 copy has no proposal rules, so no agency type is asked.
            data = score(old)
            self.assertEqual(len(data["prerequisites"]), 13)
            self.assertIsNone(data["proposal"]["WBK"]["exemption"])
            self.assertEqual(run("details", old, "--agency-type", "pemda", check=2).returncode, 2)
        finally:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
