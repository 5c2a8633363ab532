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
[[nodiscard]] inline FieldElement Add(const FieldElement& a, const FieldElement& b);
[[nodiscard]] inline FieldElement Sub(const FieldElement& a, const FieldElement& b);
[[nodiscard]] FieldElement Negate(const FieldElement& a);
[[nodiscard]] inline FieldElement Mul(const FieldElement& a, const FieldElement& b);
[[nodiscard]] inline FieldElement Square(const FieldElement& a);
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

// The four operations a point operation makes a dozen of, inline: the batch verifier spends most
// of its time in them.
namespace field_detail {

__extension__ using Wide = unsigned __int128;  // GCC and Clang, also for mingw-w64 (x86-64)

constexpr std::uint64_t kMask = (std::uint64_t{1} << 51) - 1;
// 4p in limbs: added before subtracting, so that no limb goes below zero. Every operation leaves
// limbs below 2^52, far under these.
constexpr std::uint64_t kFourP0 = 4 * (kMask - 18);
constexpr std::uint64_t kFourP = 4 * kMask;

/// Moves what each of the four low limbs holds above 51 bits into the next limb.
inline void CarryLowLimbs(std::array<std::uint64_t, 5>& l) {
    for (std::size_t i = 0; i < 4; ++i) {
        l[i + 1] += l[i] >> 51;
        l[i] &= kMask;
    }
}

inline FieldElement Carry(FieldElement a) {
    auto& l = a.limb;
    CarryLowLimbs(l);
    l[0] += 19 * (l[4] >> 51);
    l[4] &= kMask;
    return a;
}

inline FieldElement CarryWide(Wide r0, Wide r1, Wide r2, Wide r3, Wide r4) {
    FieldElement out;
    r1 += r0 >> 51;
    r2 += r1 >> 51;
    r3 += r2 >> 51;
    r4 += r3 >> 51;
    const Wide low = (r0 & kMask) + (r4 >> 51) * 19;
    out.limb[0] = static_cast<std::uint64_t>(low & kMask);
    out.limb[1] = static_cast<std::uint64_t>((r1 & kMask) + (low >> 51));
    out.limb[2] = static_cast<std::uint64_t>(r2 & kMask);
    out.limb[3] = static_cast<std::uint64_t>(r3 & kMask);
    out.limb[4] = static_cast<std::uint64_t>(r4 & kMask);
    return out;
}

inline Wide M(std::uint64_t a, std::uint64_t b) {
    return static_cast<Wide>(a) * b;
}

}  // namespace field_detail

inline FieldElement Add(const FieldElement& a, const FieldElement& b) {
    FieldElement out;
    for (std::size_t i = 0; i < 5; ++i) {
        out.limb[i] = a.limb[i] + b.limb[i];
    }
    return field_detail::Carry(out);
}

inline FieldElement Sub(const FieldElement& a, const FieldElement& b) {
    FieldElement out;
    out.limb[0] = a.limb[0] + field_detail::kFourP0 - b.limb[0];
    for (std::size_t i = 1; i < 5; ++i) {
        out.limb[i] = a.limb[i] + field_detail::kFourP - b.limb[i];
    }
    return field_detail::Carry(out);
}

inline FieldElement Mul(const FieldElement& a, const FieldElement& b) {
    using field_detail::M;
    using field_detail::Wide;
    const auto& x = a.limb;
    const auto& y = b.limb;
    const std::uint64_t y1 = 19 * y[1];
    const std::uint64_t y2 = 19 * y[2];
    const std::uint64_t y3 = 19 * y[3];
    const std::uint64_t y4 = 19 * y[4];
    const Wide r0 = M(x[0], y[0]) + M(x[1], y4) + M(x[2], y3) + M(x[3], y2) + M(x[4], y1);
    const Wide r1 = M(x[0], y[1]) + M(x[1], y[0]) + M(x[2], y4) + M(x[3], y3) + M(x[4], y2);
    const Wide r2 = M(x[0], y[2]) + M(x[1], y[1]) + M(x[2], y[0]) + M(x[3], y4) + M(x[4], y3);
    const Wide r3 = M(x[0], y[3]) + M(x[1], y[2]) + M(x[2], y[1]) + M(x[3], y[0]) + M(x[4], y4);
    const Wide r4 = M(x[0], y[4]) + M(x[1], y[3]) + M(x[2], y[2]) + M(x[3], y[1]) + M(x[4], y[0]);
    return field_detail::CarryWide(r0, r1, r2, r3, r4);
}

inline FieldElement Square(const FieldElement& a) {
    using field_detail::M;
    using field_detail::Wide;
    const auto& x = a.limb;
    const std::uint64_t d0 = 2 * x[0];
    const std::uint64_t d1 = 2 * x[1];
    const std::uint64_t d2 = 2 * x[2];
    const std::uint64_t d3 = 2 * x[3];
    const std::uint64_t x3_19 = 19 * x[3];
    const std::uint64_t x4_19 = 19 * x[4];
    const Wide r0 = M(x[0], x[0]) + M(d1, x4_19) + M(d2, x3_19);
    const Wide r1 = M(d0, x[1]) + M(d2, x4_19) + M(x[3], x3_19);
    const Wide r2 = M(d0, x[2]) + M(x[1], x[1]) + M(d3, x4_19);
    const Wide r3 = M(d0, x[3]) + M(d1, x[2]) + M(x[4], x4_19);
    const Wide r4 = M(d0, x[4]) + M(d1, x[3]) + M(x[2], x[2]);
    return field_detail::CarryWide(r0, r1, r2, r3, r4);
}

}  // namespace ziwb::core::ed25519
