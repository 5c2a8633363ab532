// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sha256.hpp"

#include <openssl/evp.h>

#include "common/error.hpp"

namespace ziwb::core {

namespace {

void StartDigest(EVP_MD_CTX* context) {
    if (context == nullptr || EVP_DigestInit_ex(context, EVP_sha256(), nullptr) != 1) {
        throw Error("SHA-256 is not available from OpenSSL");
    }
}

}  // namespace

struct Sha256::Context {
    struct Free {
        void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> ctx{EVP_MD_CTX_new()};
};

Sha256::Sha256() : m_context(std::make_unique<Context>()) {
    StartDigest(m_context->ctx.get());
}
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::Update(std::span<const std::byte> data) {
    if (!data.empty() && EVP_DigestUpdate(m_context->ctx.get(), data.data(), data.size()) != 1) {
        throw Error("SHA-256 update failed");
    }
}

void Sha256::Update(std::string_view text) {
    Update(std::as_bytes(std::span<const char>(text.data(), text.size())));
}

std::string Sha256::FinishHex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->ctx.get(), digest, &length) != 1) {
        throw Error("SHA-256 final failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(static_cast<std::size_t>(length) * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0f]);
    }
    StartDigest(m_context->ctx.get());
    return hex;
}

std::string Sha256::HexOf(std::string_view data) {
    Sha256 hasher;
    hasher.Update(data);
    return hasher.FinishHex();
}

}  // namespace ziwb::core
