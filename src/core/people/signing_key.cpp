// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/signing_key.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {

namespace {

constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;
// scrypt parameters of `openssl pkcs8 -topk8 -scrypt`: 16 MiB of memory per guess, and within the
// 32 MiB OpenSSL allows itself when it opens such a key (a larger N could not be read back).
constexpr std::uint64_t kScryptN = 16384;
constexpr std::uint64_t kScryptR = 8;
constexpr std::uint64_t kScryptP = 1;
constexpr int kSaltBytes = 16;  // OpenSSL's default is 8

constexpr std::string_view kEncryptedPemBegin = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
constexpr std::string_view kPlainPemBegin = "-----BEGIN PRIVATE KEY-----";

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyContextFree {
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
struct MdContextFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct Pkcs8InfoFree {
    void operator()(PKCS8_PRIV_KEY_INFO* info) const { PKCS8_PRIV_KEY_INFO_free(info); }
};
struct X509SigFree {
    void operator()(X509_SIG* sig) const { X509_SIG_free(sig); }
};
struct X509AlgorFree {
    void operator()(X509_ALGOR* algorithm) const { X509_ALGOR_free(algorithm); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyContextFree>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, MdContextFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8InfoFree>;
using X509SigPtr = std::unique_ptr<X509_SIG, X509SigFree>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, X509AlgorFree>;

/// An internal failure of OpenSSL, with what it was doing; clears OpenSSL's error queue.
[[noreturn]] void ThrowOpenSslError(std::string_view what) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    std::string message = "OpenSSL: " + std::string(what);
    if (code != 0) {
        std::array<char, 256> text{};
        ERR_error_string_n(code, text.data(), text.size());
        message += " (" + std::string(text.data()) + ")";
    }
    throw Error(message);
}

/// Never lets OpenSSL ask for a passphrase on the terminal (its default when no callback is given).
int NoPassphrase(char* /*buffer*/, int /*size*/, int /*rwflag*/, void* /*user*/) {
    return -1;
}

BioPtr ReadingBio(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(INT_MAX)) {
        return nullptr;
    }
    return BioPtr(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

std::string BioText(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || data == nullptr) {
        ThrowOpenSslError("writing the key as PEM");
    }
    return {data, static_cast<std::size_t>(length)};
}

[[noreturn]] void RefuseNotAKey() {
    throw UserError(
        Tr("this is not an Ed25519 private key in PKCS#8 PEM form (-----BEGIN PRIVATE KEY-----): use the "
           "key file ziwb made"));
}

/// The private key inside an encrypted PKCS#8 PEM, or a UserError when the passphrase does not open it.
Pkcs8InfoPtr DecryptPkcs8(const std::string& pem, const std::optional<std::string>& passphrase) {
    const BioPtr bio = ReadingBio(pem);
    const X509SigPtr encrypted(bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, NoPassphrase, nullptr) : nullptr);
    if (!encrypted) {
        ERR_clear_error();
        RefuseNotAKey();
    }
    if (!passphrase) {
        throw UserError(
            Tr("this key is protected by a passphrase and none was given: give the passphrase in a file "
               "(--passphrase-file, or the ZIWB_PASSPHRASE_FILE environment variable)"));
    }
    Pkcs8InfoPtr info;
    if (passphrase->size() <= static_cast<std::size_t>(INT_MAX)) {
        info.reset(PKCS8_decrypt(encrypted.get(), passphrase->data(), static_cast<int>(passphrase->size())));
    }
    if (!info) {
        ERR_clear_error();
        throw UserError(
            Tr("the passphrase does not open this key: check the passphrase file (its first line is the "
               "passphrase given when the key was made)"));
    }
    return info;
}

Pkcs8InfoPtr ReadPlainPkcs8(const std::string& pem) {
    const BioPtr bio = ReadingBio(pem);
    Pkcs8InfoPtr info(bio ? PEM_read_bio_PKCS8_PRIV_KEY_INFO(bio.get(), nullptr, NoPassphrase, nullptr) : nullptr);
    if (!info) {
        ERR_clear_error();
        RefuseNotAKey();
    }
    return info;
}

/// Hex digit value, or -1 for anything but 0-9 and a-f.
int HexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

std::string ToHex(const unsigned char* bytes, std::size_t size) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex.push_back(kHex[bytes[i] >> 4]);
        hex.push_back(kHex[bytes[i] & 0x0f]);
    }
    return hex;
}

/// OpenSSL takes a pointer even for no bytes; a default string_view has none.
const unsigned char* Bytes(std::string_view text) {
    static constexpr unsigned char kNothing = 0;
    return text.data() == nullptr ? &kNothing : reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace

struct SigningKey::Key {
    PkeyPtr pkey;
};

SigningKey::SigningKey(std::unique_ptr<Key> key) : m_key(std::move(key)) {}
SigningKey::SigningKey(SigningKey&& other) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&& other) noexcept = default;
SigningKey::~SigningKey() = default;

SigningKey SigningKey::Generate() {
    const PkeyContextPtr context(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* generated = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &generated) != 1) {
        ThrowOpenSslError("generating an Ed25519 key");
    }
    auto key = std::make_unique<Key>();
    key->pkey.reset(generated);
    return SigningKey(std::move(key));
}

SigningKey SigningKey::FromPem(const std::string& pem, const std::optional<std::string>& passphrase) {
    Pkcs8InfoPtr info;
    if (pem.find(kEncryptedPemBegin) != std::string::npos) {
        info = DecryptPkcs8(pem, passphrase);
    } else if (pem.find(kPlainPemBegin) != std::string::npos) {
        info = ReadPlainPkcs8(pem);
    } else {
        RefuseNotAKey();
    }
    PkeyPtr pkey(EVP_PKCS82PKEY(info.get()));
    if (!pkey || EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519) {
        ERR_clear_error();
        RefuseNotAKey();
    }
    auto key = std::make_unique<Key>();
    key->pkey = std::move(pkey);
    return SigningKey(std::move(key));
}

std::string SigningKey::ToPem(const std::optional<std::string>& passphrase) const {
    const Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key->pkey.get()));
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!info || !bio) {
        ThrowOpenSslError("preparing the key for writing");
    }
    if (!passphrase) {
        if (PEM_write_bio_PKCS8_PRIV_KEY_INFO(bio.get(), info.get()) != 1) {
            ThrowOpenSslError("writing the key as PEM");
        }
        return BioText(bio.get());
    }
    if (passphrase->empty()) {
        throw UserError(Tr("the passphrase is empty: give one, or none to keep the key without a passphrase"));
    }
    if (passphrase->size() > static_cast<std::size_t>(INT_MAX)) {
        throw UserError(Tr("the passphrase is too long"));
    }
    // A random salt of kSaltBytes and a random IV (OpenSSL makes them when none are given).
    X509AlgorPtr algorithm(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, kSaltBytes, nullptr, kScryptN, kScryptR, kScryptP));
    if (!algorithm) {
        ThrowOpenSslError("setting up the passphrase encryption");
    }
    const X509SigPtr encrypted(
        PKCS8_set0_pbe(passphrase->data(), static_cast<int>(passphrase->size()), info.get(), algorithm.get()));
    if (!encrypted) {
        ThrowOpenSslError("encrypting the key");
    }
    static_cast<void>(algorithm.release());  // now owned by `encrypted`
    if (PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1) {
        ThrowOpenSslError("writing the key as PEM");
    }
    return BioText(bio.get());
}

std::string SigningKey::PublicKeyHex() const {
    std::array<unsigned char, kPublicKeyBytes> raw{};
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(m_key->pkey.get(), raw.data(), &length) != 1 || length != raw.size()) {
        ThrowOpenSslError("reading the public key");
    }
    return ToHex(raw.data(), raw.size());
}

std::string SigningKey::Sign(std::string_view message) const {
    const MdContextPtr context(EVP_MD_CTX_new());
    std::string signature(kSignatureBytes, '\0');
    std::size_t length = signature.size();
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key->pkey.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, Bytes(message),
                       message.size()) != 1 ||
        length != kSignatureBytes) {
        ThrowOpenSslError("signing");
    }
    return signature;
}

bool VerifySignature(std::string_view public_key_hex, std::string_view message, std::string_view signature) noexcept {
    // Initialised once, on the first call from any thread (a function-local static); verifying needs
    // none of the randomness sodium_init looks for, so a failure only makes every signature invalid.
    static const bool sodium_ready = sodium_init() >= 0;
    const auto raw = PublicKeyBytes(public_key_hex);
    if (!sodium_ready || signature.size() != crypto_sign_BYTES || !raw) {
        return false;
    }
    static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES && kSignatureBytes == crypto_sign_BYTES);
    // Stricter than RFC 8032 asks (it refuses keys of small order and non-canonical encodings), which
    // no signature made by an honest key meets; OpenSSL signs, and both agree on every such signature.
    return crypto_sign_verify_detached(Bytes(signature), Bytes(message), message.size(), raw->data()) == 0;
}

std::optional<std::array<unsigned char, 32>> PublicKeyBytes(std::string_view hex) noexcept {
    static_assert(kPublicKeyBytes == 32);
    if (!IsPublicKeyHex(hex)) {
        return std::nullopt;
    }
    std::array<unsigned char, kPublicKeyBytes> raw{};
    for (std::size_t i = 0; i < raw.size(); ++i) {
        raw[i] = static_cast<unsigned char>(HexValue(hex[2 * i]) * 16 + HexValue(hex[2 * i + 1]));
    }
    return raw;
}

bool IsPublicKeyHex(std::string_view text) noexcept {
    return text.size() == 2 * kPublicKeyBytes &&
           std::all_of(text.begin(), text.end(), [](char c) { return HexValue(c) >= 0; });
}

}  // namespace ziwb::core
