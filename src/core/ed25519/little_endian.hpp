// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace ziwb::core::ed25519 {

/// Reads 8 * words.size() little-endian bytes into 64-bit words that start at zero (Ed25519 encodes
/// every number so).
inline void ReadLittleEndian(const std::uint8_t* bytes, std::span<std::uint64_t> words) {
    for (std::size_t i = 0; i < 8 * words.size(); ++i) {
        words[i / 8] |= static_cast<std::uint64_t>(bytes[i]) << (8 * (i % 8));
    }
}

}  // namespace ziwb::core::ed25519
