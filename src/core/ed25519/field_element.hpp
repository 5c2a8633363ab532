// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace ziwb::core::ed25519 {

/// An element of GF(2^255 - 19) in five limbs of 51 bits. The limbs may hold a little more than 51
/// bits between operations (every operation carries once), so only ToBytes gives the one canonical
/// form. Variable time: the batch verifier works on public data only (signatures, keys, messages).
struct FieldElement {
    std::array<std::uint64_t, 5> limb{};
};

[[nodiscard]] FieldElement FieldZero();
[[nodiscard]] FieldElement FieldOne();
[[nodiscard]] FieldElement FieldFromSmall(std::uint32_t value);
[[nodiscard]] FieldElement Add(const FieldElement& a, const FieldElement& b);
[[nodiscard]] FieldElement Sub(const FieldElement& a, const FieldElement& b);
[[nodiscard]] FieldElement Negate(const FieldElement& a);
[[nodiscard]] FieldElement Mul(const FieldElement& a, const FieldElement& b);
[[nodiscard]] FieldElement Square(const FieldElement& a);
/// a^(p-2), the inverse of a non-zero a (zero gives zero).
[[nodiscard]] FieldElement Invert(const FieldElement& a);
/// a^((p-5)/8), the heart of a square root (RFC 8032, 5.1.3).
[[nodiscard]] FieldElement PowP58(const FieldElement& a);

/// The canonical 32 little-endian bytes (the top bit clear).
[[nodiscard]] std::array<std::uint8_t, 32> ToBytes(const FieldElement& a);
/// Reads 255 bits (the top bit of byte 31 is ignored). False, with `out` unspecified, when the value
/// is not below p: such an encoding is not canonical.
[[nodiscard]] bool FromBytesCanonical(const std::uint8_t* bytes, FieldElement& out);
[[nodiscard]] bool IsZero(const FieldElement& a);
[[nodiscard]] bool Equal(const FieldElement& a, const FieldElement& b);
/// Whether the canonical value is odd (RFC 8032's "negative" x).
[[nodiscard]] bool IsOdd(const FieldElement& a);

/// The curve's constants, computed once from their definitions (no transcribed digits).
struct CurveConstants {
    FieldElement d;        ///< -121665/121666
    FieldElement d2;       ///< 2d
    FieldElement sqrt_m1;  ///< 2^((p-1)/4), a square root of -1
};
[[nodiscard]] const CurveConstants& Constants();

}  // namespace ziwb::core::ed25519
