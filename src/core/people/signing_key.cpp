#include "people/signing_key.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <array>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

struct FreeKey {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct FreeContext {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct FreeBio {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using KeyPointer = std::unique_ptr<EVP_PKEY, FreeKey>;
using ContextPointer = std::unique_ptr<EVP_MD_CTX, FreeContext>;
using BioPointer = std::unique_ptr<BIO, FreeBio>;

constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

std::optional<std::array<unsigned char, kPublicKeyBytes>> DecodeKeyHex(std::string_view hex) {
    if (hex.size() != kPublicKeyBytes * 2) {
        return std::nullopt;
    }
    std::array<unsigned char, kPublicKeyBytes> bytes{};
    for (std::size_t i = 0; i < kPublicKeyBytes; ++i) {
        int value = 0;
        for (const char c : hex.substr(i * 2, 2)) {
            int digit = -1;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            }
            if (digit < 0) {
                return std::nullopt;
            }
            value = value * 16 + digit;
        }
        bytes[i] = static_cast<unsigned char>(value);
    }
    return bytes;
}

// OpenSSL keeps errors in a per-thread queue: clear it so an expected failure (a wrong
// passphrase) does not surface later as someone else's error.
void ClearOpenSslErrors() {
    ERR_clear_error();
}

}  // namespace

struct SigningKey::Key {
    KeyPointer key;
};

SigningKey::SigningKey(std::unique_ptr<Key> key) : m_key(std::move(key)) {}
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;
SigningKey::~SigningKey() = default;

SigningKey SigningKey::Generate() {
    KeyPointer key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key) {
        ClearOpenSslErrors();
        throw Error("OpenSSL could not make an Ed25519 key");
    }
    return SigningKey(std::make_unique<Key>(Key{std::move(key)}));
}

SigningKey SigningKey::FromPem(const std::string& pem, const std::optional<std::string>& passphrase) {
    BioPointer bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) {
        throw Error("OpenSSL could not read memory");
    }
    // An empty passphrase for an encrypted key makes the read fail instead of prompting.
    std::string secret = passphrase.value_or("");
    KeyPointer key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, secret.data()));
    const bool encrypted = pem.find("ENCRYPTED") != std::string::npos;
    ClearOpenSslErrors();
    if (!key) {
        if (encrypted) {
            throw UserError(passphrase ? Tr("the passphrase does not open this key: check it and try again")
                                       : Tr("this key is protected by a passphrase: give the passphrase"));
        }
        throw UserError(Tr("the key file does not hold a private key"));
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        throw UserError(Tr("the key file holds a key of another kind than Ed25519"));
    }
    return SigningKey(std::make_unique<Key>(Key{std::move(key)}));
}

std::string SigningKey::ToPem(const std::optional<std::string>& passphrase) const {
    BioPointer bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        throw Error("OpenSSL could not allocate memory");
    }
    int written = 0;
    if (passphrase) {
        std::string secret = *passphrase;
        written = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key->key.get(), EVP_aes_256_cbc(), secret.data(),
                                                static_cast<int>(secret.size()), nullptr, nullptr);
    } else {
        written = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key->key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    }
    if (written != 1) {
        ClearOpenSslErrors();
        throw Error("OpenSSL could not write the key");
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return {data, static_cast<std::size_t>(size)};
}

std::string SigningKey::PublicKeyHex() const {
    std::array<unsigned char, kPublicKeyBytes> bytes{};
    std::size_t size = bytes.size();
    if (EVP_PKEY_get_raw_public_key(m_key->key.get(), bytes.data(), &size) != 1 || size != kPublicKeyBytes) {
        ClearOpenSslErrors();
        throw Error("OpenSSL could not give the public key");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : bytes) {
        hex += kHex[byte >> 4U];
        hex += kHex[byte & 0x0fU];
    }
    return hex;
}

std::string SigningKey::Sign(std::string_view message) const {
    ContextPointer context(EVP_MD_CTX_new());
    std::string signature(kSignatureBytes, '\0');
    std::size_t size = signature.size();
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key->key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
        size != kSignatureBytes) {
        ClearOpenSslErrors();
        throw Error("OpenSSL could not sign");
    }
    return signature;
}

bool VerifySignature(std::string_view public_key_hex, std::string_view message, std::string_view signature) {
    const auto raw = DecodeKeyHex(public_key_hex);
    if (!raw || signature.size() != kSignatureBytes) {
        return false;
    }
    KeyPointer key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, raw->data(), raw->size()));
    ContextPointer context(EVP_MD_CTX_new());
    const bool valid =
        key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                         reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
    ClearOpenSslErrors();
    return valid;
}

}  // namespace ziwb::core
