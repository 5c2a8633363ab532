# SPDX-License-Identifier: GPL-3.0-or-later
"""Electronic signatures in PDF files (issue 12 part 3), from the command line: `ziwb pdf verify`
over PDFs signed here as BSrE's TTE signs them (PAdES: a detached CMS over the ByteRange, made with
the `openssl` command from a test CA), each case with its own status: a valid signature, a document
changed after signing, broken signatures, a signer from a CA the user does not trust, corrupt
files, and files from strangers that must never crash it. Statuses are cross-checked with poppler's
pdfsig where it gives an answer; trusted roots (`ziwb pdf trust`) and the signature line beside a
signed PDF in `ziwb evidence list`."""
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import signed_pdf  # noqa: E402
from ziwb_cli import FORM_ID, run  # noqa: E402

HAS_PDFSIG = shutil.which("pdfsig") is not None


class PdfVerifyTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="ziwb-pdfsig-")
        cls.pki = signed_pdf.Pki(os.path.join(cls.dir, "pki"))
        cls.work = os.path.join(cls.dir, "work")
        os.makedirs(cls.work)
        cls.good_bytes = signed_pdf.sign(signed_pdf.build_pdf(), cls.pki.signer, cls.work)
        cls.files = {}
        cls.add("good", cls.good_bytes)
        cls.add("pkcs7", signed_pdf.sign(signed_pdf.build_pdf(sub_filter="adbe.pkcs7.detached"), cls.pki.signer,
                                         cls.work))
        cls.add("sha512", signed_pdf.sign(signed_pdf.build_pdf(), cls.pki.signer, cls.work, digest="sha512"))
        cls.add("utf8", signed_pdf.sign(signed_pdf.build_pdf(), cls.pki.utf8_signer, cls.work))
        cls.add("stranger", signed_pdf.sign(signed_pdf.build_pdf(), cls.pki.stranger, cls.work))
        cls.update = signed_pdf.incremental_update(cls.good_bytes)
        cls.add("changed", cls.update)
        # A byte of the page's text changed inside the signed range: the digest no longer matches.
        cls.add("broken-content", cls.good_bytes.replace(b"(Pakta Integritas) Tj", b"(Pakta Integritaz) Tj"))
        cls.add("broken-value", cls.flip_signature_value(cls.good_bytes))
        cls.add("truncated", cls.good_bytes[:len(cls.good_bytes) // 2])
        cls.add("garbage", b"Ini bukan PDF, hanya teks biasa.\n" * 40)
        cls.add("range-past-end", cls.longer_last_range(cls.good_bytes, 5000))
        start, _ = signed_pdf.signature_der(cls.good_bytes)
        cls.add("contents-not-hex", cls.good_bytes[:start] + b"X" + cls.good_bytes[start + 1:])
        cls.add("unsigned", signed_pdf.build_pdf().replace(b"/V 5 0 R ", b" " * 9))
        cls.add("two-signatures", signed_pdf.sign(signed_pdf.second_signature_field(cls.good_bytes),
                                                  cls.pki.utf8_signer, cls.work))
        cls.add("timestamp", signed_pdf.timestamp(signed_pdf.build_pdf(kind="DocTimeStamp", sub_filter="ETSI.RFC3161",
                                                                       field="Timestamp1"), cls.pki, cls.work))
        cls.add("signature-timestamp", signed_pdf.sign_with_timestamp(signed_pdf.build_pdf(), cls.pki.signer,
                                                                      cls.pki, cls.work))
        cls.add("timestamp-other-bytes", signed_pdf.sign_with_timestamp(signed_pdf.build_pdf(), cls.pki.signer,
                                                                        cls.pki, cls.work, stamp_other_bytes=True))
        cls.add("unsupported", signed_pdf.sign(signed_pdf.build_pdf(sub_filter="adbe.pkcs7.sha1"), cls.pki.signer,
                                               cls.work))
        cls.signed_at = datetime.datetime.now(datetime.timezone.utc)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    @classmethod
    def add(cls, name, content):
        path = os.path.join(cls.dir, name + ".pdf")
        with open(path, "wb") as out:
            out.write(content)
        cls.files[name] = path

    @staticmethod
    def flip_signature_value(pdf):
        """Changes one byte of the RSA signature value, the last element of the DER SignedData."""
        start, digits = signed_pdf.signature_der(pdf)
        der = bytes.fromhex(digits.decode())
        assert der[0] == 0x30 and der[1] == 0x82
        length = 4 + int.from_bytes(der[2:4], "big")
        position = start + 2 * (length - 20)
        replacement = b"e" if pdf[position:position + 1] == b"f" else b"f"
        return pdf[:position] + replacement + pdf[position + 1:]

    @staticmethod
    def longer_last_range(pdf, extra):
        match = re.search(rb"/ByteRange \[0 (\d+) +(\d+) +(\d+) *\]", pdf)
        old = match.group(0)
        new = f"[0 {int(match.group(1)):<10d} {int(match.group(2)):<10d} {int(match.group(3)) + extra:<10d}]".encode()
        new = b"/ByteRange " + new
        assert len(new) == len(old), (old, new)
        return pdf.replace(old, new)

    def setUp(self):
        # Each test has its own settings folder: no roots trusted unless the test adds them.
        self.config = tempfile.mkdtemp(prefix="ziwb-pdfsig-config-", dir=self.dir)
        self.env = {"ZIWB_CONFIG_DIR": self.config}

    def verify(self, *names, extra=(), check=None, lang="id_ID.UTF-8"):
        return run("pdf", "verify", *[self.files[name] for name in names], *extra, check=check, lang=lang,
                   env_extra=self.env)

    def report(self, name, extra=(), expected_exit=None):
        result = self.verify(name, extra=("--json", *extra))
        if expected_exit is not None:
            self.assertEqual(result.returncode, expected_exit, result.stdout + result.stderr)
        self.assertNotEqual(result.returncode, 1, result.stderr)
        reports = json.loads(result.stdout)
        self.assertEqual(len(reports), 1)
        self.assertEqual(reports[0]["file"], self.files[name])
        return reports[0]

    def only_signature(self, report):
        self.assertEqual(report["state"], "signed", report)
        self.assertEqual(len(report["signatures"]), 1, report)
        return report["signatures"][0]

    # The issue's five cases.

    def test_valid_signature_shows_signer_time_and_unchanged(self):
        report = self.report("good", expected_exit=0)
        signature = self.only_signature(report)
        self.assertEqual(signature["status"], "chain-not-checked")
        self.assertEqual(report["status"], "chain-not-checked")
        self.assertTrue(signature["intact"])
        self.assertEqual(signature["kind"], "signature")
        self.assertEqual(signature["sub_filter"], "ETSI.CAdES.detached")
        self.assertEqual(signature["digest"], "sha256")
        self.assertEqual(signature["signer"]["name"], "Budi Santoso")
        self.assertEqual(signature["signer"]["organization"], "Dinas Tenaga Kerja Uji")
        self.assertEqual(signature["signer"]["issuer"], "Root CA Uji")
        self.assertRegex(signature["signer"]["sha256"], r"^[0-9a-f]{64}$")
        # openssl cms puts the signingTime attribute in; it wins over the /M of the PDF (2026-01-30).
        self.assertEqual(signature["time_source"], "signed-attribute")
        signed = datetime.datetime.strptime(signature["signing_time"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=datetime.timezone.utc)
        self.assertLess(abs((signed - self.signed_at).total_seconds()), 600)
        self.assertFalse(signature["changed_after_signing"])
        self.assertTrue(signature["covers_whole_file"])
        self.assertEqual(signature["bytes_after"], 0)
        self.assertEqual(signature["chain"], "not-checked")
        self.assertIsNone(signature["problem"])
        self.assertEqual(signature["pdf"], {"name": "Budi Santoso", "reason": "Pakta Integritas",
                                            "location": "Purwokerto"})
        self.assertEqual(signature["signed_bytes"] + len(signed_pdf.signature_der(self.good_bytes)[1]) + 2,
                         len(self.good_bytes))

    def test_valid_signature_text_in_indonesian_and_english(self):
        text = self.verify("good", check=0).stdout
        self.assertIn("1 tanda tangan", text)
        self.assertIn("sah, rantai sertifikat belum diperiksa", text)
        self.assertIn("penanda tangan: Budi Santoso (Dinas Tenaga Kerja Uji), diterbitkan oleh Root CA Uji", text)
        self.assertIn("diubah setelah ditandatangani: tidak", text)
        self.assertRegex(text, r"waktu: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(jam komputer penanda tangan\)")
        english = self.verify("good", check=0, lang="en_US.UTF-8").stdout
        self.assertIn("valid, certificate chain not checked", english)
        self.assertIn("changed after signing: no", english)

    def test_valid_with_the_root_trusted(self):
        for extra in (("--trust", self.pki.ca["cert"]),):
            signature = self.only_signature(self.report("good", extra=extra, expected_exit=0))
            self.assertEqual(signature["status"], "valid")
            self.assertEqual(signature["chain"], "verified")
        run("pdf", "trust", "add", self.pki.ca["cert"], check=0, env_extra=self.env)
        signature = self.only_signature(self.report("good", expected_exit=0))
        self.assertEqual(signature["status"], "valid")
        text = self.verify("good", check=0).stdout
        self.assertIn(": sah\n", text)
        self.assertNotIn("belum diperiksa", text)

    def test_changed_after_signing(self):
        report = self.report("changed", expected_exit=3)
        signature = self.only_signature(report)
        self.assertEqual(signature["status"], "changed-after-signing")
        self.assertTrue(signature["intact"])  # the signed revision itself is untouched
        self.assertTrue(signature["changed_after_signing"])
        self.assertFalse(signature["covers_whole_file"])
        self.assertEqual(signature["bytes_after"], len(self.update) - len(self.good_bytes))
        self.assertFalse(signature["signed_by_later"])
        self.assertIn("pembaruan inkremental", signature["problem"])
        self.assertIn("diubah setelah ditandatangani: ya", self.verify("changed", check=3).stdout)
        # Trusting the root does not make a changed document valid.
        signature = self.only_signature(self.report("changed", extra=("--trust", self.pki.ca["cert"]),
                                                    expected_exit=3))
        self.assertEqual(signature["status"], "changed-after-signing")
        self.assertEqual(signature["chain"], "verified")

    def test_broken_signatures(self):
        for name, words in (("broken-content", "dokumen diubah di dalam rentang"),
                            ("broken-value", "nilai tanda tangan tidak cocok")):
            with self.subTest(name):
                signature = self.only_signature(self.report(name, expected_exit=3))
                self.assertEqual(signature["status"], "broken")
                self.assertFalse(signature["intact"])
                self.assertIn(words, signature["problem"])
                # Who signed is still read from the certificate, so the user knows whose it claims to be.
                self.assertEqual(signature["signer"]["name"], "Budi Santoso")
                self.assertIn("tanda tangan rusak", self.verify(name, check=3).stdout)

    def test_unknown_ca(self):
        # Without any trusted root nothing is known of the issuer: the chain is not checked.
        signature = self.only_signature(self.report("stranger", expected_exit=0))
        self.assertEqual(signature["status"], "chain-not-checked")
        self.assertEqual(signature["signer"]["issuer"], "CA Tak Dikenal")
        # With the user's root added, a signer from another CA is unknown.
        for extra, add in ((("--trust", self.pki.ca["cert"]), False), ((), True)):
            if add:
                run("pdf", "trust", "add", self.pki.ca["cert"], check=0, env_extra=self.env)
            signature = self.only_signature(self.report("stranger", extra=extra, expected_exit=3))
            self.assertEqual(signature["status"], "unknown-ca")
            self.assertEqual(signature["chain"], "unknown-ca")
            self.assertTrue(signature["intact"])
            self.assertIn("tidak berujung pada sertifikat akar", signature["chain_problem"])
        self.assertIn("PSrE yang tidak Anda percayai", self.verify("stranger", check=3).stdout)
        # Trusting that other CA makes it valid.
        signature = self.only_signature(self.report("stranger", extra=("--trust", self.pki.unknown_ca["cert"]),
                                                    expected_exit=0))
        self.assertEqual(signature["status"], "valid")

    def test_corrupt_files(self):
        for name, state, words in (("truncated", "corrupt", "tidak dapat dibaca sebagai PDF"),
                                   ("garbage", "corrupt", "tidak dapat dibaca sebagai PDF"),
                                   ("range-past-end", "signed", "melewati akhir berkas"),
                                   ("contents-not-hex", "signed", "bukan string heksadesimal")):
            with self.subTest(name):
                report = self.report(name, expected_exit=3)
                self.assertEqual(report["state"], state)
                self.assertEqual(report["status"], "corrupt")
                problem = report["problem"] if state == "corrupt" else report["signatures"][0]["problem"]
                self.assertIn(words, problem)
                self.assertNotIn("\n", problem)
                if state == "signed":
                    self.assertEqual(report["signatures"][0]["status"], "corrupt")
                    self.assertFalse(report["signatures"][0]["intact"])
                result = self.verify(name, check=3)
                self.assertEqual(result.stderr, "")
                self.assertIn("berkas rusak", result.stdout)

    # Beyond the five.

    def test_unsigned_pdf_is_a_finding(self):
        report = self.report("unsigned", expected_exit=3)
        self.assertEqual(report["state"], "unsigned")
        self.assertEqual(report["status"], "unsigned")
        self.assertEqual(report["signatures"], [])
        self.assertIn("tidak ada tanda tangan elektronik", self.verify("unsigned", check=3).stdout)

    def test_other_forms_of_valid_signatures(self):
        for name, sub_filter, digest in (("pkcs7", "adbe.pkcs7.detached", "sha256"),
                                         ("sha512", "ETSI.CAdES.detached", "sha512")):
            with self.subTest(name):
                signature = self.only_signature(self.report(name, expected_exit=0))
                self.assertEqual(signature["status"], "chain-not-checked")
                self.assertEqual(signature["sub_filter"], sub_filter)
                self.assertEqual(signature["digest"], digest)
        signature = self.only_signature(self.report("utf8", expected_exit=0))
        self.assertEqual(signature["signer"]["name"], "Sékar Ayu Wulandari")
        self.assertIn("Sékar Ayu Wulandari", self.verify("utf8", check=0).stdout)

    def test_document_timestamp(self):
        signature = self.only_signature(self.report("timestamp", expected_exit=0))
        self.assertEqual(signature["kind"], "timestamp")
        self.assertEqual(signature["status"], "chain-not-checked")
        self.assertEqual(signature["time_source"], "timestamp")
        self.assertEqual(signature["timestamp_authority"], "TSA Uji")
        self.assertEqual(signature["signer"]["name"], "TSA Uji")
        signature = self.only_signature(self.report("timestamp", extra=("--trust", self.pki.ca["cert"]),
                                                    expected_exit=0))
        self.assertEqual(signature["status"], "valid")
        self.assertIn("penanda waktu dokumen", self.verify("timestamp", check=0).stdout)

    def test_signature_timestamp_gives_the_time(self):
        """PAdES-B-T, as BSrE's TSA stamps its signatures: the time comes from the timestamp token
        over the signature value, not from the signer's clock; a token over other bytes breaks it."""
        signature = self.only_signature(self.report("signature-timestamp", expected_exit=0))
        self.assertEqual(signature["status"], "chain-not-checked")
        self.assertEqual(signature["time_source"], "timestamp")
        self.assertEqual(signature["timestamp_authority"], "TSA Uji")
        self.assertEqual(signature["signer"]["name"], "Budi Santoso")
        self.assertIn("(penanda waktu dari TSA Uji)", self.verify("signature-timestamp", check=0).stdout)
        signature = self.only_signature(self.report("signature-timestamp", extra=("--trust", self.pki.ca["cert"]),
                                                    expected_exit=0))
        self.assertEqual(signature["status"], "valid")
        signature = self.only_signature(self.report("timestamp-other-bytes", expected_exit=3))
        self.assertEqual(signature["status"], "broken")
        self.assertIn("token penanda waktu itu untuk bita lain", signature["problem"])
        self.assertEqual(signature["time_source"], "signed-attribute")

    def test_unsupported_kind_is_not_called_valid(self):
        signature = self.only_signature(self.report("unsupported", expected_exit=3))
        self.assertEqual(signature["status"], "unsupported")
        self.assertIn("adbe.pkcs7.sha1", signature["problem"])

    def test_second_signature_signs_the_first_ones_update(self):
        report = self.report("two-signatures", expected_exit=3)
        self.assertEqual([s["field"] for s in report["signatures"]], ["Signature1", "Signature2"])
        first, second = report["signatures"]
        self.assertEqual(first["index"], 1)
        self.assertEqual(first["status"], "changed-after-signing")
        self.assertTrue(first["signed_by_later"])
        self.assertIn("tanda tangan 2", first["problem"])
        self.assertEqual(second["status"], "chain-not-checked")
        self.assertTrue(second["covers_whole_file"])
        self.assertEqual(second["signer"]["name"], "Sékar Ayu Wulandari")

    def test_many_files_in_one_run_keep_their_order(self):
        names = ["good", "garbage", "changed", "stranger"]
        result = self.verify(*names, extra=("--json",), check=3)
        reports = json.loads(result.stdout)
        self.assertEqual([r["file"] for r in reports], [self.files[n] for n in names])
        self.assertEqual([r["status"] for r in reports],
                         ["chain-not-checked", "corrupt", "changed-after-signing", "chain-not-checked"])
        self.verify("good", "stranger", check=0)

    def test_bad_input_is_one_line_and_exit_2(self):
        missing = os.path.join(self.dir, "tidak-ada.pdf")
        not_a_certificate = self.files["garbage"]
        for args in (("pdf", "verify", missing), ("pdf", "verify"), ("pdf", "verify", self.dir),
                     ("pdf", "verify", self.files["good"], "--trust", not_a_certificate),
                     ("pdf", "verify", self.files["good"], "--trust", missing),
                     ("pdf", "frobnicate"), ("pdf", "trust", "add", self.pki.signer["cert"]),
                     ("pdf", "trust", "add", not_a_certificate), ("pdf", "trust", "remove", "xyz"),
                     ("pdf", "trust", "remove", "00000000")):
            with self.subTest(args=args):
                result = run(*args, env_extra=self.env)
                self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
                self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_trust_add_list_remove(self):
        self.assertIn("Belum ada sertifikat akar", run("pdf", "trust", "list", check=0, env_extra=self.env).stdout)
        added = run("pdf", "trust", "add", self.pki.ca["cert"], check=0, env_extra=self.env).stdout
        self.assertIn("Dipercaya:", added)
        self.assertIn("Root CA Uji", added)
        again = run("pdf", "trust", "add", self.pki.ca["cert"], check=0, env_extra=self.env).stdout
        self.assertIn("Sudah dipercaya:", again)
        roots = json.loads(run("pdf", "trust", "list", "--json", check=0, env_extra=self.env).stdout)
        self.assertEqual(len(roots), 1)
        self.assertEqual(roots[0]["name"], "Root CA Uji")
        fingerprint = subprocess.run(["openssl", "x509", "-in", self.pki.ca["cert"], "-noout", "-fingerprint",
                                      "-sha256"], capture_output=True, text=True, check=True).stdout
        fingerprint = fingerprint.split("=", 1)[1].strip().replace(":", "").lower()
        self.assertEqual(roots[0]["sha256"], fingerprint)
        self.assertTrue(os.path.isfile(os.path.join(self.config, "trusted-roots", fingerprint + ".pem")))
        # A damaged file in the folder is named, and the others still count.
        with open(os.path.join(self.config, "trusted-roots", "rusak.pem"), "w", encoding="utf-8") as out:
            out.write("bukan sertifikat\n")
        listed = run("pdf", "trust", "list", check=0, env_extra=self.env)
        self.assertIn("rusak.pem", listed.stderr)
        self.assertEqual(self.only_signature(self.report("good", expected_exit=0))["status"], "valid")
        os.remove(os.path.join(self.config, "trusted-roots", "rusak.pem"))
        removed = run("pdf", "trust", "remove", fingerprint[:12], check=0, env_extra=self.env).stdout
        self.assertIn("Tidak lagi dipercaya", removed)
        self.assertEqual(json.loads(run("pdf", "trust", "list", "--json", check=0, env_extra=self.env).stdout), [])
        self.assertEqual(self.only_signature(self.report("good", expected_exit=0))["status"], "chain-not-checked")

    def test_evidence_list_shows_the_signatures_of_signed_pdfs(self):
        workspace = os.path.join(self.config, "dinas.ziwb")
        run("init", workspace, "--form", FORM_ID, "--unit", "Dinas Uji", "--agency", "Kabupaten Uji", "--year", "2026",
            check=0, env_extra=self.env)
        run("evidence", "add", workspace, "A.I.1.i.a", self.files["good"], self.files["changed"],
            self.files["unsigned"], self.files["garbage"], check=0, env_extra=self.env)
        text = run("evidence", "list", workspace, check=0, env_extra=self.env).stdout
        lines = text.splitlines()
        self.assertEqual(len(lines), 6, text)  # four items, two of them with a signature line
        self.assertRegex(lines[1], r"^    tanda tangan: Budi Santoso, .* UTC: sah, rantai sertifikat belum diperiksa$")
        self.assertRegex(lines[3], r"^    tanda tangan: Budi Santoso, .*: diubah setelah ditandatangani$")
        items = json.loads(run("evidence", "list", workspace, "--json", check=0, env_extra=self.env).stdout)
        self.assertEqual([i["signatures"] and i["signatures"]["status"] for i in items],
                         ["chain-not-checked", "changed-after-signing", None, None])
        self.assertEqual(items[0]["signatures"]["signatures"][0]["signer"]["name"], "Budi Santoso")
        quick = run("evidence", "list", workspace, "--no-signatures", check=0, env_extra=self.env).stdout
        self.assertEqual(quick.splitlines(), [lines[0], lines[2], lines[4], lines[5]])
        items = json.loads(run("evidence", "list", workspace, "--json", "--no-signatures", check=0,
                               env_extra=self.env).stdout)
        self.assertEqual([i["signatures"] for i in items], [None] * 4)
        run("pdf", "trust", "add", self.pki.ca["cert"], check=0, env_extra=self.env)
        text = run("evidence", "list", workspace, check=0, env_extra=self.env).stdout
        self.assertRegex(text.splitlines()[1], r": sah$")

    def test_hostile_variants_never_crash(self):
        """Hundreds of damaged copies of signed PDFs (bytes changed, cut, repeated; numbers of the
        ByteRange made huge or negative) in one run: every one gets a status, none crashes."""
        rng = random.Random(12)
        folder = os.path.join(self.dir, "hostile")
        os.makedirs(folder, exist_ok=True)
        sources = [self.good_bytes]
        for name in ("two-signatures", "timestamp"):
            with open(self.files[name], "rb") as source:
                sources.append(source.read())
        paths = []
        for i in range(240):
            data = bytearray(rng.choice(sources))
            kind = i % 6
            if kind == 0:
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
            elif kind == 1:
                data = data[:rng.randrange(len(data))]
            elif kind == 2:
                start = rng.randrange(len(data))
                data[start:start] = data[start:start + rng.randint(1, 4000)]
            elif kind == 3:
                text = bytes(data)
                number = rng.choice([b"-1", b"99999999999999999999", b"0", b"2147483648", b"1.5", b"/Name"])
                data = bytearray(re.sub(rb"/ByteRange \[0 \d+", b"/ByteRange [0 " + number, text, count=1))
            elif kind == 4:
                # The signature's DER with bytes changed: lengths and tags inside the CMS.
                start, digits = signed_pdf.signature_der(bytes(data))
                for _ in range(rng.randint(1, 6)):
                    position = start + rng.randrange(min(len(digits), 3000))
                    data[position] = ord(rng.choice("0123456789abcdef"))
            else:
                data = bytearray(bytes(data).replace(b"/Kids", b"/Kids [4 0 R]").replace(b"/Fields [4 0 R]",
                                                                                         b"/Fields [4 0 R 4 0 R 1 0 R]"))
            path = os.path.join(folder, f"hostile-{i:03d}.pdf")
            with open(path, "wb") as out:
                out.write(data)
            paths.append(path)
        result = run("pdf", "verify", *paths, "--json", env_extra=self.env)
        self.assertIn(result.returncode, (0, 3), result.stderr[-3000:])
        reports = json.loads(result.stdout)
        self.assertEqual(len(reports), len(paths))
        if os.environ.get("ZIWB_SHOW_HOSTILE"):
            print(sorted((r["status"], (r["problem"] or (r["signatures"] or [{}])[0].get("problem") or "")[:90])
                         for r in reports))
        statuses = {r["status"] for r in reports}
        self.assertTrue(statuses <= {"valid", "chain-not-checked", "changed-after-signing", "broken", "corrupt",
                                     "unsupported", "unsigned"}, statuses)
        self.assertIn("corrupt", statuses)
        self.assertIn("broken", statuses)
        for report in reports:
            for signature in report["signatures"]:
                # Nothing that fails a check is ever called intact.
                if signature["status"] in ("broken", "corrupt"):
                    self.assertFalse(signature["intact"], report)

    @unittest.skipUnless(HAS_PDFSIG, "poppler's pdfsig is not installed")
    def test_statuses_agree_with_pdfsig(self):
        """poppler's pdfsig checks the same files its own way (NSS); where it gives an answer, ours
        must say the same: a valid signature value, a digest mismatch, and whether the signature
        covers the whole file. (pdfsig 22 neither checks a signature's timestamp token nor verifies
        document timestamps, so those cases are ours alone.)"""
        checked = 0
        for name in ("good", "pkcs7", "sha512", "utf8", "stranger", "changed", "broken-content", "broken-value",
                     "two-signatures", "signature-timestamp", "truncated", "garbage"):
            with self.subTest(name):
                ours = self.report(name)
                poppler = subprocess.run(["pdfsig", "-nocert", self.files[name]], capture_output=True, text=True)
                validations = re.findall(r"Signature Validation: (.*)", poppler.stdout)
                coverage = re.findall(r"- (Total document signed|Not total document signed)", poppler.stdout)
                if ours["state"] == "corrupt":
                    self.assertNotIn("Signature is Valid.", validations)
                    continue
                self.assertEqual(len(validations), len(ours["signatures"]), poppler.stdout)
                for signature, validation, covered in zip(ours["signatures"], validations, coverage):
                    self.assertEqual(signature["intact"], validation == "Signature is Valid.", (validation, signature))
                    if signature["status"] == "broken":
                        self.assertIn(validation, ("Digest Mismatch.", "Signature is Invalid."))
                    self.assertEqual(signature["covers_whole_file"], covered == "Total document signed")
                    checked += 1
        self.assertGreaterEqual(checked, 9)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
