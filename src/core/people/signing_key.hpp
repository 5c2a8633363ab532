#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ziwb::core {

/// An Ed25519 private key (RFC 8032, through OpenSSL 3): a person's signature on every change they
/// make. Move-only; the key material stays inside OpenSSL.
class SigningKey {
public:
    [[nodiscard]] static SigningKey Generate();
    /// Reads a PKCS#8 PEM private key; a passphrase is needed when the PEM is encrypted. Throws
    /// UserError when the passphrase is wrong or missing, or the text is not an Ed25519 key.
    [[nodiscard]] static SigningKey FromPem(const std::string& pem, const std::optional<std::string>& passphrase);

    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    /// PKCS#8 PEM, encrypted with AES-256-CBC under a key derived from the passphrase (OpenSSL's
    /// PBES2 with PBKDF2) when one is given.
    [[nodiscard]] std::string ToPem(const std::optional<std::string>& passphrase) const;
    /// The public key: its 32 bytes as 64 lowercase hex digits.
    [[nodiscard]] std::string PublicKeyHex() const;
    /// The 64-byte signature of `message`.
    [[nodiscard]] std::string Sign(std::string_view message) const;

private:
    struct Key;
    explicit SigningKey(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

/// Whether `signature` is `public_key_hex`'s signature of `message`. Never throws: malformed keys
/// and signatures are simply not valid. Safe to call from several threads at once.
[[nodiscard]] bool VerifySignature(std::string_view public_key_hex, std::string_view message,
                                   std::string_view signature);

}  // namespace ziwb::core
