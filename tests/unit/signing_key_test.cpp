// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/signing_key.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <stdlib.h>  // setenv, unsetenv (POSIX; these tests run on Linux)

#include "common/error.hpp"
#include "common/text.hpp"
#include "people/identity.hpp"
#include "people/nip.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

// The tests match the English message ids.
const bool kEnglish = (SetLanguage(Language::English), true);

std::string FlipBit(std::string text, std::size_t byte, int bit = 0) {
    text[byte] = static_cast<char>(text[byte] ^ (1 << bit));
    return text;
}

/// The hex key with one bit of its `byte`-th byte flipped, still lowercase hex.
std::string FlipHexBit(std::string hex, std::size_t byte) {
    char& digit = hex[2 * byte + 1];
    const int value = (digit >= 'a' ? digit - 'a' + 10 : digit - '0') ^ 1;
    digit = "0123456789abcdef"[value];
    return hex;
}

TEST(SigningKey, SignsAndVerifies) {
    const SigningKey key = SigningKey::Generate();
    const std::string public_key = key.PublicKeyHex();
    EXPECT_TRUE(IsPublicKeyHex(public_key));
    const std::string message = "answer/unit/A.I.1.i.a = Ya";
    const std::string signature = key.Sign(message);
    ASSERT_EQ(signature.size(), 64U);
    EXPECT_TRUE(VerifySignature(public_key, message, signature));
    EXPECT_TRUE(VerifySignature(public_key, "", key.Sign("")));
    EXPECT_FALSE(VerifySignature(public_key, "", signature));
    EXPECT_NE(SigningKey::Generate().PublicKeyHex(), public_key);
}

TEST(SigningKey, AnyFlippedBitFails) {
    const SigningKey key = SigningKey::Generate();
    const std::string public_key = key.PublicKeyHex();
    const std::string message = "answer/unit/A.I.1.i.a = Ya";
    const std::string signature = key.Sign(message);
    for (std::size_t byte = 0; byte < message.size(); ++byte) {
        EXPECT_FALSE(VerifySignature(public_key, FlipBit(message, byte), signature)) << "message byte " << byte;
    }
    for (std::size_t byte = 0; byte < signature.size(); ++byte) {
        for (int bit = 0; bit < 8; bit += 7) {
            EXPECT_FALSE(VerifySignature(public_key, message, FlipBit(signature, byte, bit)))
                << "signature byte " << byte;
        }
    }
    for (std::size_t byte = 0; byte < 32; ++byte) {
        EXPECT_FALSE(VerifySignature(FlipHexBit(public_key, byte), message, signature)) << "key byte " << byte;
    }
    EXPECT_FALSE(VerifySignature(SigningKey::Generate().PublicKeyHex(), message, signature));
}

TEST(SigningKey, MalformedKeysAndSignaturesAreInvalidWithoutThrowing) {
    const SigningKey key = SigningKey::Generate();
    const std::string public_key = key.PublicKeyHex();
    const std::string signature = key.Sign("m");
    std::string upper = public_key;
    for (char& c : upper) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const std::vector<std::string> bad_keys = {"",
                                               "zz",
                                               public_key.substr(0, 63),
                                               public_key + "0",
                                               public_key.substr(0, 62) + "g0",
                                               public_key.substr(0, 62) + " 0",
                                               std::string(64, '\0'),
                                               upper == public_key ? "X" + public_key.substr(1) : upper};
    for (const auto& bad : bad_keys) {
        EXPECT_FALSE(IsPublicKeyHex(bad)) << bad;
        EXPECT_NO_THROW(EXPECT_FALSE(VerifySignature(bad, "m", signature))) << bad;
    }
    for (const auto& bad_signature : {std::string(), signature.substr(0, 63), signature + "x", std::string(64, '\0'),
                                      std::string(64, '\xff'), std::string(128, 'a')}) {
        EXPECT_NO_THROW(EXPECT_FALSE(VerifySignature(public_key, "m", bad_signature)));
    }
    // All zeros and all ones as a key: not points an honest key has; never valid, never a throw.
    EXPECT_FALSE(VerifySignature(std::string(64, '0'), "m", signature));
    EXPECT_FALSE(VerifySignature(std::string(64, 'f'), "m", signature));
}

TEST(SigningKey, PemRoundTripWithoutPassphrase) {
    const SigningKey key = SigningKey::Generate();
    const std::string pem = key.ToPem(std::nullopt);
    EXPECT_NE(pem.find("-----BEGIN PRIVATE KEY-----"), std::string::npos);
    const SigningKey back = SigningKey::FromPem(pem, std::nullopt);
    EXPECT_EQ(back.PublicKeyHex(), key.PublicKeyHex());
    EXPECT_TRUE(VerifySignature(key.PublicKeyHex(), "x", back.Sign("x")));
    // A passphrase given for a key that has none is not needed.
    EXPECT_EQ(SigningKey::FromPem(pem, std::string("unused")).PublicKeyHex(), key.PublicKeyHex());
}

TEST(SigningKey, EncryptedPemRoundTrip) {
    const SigningKey key = SigningKey::Generate();
    const std::string passphrase = "kata sandi panjang \xC3\xA9";
    const std::string pem = key.ToPem(passphrase);
    EXPECT_NE(pem.find("-----BEGIN ENCRYPTED PRIVATE KEY-----"), std::string::npos);
    EXPECT_NE(pem, key.ToPem(passphrase)) << "a fresh salt and IV each time";
    const SigningKey back = SigningKey::FromPem(pem, passphrase);
    EXPECT_EQ(back.PublicKeyHex(), key.PublicKeyHex());
    EXPECT_TRUE(VerifySignature(key.PublicKeyHex(), "x", back.Sign("x")));
}

TEST(SigningKey, WrongOrMissingPassphraseIsAUserError) {
    const std::string pem = SigningKey::Generate().ToPem(std::string("benar"));
    for (const auto& wrong : {std::optional<std::string>("salah"), std::optional<std::string>("benar "),
                              std::optional<std::string>(""), std::optional<std::string>()}) {
        try {
            (void)SigningKey::FromPem(pem, wrong);
            ADD_FAILURE() << "opened with " << wrong.value_or("(none)");
        } catch (const UserError& error) {
            const std::string message = error.what();
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
            EXPECT_NE(message.find("passphrase"), std::string::npos) << message;
        }
    }
    EXPECT_THROW((void)SigningKey::Generate().ToPem(std::string()), UserError);
}

TEST(SigningKey, WhatIsNotAnEd25519KeyIsAUserError) {
    const std::string pem = SigningKey::Generate().ToPem(std::nullopt);
    // An RSA key, a P-256 key: PKCS#8, but not Ed25519.
    const std::string p256 =
        "-----BEGIN PRIVATE KEY-----\n"
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgwOQ6IZiGN8oNGGh0\n"
        "6CHxgJD9w+Vn+KuxHd4lb7WE6bihRANCAAQJRJjg4+uvJRlUR8Mzx4hHxcvYJM/o\n"
        "S/ONP2mQGZJX+XTkaVtNCBtdIzz0rF8mkqDV4ST1bSW2u1SsQYn/QAdA\n"
        "-----END PRIVATE KEY-----\n";
    for (const std::string& bad :
         {std::string(), std::string("not a key"), pem.substr(0, pem.size() / 2), FlipBit(pem, 40),
          std::string("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"), p256}) {
        EXPECT_THROW((void)SigningKey::FromPem(bad, std::nullopt), UserError) << bad;
        EXPECT_THROW((void)SigningKey::FromPem(bad, std::string("x")), UserError) << bad;
    }
}

TEST(SigningKey, MovesKeepTheKey) {
    SigningKey key = SigningKey::Generate();
    const std::string public_key = key.PublicKeyHex();
    SigningKey moved = std::move(key);
    EXPECT_EQ(moved.PublicKeyHex(), public_key);
    key = std::move(moved);
    EXPECT_EQ(key.PublicKeyHex(), public_key);
}

TEST(SigningKey, VerifiesFromManyThreadsAtOnce) {
    constexpr int kSigners = 4;
    constexpr int kEntries = 2500;  // 10,000 signatures in all, as an audit of a log meets them
    std::vector<std::string> keys;
    std::vector<std::string> messages;
    std::vector<std::string> signatures;
    for (int signer = 0; signer < kSigners; ++signer) {
        const SigningKey key = SigningKey::Generate();
        for (int entry = 0; entry < kEntries; ++entry) {
            keys.push_back(key.PublicKeyHex());
            messages.push_back("entry " + std::to_string(signer) + "/" + std::to_string(entry));
            signatures.push_back(key.Sign(messages.back()));
        }
    }
    signatures[1234] = FlipBit(signatures[1234], 5);
    std::atomic<int> valid{0};
    std::atomic<int> invalid{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    const int thread_count = 4;
    for (int t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            for (std::size_t i = static_cast<std::size_t>(t); i < keys.size(); i += thread_count) {
                (VerifySignature(keys[i], messages[i], signatures[i]) ? valid : invalid)++;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(valid.load(), kSigners * kEntries - 1);
    EXPECT_EQ(invalid.load(), 1);
    RecordProperty("verify_10000_ms", static_cast<int>(elapsed));
    std::cout << "[          ] verified " << keys.size() << " signatures on " << thread_count << " threads in "
              << elapsed << " ms\n";
}

TEST(Nip, ValidNips) {
    EXPECT_TRUE(IsValidNip("198503152010011002"));
    EXPECT_TRUE(IsValidNip("1985 0315 2010 01 1 002"));
    EXPECT_TRUE(IsValidNip("199202292015122001"));  // 1992 is a leap year
    EXPECT_TRUE(IsValidNip("200002292020012001"));  // 2000 is a leap year
    EXPECT_TRUE(IsValidNip("194001011960011001"));  // the earliest birth and appointment years
    EXPECT_TRUE(IsValidNip("201512312040122999"));  // the latest
    EXPECT_TRUE(IsValidNip("198512312002121001"));  // appointed in the year of turning 17
    EXPECT_NO_THROW(CheckNip("198503152010011002"));
    EXPECT_EQ(NormalizeNip(" 1985 0315 2010 01 1 002 "), "198503152010011002");
}

TEST(Nip, InvalidNipsSayWhatIsWrongInOneLine) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"19850315201001100", "17"},            // 17 digits
        {"1985031520100110021", "19"},          // 19 digits
        {"", "0"},                              // nothing
        {"19850315201001100A", "digits"},       // a letter
        {"1985-0315-2010-01-1-002", "digits"},  // dashes
        {"198513152010011002", "19851315"},     // month 13
        {"198502302010011002", "19850230"},     // 30 February
        {"199002292015122001", "19900229"},     // 29 February of a common year
        {"190002292015122001", "19000229"},     // 1900: not a leap year, and too early
        {"198503002010011002", "19850300"},     // day 0
        {"193912312010011002", "19391231"},     // born before 1940
        {"201601012040011002", "20160101"},     // born after 2015
        {"198503152010131002", "201013"},       // appointed in month 13
        {"198503152010001002", "201000"},       // month 0
        {"198503152041011002", "204101"},       // appointed after 2040
        {"198503152001121002", "200112"},       // appointed at 16
        {"198503152010013002", "3"},            // gender 3
        {"198503152010010002", "0"},            // gender 0
        {"198503152010011000", "000"},          // sequence 000
    };
    for (const auto& [nip, shown] : cases) {
        EXPECT_FALSE(IsValidNip(nip)) << nip;
        try {
            CheckNip(nip);
            ADD_FAILURE() << nip << " was accepted";
        } catch (const UserError& error) {
            const std::string message = error.what();
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
            EXPECT_NE(message.find(shown), std::string::npos) << nip << ": " << message;
        }
    }
}

/// Points ZIWB_CONFIG_DIR (and ZIWB_PASSPHRASE_FILE) at a temporary folder for one test.
class IdentityTest : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("ZIWB_CONFIG_DIR", (m_dir.Path() / "config").c_str(), 1);
        ::unsetenv("ZIWB_PASSPHRASE_FILE");
    }
    void TearDown() override { ::unsetenv("ZIWB_CONFIG_DIR"); }

    [[nodiscard]] std::filesystem::path Folder() const { return m_dir.Path() / "config"; }

    /// The message of the UserError `action` throws; a failure when it throws none.
    template <typename Action>
    std::string UserErrorOf(Action action) {
        try {
            action();
        } catch (const UserError& error) {
            return error.what();
        }
        ADD_FAILURE() << "no UserError";
        return {};
    }

    test::TempDir m_dir;
};

TEST_F(IdentityTest, CreateLoadAndUnlock) {
    EXPECT_EQ(IdentityFolder(), Folder());
    EXPECT_FALSE(LoadIdentity().has_value());
    EXPECT_NE(UserErrorOf([] { (void)UnlockIdentity(std::nullopt); }).find("ziwb key init"), std::string::npos);
    const Identity made = CreateIdentity(" Siti Aminah ", "1985 0315 2010 01 1 002", std::string("rahasia"), false);
    EXPECT_EQ(made.name, "Siti Aminah");
    EXPECT_EQ(made.nip, "198503152010011002");
    EXPECT_TRUE(made.passphrase_protected);
    const auto loaded = LoadIdentity();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->name, made.name);
    EXPECT_EQ(loaded->nip, made.nip);
    EXPECT_EQ(loaded->public_key_hex, made.public_key_hex);
    EXPECT_EQ(loaded->created_at, made.created_at);
    EXPECT_TRUE(loaded->passphrase_protected);
    const SigningKey key = UnlockIdentity(std::string("rahasia"));
    EXPECT_TRUE(VerifySignature(made.public_key_hex, "m", key.Sign("m")));
    EXPECT_NE(UserErrorOf([] { (void)UnlockIdentity(std::string("salah")); }).find("passphrase"), std::string::npos);
    EXPECT_NE(UserErrorOf([] { (void)UnlockIdentity(std::nullopt); }).find("passphrase"), std::string::npos);
}

TEST_F(IdentityTest, RefusesBadInputAndAnExistingIdentity) {
    EXPECT_NE(UserErrorOf([] { (void)CreateIdentity("", "198503152010011002", std::nullopt, false); }).find("name"),
              std::string::npos);
    EXPECT_NE(UserErrorOf([] { (void)CreateIdentity("Siti", "19850315201001100", std::nullopt, false); }).find("NIP"),
              std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(Folder()));
    const Identity first = CreateIdentity("Siti", "198503152010011002", std::nullopt, false);
    EXPECT_NE(
        UserErrorOf([] { (void)CreateIdentity("Budi", "199001012015011001", std::nullopt, false); }).find("--replace"),
        std::string::npos);
    EXPECT_EQ(LoadIdentity()->public_key_hex, first.public_key_hex);
    const Identity second = CreateIdentity("Budi", "199001012015011001", std::nullopt, true);
    EXPECT_NE(second.public_key_hex, first.public_key_hex);
    EXPECT_EQ(LoadIdentity()->public_key_hex, second.public_key_hex);
    int kept = 0;
    for (const auto& entry : std::filesystem::directory_iterator(Folder())) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("identity-key.pem.old-")) {
            ++kept;
            EXPECT_EQ(SigningKey::FromPem(test::ReadFile(entry.path()), std::nullopt).PublicKeyHex(),
                      first.public_key_hex);
        }
    }
    EXPECT_EQ(kept, 1);
}

TEST_F(IdentityTest, ADamagedIdentityIsNamedWithTheWayOut) {
    (void)CreateIdentity("Siti", "198503152010011002", std::nullopt, false);
    const auto identity_file = Folder() / "identity.json";
    const auto key_file = Folder() / "identity-key.pem";
    const std::string good_json = test::ReadFile(identity_file);
    const std::string good_key = test::ReadFile(key_file);
    const std::string other_key = SigningKey::Generate().ToPem(std::nullopt);
    const std::string public_key = LoadIdentity()->public_key_hex;
    const auto replace = [&](const std::string& from, const std::string& to) {
        std::string text = good_json;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    const std::vector<std::pair<std::string, std::string>> damaged_json = {
        {"", "JSON"},
        {"{\"name\": \"Siti\"", "JSON"},
        {"[]", "JSON"},
        {replace("\"198503152010011002\"", "198503152010011002"), "nip"},
        {replace("198503152010011002", "198513152010011002"), "NIP"},
        {replace(public_key, public_key.substr(1)), "public key"},
        {replace("\"passphrase_protected\": false", "\"passphrase_protected\": \"no\""), "passphrase_protected"},
        {replace("\"passphrase_protected\": false", "\"passphrase_protected\": true"), "protected"},
        {replace("\"Siti\"", "\"\""), "name"},
    };
    for (const auto& [text, said] : damaged_json) {
        test::WriteFile(identity_file, text);
        const std::string message = UserErrorOf([] { (void)LoadIdentity(); });
        EXPECT_NE(message.find("identity.json"), std::string::npos) << message;
        EXPECT_NE(message.find(said), std::string::npos) << text << ": " << message;
        EXPECT_NE(message.find("ziwb key init --replace"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
    test::WriteFile(identity_file, good_json);
    for (const auto& text : {other_key, std::string("garbage"), good_key.substr(0, 50)}) {
        test::WriteFile(key_file, text);
        const std::string message = UserErrorOf([] { (void)LoadIdentity(); });
        EXPECT_NE(message.find("identity-key.pem"), std::string::npos) << message;
    }
    std::filesystem::remove(key_file);
    EXPECT_NE(UserErrorOf([] { (void)LoadIdentity(); }).find("identity-key.pem"), std::string::npos);
    // --replace starts again from any damage, and keeps what was there.
    (void)CreateIdentity("Siti", "198503152010011002", std::nullopt, true);
    EXPECT_TRUE(LoadIdentity().has_value());
}

TEST_F(IdentityTest, PassphraseFiles) {
    const auto file = m_dir.Path() / "pass.txt";
    test::WriteFile(file, "kata sandi\r\nsecond line\n");
    EXPECT_EQ(ReadPassphraseFile(file), "kata sandi");
    test::WriteFile(file, "tanpa baris baru");
    EXPECT_EQ(ReadPassphraseFile(file), "tanpa baris baru");
    EXPECT_FALSE(PassphraseFromEnvironment().has_value());
    ::setenv("ZIWB_PASSPHRASE_FILE", file.c_str(), 1);
    EXPECT_EQ(PassphraseFromEnvironment(), std::optional<std::string>("tanpa baris baru"));
    ::unsetenv("ZIWB_PASSPHRASE_FILE");
    for (const char* empty : {"", "\n", "\r\nlater"}) {
        test::WriteFile(file, empty);
        EXPECT_NE(UserErrorOf([&] { (void)ReadPassphraseFile(file); }).find("empty"), std::string::npos);
    }
    EXPECT_NE(UserErrorOf([&] { (void)ReadPassphraseFile(m_dir.Path() / "missing.txt"); }).find("missing.txt"),
              std::string::npos);
}

}  // namespace
}  // namespace ziwb::core
