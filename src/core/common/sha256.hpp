// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace ziwb::core {

/// Streaming SHA-256 (OpenSSL EVP): feed any number of chunks, then take the hex digest.
class Sha256 {
public:
    Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    ~Sha256();
    void Update(std::span<const std::byte> data);
    void Update(std::string_view text);
    /// The lower-case hex digest; the hasher starts over afterwards.
    [[nodiscard]] std::string FinishHex();

    [[nodiscard]] static std::string HexOf(std::string_view data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace ziwb::core
