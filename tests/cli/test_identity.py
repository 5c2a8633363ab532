# SPDX-License-Identifier: GPL-3.0-or-later
"""`ziwb key init` and `ziwb whoami`: the key that signs a person's changes, as users and scripts meet it.

Each test points ZIWB_CONFIG_DIR (and XDG_CONFIG_HOME, in case) at its own temporary folder, so no
test ever touches the real ~/.config/ziwb.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from ziwb_cli import run  # noqa: E402

NIP = "198503152010011002"
OTHER_NIP = "199001012015012001"
ENVIRONMENT = ("ZIWB_CONFIG_DIR", "XDG_CONFIG_HOME", "ZIWB_PASSPHRASE_FILE")


class IdentityTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ziwb-identity-")
        self.config = os.path.join(self.dir, "config", "ziwb")
        self.saved = {name: os.environ.get(name) for name in ENVIRONMENT}
        os.environ["ZIWB_CONFIG_DIR"] = self.config
        os.environ["XDG_CONFIG_HOME"] = os.path.join(self.dir, "xdg")
        os.environ.pop("ZIWB_PASSPHRASE_FILE", None)

    def tearDown(self):
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        return path

    def whoami(self):
        return json.loads(run("whoami", "--json", check=0).stdout)

    def assert_one_line_error(self, result, *words):
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertTrue(result.stderr.startswith("ziwb: "), result.stderr)
        for word in words:
            self.assertIn(word, result.stderr)


class KeyInit(IdentityTestCase):
    def test_whoami_before_any_key_says_what_to_run(self):
        result = run("whoami", check=2)
        self.assert_one_line_error(result, "ziwb key init --name")
        result = run("whoami", "--json", lang="en_US.UTF-8", check=2)
        self.assert_one_line_error(result, "No key is set up on this machine yet")
        self.assertEqual(result.stdout, "")

    def test_init_without_passphrase_says_so(self):
        result = run("key", "init", "--name", "Siti Aminah", "--nip", "1985 0315 2010 01 1 002", check=0)
        self.assertIn("Siti Aminah", result.stdout)
        self.assertIn(NIP, result.stdout)
        self.assertIn(self.config, result.stdout)
        self.assertIn("tanpa frasa sandi", result.stdout)
        data = self.whoami()
        self.assertEqual(data["name"], "Siti Aminah")
        self.assertEqual(data["nip"], NIP)
        self.assertRegex(data["public_key"], r"^[0-9a-f]{64}$")
        self.assertIn(data["public_key"], result.stdout)
        self.assertIs(data["passphrase_protected"], False)
        self.assertRegex(data["created_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual(data["folder"], self.config)
        text = run("whoami", lang="en_US.UTF-8", check=0).stdout
        for shown in ("Name: Siti Aminah", "NIP: " + NIP, "Public key: " + data["public_key"], "Passphrase: no",
                      "Kept in: " + self.config):
            self.assertIn(shown, text)
        with open(os.path.join(self.config, "identity-key.pem"), encoding="ascii") as pem:
            self.assertTrue(pem.read().startswith("-----BEGIN PRIVATE KEY-----"))

    def test_init_with_passphrase_file(self):
        passphrase = self.write("sandi.txt", "rahasia sekali\r\n")
        result = run("key", "init", "--name", "Budi", "--nip", NIP, "--passphrase-file", passphrase, check=0)
        self.assertNotIn("tanpa frasa sandi", result.stdout)
        data = self.whoami()
        self.assertIs(data["passphrase_protected"], True)
        self.assertIn("Passphrase: yes", run("whoami", lang="en_US.UTF-8", check=0).stdout)
        key_file = os.path.join(self.config, "identity-key.pem")
        with open(key_file, encoding="ascii") as pem:
            self.assertTrue(pem.read().startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        openssl = shutil.which("openssl")
        if openssl:  # OpenSSL's own tool opens it with the same passphrase (CR/LF removed), and no other
            opened = subprocess.run([openssl, "pkey", "-in", key_file, "-passin", "pass:rahasia sekali", "-noout",
                                     "-text"], capture_output=True, text=True)
            self.assertEqual(opened.returncode, 0, opened.stderr)
            self.assertIn("ED25519", opened.stdout)
            refused = subprocess.run([openssl, "pkey", "-in", key_file, "-passin", "pass:salah", "-noout"],
                                     capture_output=True, text=True)
            self.assertNotEqual(refused.returncode, 0)

    def test_passphrase_file_from_the_environment(self):
        os.environ["ZIWB_PASSPHRASE_FILE"] = self.write("sandi.txt", "dari lingkungan\n")
        run("key", "init", "--name", "Budi", "--nip", NIP, check=0)
        self.assertIs(self.whoami()["passphrase_protected"], True)

    def test_missing_or_empty_passphrase_file_is_refused(self):
        missing = os.path.join(self.dir, "tidak-ada.txt")
        result = run("key", "init", "--name", "Budi", "--nip", NIP, "--passphrase-file", missing, check=2)
        self.assert_one_line_error(result, "tidak-ada.txt", "frasa sandi")
        result = run("key", "init", "--name", "Budi", "--nip", NIP, "--passphrase-file", missing,
                     lang="en_US.UTF-8", check=2)
        self.assert_one_line_error(result, "cannot read the passphrase file", "tidak-ada.txt")
        os.environ["ZIWB_PASSPHRASE_FILE"] = missing
        self.assert_one_line_error(run("key", "init", "--name", "Budi", "--nip", NIP, check=2), "tidak-ada.txt")
        os.environ.pop("ZIWB_PASSPHRASE_FILE")
        empty = self.write("kosong.txt", "\n")
        result = run("key", "init", "--name", "Budi", "--nip", NIP, "--passphrase-file", empty, lang="en_US.UTF-8",
                     check=2)
        self.assert_one_line_error(result, "kosong.txt", "is empty")
        self.assertFalse(os.path.exists(self.config))  # nothing was set up
        run("whoami", check=2)

    def test_bad_nip_and_name_are_refused_with_the_reason(self):
        cases = [
            ("19850315201001100", "17"),        # 17 digits
            ("19850315201001100X", "digits"),   # a letter
            ("198513152010011002", "19851315"),  # month 13
            ("198502302010011002", "19850230"),  # 30 February
            ("198503152010013002", "gender"),    # gender 3
            ("198503152010011000", "000"),      # sequence 000
        ]
        for nip, said in cases:
            result = run("key", "init", "--name", "Budi", "--nip", nip, lang="en_US.UTF-8", check=2)
            self.assert_one_line_error(result, "NIP", said)
        result = run("key", "init", "--name", "Budi", "--nip", "19850315201001100", check=2)
        self.assert_one_line_error(result, "NIP", "18 angka")
        self.assert_one_line_error(run("key", "init", "--name", "  ", "--nip", NIP, check=2), "nama")
        self.assert_one_line_error(run("key", "init", "--nip", NIP, check=2), "--name")
        self.assert_one_line_error(run("key", "make", "--name", "Budi", "--nip", NIP, check=2), "make")
        self.assertFalse(os.path.exists(self.config))

    def test_an_existing_key_is_never_overwritten_and_replace_keeps_it(self):
        run("key", "init", "--name", "Siti", "--nip", NIP, check=0)
        first = self.whoami()
        with open(os.path.join(self.config, "identity-key.pem"), encoding="ascii") as pem:
            first_pem = pem.read()
        result = run("key", "init", "--name", "Budi", "--nip", OTHER_NIP, check=2)
        self.assert_one_line_error(result, "--replace", self.config)
        self.assertEqual(self.whoami(), first)

        run("key", "init", "--name", "Budi", "--nip", OTHER_NIP, "--replace", check=0)
        second = self.whoami()
        self.assertEqual(second["name"], "Budi")
        self.assertNotEqual(second["public_key"], first["public_key"])
        kept = sorted(name for name in os.listdir(self.config) if ".old-" in name)
        self.assertEqual(len(kept), 2, kept)
        self.assertTrue(kept[0].startswith("identity-key.pem.old-"), kept)
        self.assertTrue(kept[1].startswith("identity.json.old-"), kept)
        with open(os.path.join(self.config, kept[0]), encoding="ascii") as pem:
            self.assertEqual(pem.read(), first_pem)
        with open(os.path.join(self.config, kept[1]), encoding="utf-8") as old:
            self.assertEqual(json.load(old)["public_key"], first["public_key"])

        # Replacing twice within the same second keeps both earlier keys too.
        run("key", "init", "--name", "Cici", "--nip", NIP, "--replace", check=0)
        self.assertEqual(len([name for name in os.listdir(self.config) if name.startswith("identity-key.pem.old-")]),
                         2)

    @unittest.skipIf(os.name != "posix", "POSIX permissions")
    def test_files_are_readable_by_the_user_only(self):
        os.umask(0o022)
        run("key", "init", "--name", "Siti", "--nip", NIP, check=0)
        self.assertEqual(stat.S_IMODE(os.stat(self.config).st_mode), 0o700)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.join(self.config, "identity-key.pem")).st_mode), 0o600)
        run("key", "init", "--name", "Siti", "--nip", NIP, "--replace", check=0)
        for name in os.listdir(self.config):
            if name.startswith("identity-key.pem"):
                self.assertEqual(stat.S_IMODE(os.stat(os.path.join(self.config, name)).st_mode), 0o600, name)
        self.assertEqual([name for name in os.listdir(self.config) if ".writing-" in name], [])

    def test_a_damaged_identity_names_the_file_and_the_way_out(self):
        run("key", "init", "--name", "Siti", "--nip", NIP, check=0)
        identity = os.path.join(self.config, "identity.json")
        with open(identity, "w", encoding="utf-8") as out:
            out.write('{"name": "Siti"')
        result = run("whoami", check=2)
        self.assert_one_line_error(result, identity, "ziwb key init --replace")
        run("key", "init", "--name", "Siti", "--nip", NIP, "--replace", check=0)
        self.assertEqual(self.whoami()["name"], "Siti")

    def test_xdg_config_home_is_used_without_ziwb_config_dir(self):
        os.environ.pop("ZIWB_CONFIG_DIR")
        run("key", "init", "--name", "Siti", "--nip", NIP, check=0)
        folder = os.path.join(self.dir, "xdg", "ziwb")
        self.assertEqual(self.whoami()["folder"], folder)
        self.assertTrue(os.path.exists(os.path.join(folder, "identity-key.pem")))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
