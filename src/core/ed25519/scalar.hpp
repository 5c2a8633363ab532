// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace ziwb::core::ed25519 {

/// Little-endian 64-bit words of a non-negative integer.
template <std::size_t Words>
using Wide = std::array<std::uint64_t, Words>;

/// The group order L = 2^252 + 27742317777372353535851937790883648493.
[[nodiscard]] const Wide<4>& GroupOrder();
/// The 32 little-endian bytes as words.
[[nodiscard]] Wide<4> ScalarFromBytes(const std::uint8_t* bytes);
/// Whether the 32 little-endian bytes hold a number below L (RFC 8032 refuses S >= L).
[[nodiscard]] bool IsCanonicalScalar(const std::uint8_t* bytes);
/// sum += factor * value. The caller sizes `sum` so that it cannot overflow.
void MultiplyAccumulate(std::span<std::uint64_t> sum, std::span<const std::uint64_t> factor,
                        std::span<const std::uint64_t> value);
/// value mod L, bit by bit: for the few sums of a batch, not for every signature.
[[nodiscard]] Wide<4> ReduceModOrder(std::span<const std::uint64_t> value);

}  // namespace ziwb::core::ed25519
