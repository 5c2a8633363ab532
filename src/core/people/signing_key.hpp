// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ziwb::core {

/// An Ed25519 private key (RFC 8032, through OpenSSL 3): a person's signature on every change they
/// make, so a change can be traced to who made it and cannot be altered afterwards. Move-only: the
/// key material stays inside OpenSSL and is never copied around.
class SigningKey {
public:
    /// A new random key pair (OpenSSL's random generator).
    [[nodiscard]] static SigningKey Generate();
    /// Reads a PKCS#8 PEM private key; the passphrase is required when the PEM is encrypted (and
    /// ignored when it is not). Throws UserError when the passphrase is wrong or missing, and when
    /// the text is not an Ed25519 private key. Never asks on a terminal.
    [[nodiscard]] static SigningKey FromPem(const std::string& pem, const std::optional<std::string>& passphrase);

    /// A moved-from key holds nothing: it may only be assigned to or destroyed.
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    /// PKCS#8 PEM. With a passphrase it is encrypted (PBES2: AES-256-CBC under a key derived with
    /// scrypt N=16384, r=8, p=1, as `openssl pkcs8 -topk8 -scrypt` does, so OpenSSL's own tools can
    /// open it); scrypt makes guessing the passphrase of a stolen file slow. An empty passphrase is
    /// a UserError.
    [[nodiscard]] std::string ToPem(const std::optional<std::string>& passphrase) const;
    /// The public key: its 32 raw bytes as 64 lowercase hex digits, the form stored beside a person.
    [[nodiscard]] std::string PublicKeyHex() const;
    /// The 64-byte signature of `message` (raw bytes).
    [[nodiscard]] std::string Sign(std::string_view message) const;

private:
    struct Key;
    explicit SigningKey(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

/// Whether `signature` (64 raw bytes) is the signature of `message` by the key `public_key_hex`
/// (64 lowercase hex digits). Never throws: a malformed key or signature is simply not valid.
/// Safe and lock-free to call from several threads at once (an audit checks every entry of a log):
/// libsodium keeps no state between calls. Signing stays with OpenSSL, which holds the keys.
[[nodiscard]] bool VerifySignature(std::string_view public_key_hex, std::string_view message,
                                   std::string_view signature) noexcept;

/// Whether `text` is a public key as stored: exactly 64 lowercase hex digits.
[[nodiscard]] bool IsPublicKeyHex(std::string_view text) noexcept;
/// The 32 raw bytes of a public key as stored; nullopt unless IsPublicKeyHex.
[[nodiscard]] std::optional<std::array<unsigned char, 32>> PublicKeyBytes(std::string_view hex) noexcept;

}  // namespace ziwb::core
