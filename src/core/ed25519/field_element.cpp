// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519/field_element.hpp"

#include "ed25519/little_endian.hpp"

namespace ziwb::core::ed25519 {
namespace {

using field_detail::Carry;
using field_detail::CarryLowLimbs;
using field_detail::kMask;
using field_detail::Wide;

FieldElement SquareTimes(FieldElement a, int times) {
    for (int i = 0; i < times; ++i) {
        a = Square(a);
    }
    return a;
}

/// a^(2^250 - 1) and a^11, shared by Invert and PowP58.
struct ChainParts {
    FieldElement pow_250_0;
    FieldElement pow_11;
};

ChainParts Chain(const FieldElement& a) {
    const FieldElement a2 = Square(a);
    const FieldElement a9 = Mul(SquareTimes(a2, 2), a);
    const FieldElement a11 = Mul(a9, a2);
    const FieldElement p_5_0 = Mul(Square(a11), a9);  // a^(2^5 - 1)
    const FieldElement p_10_0 = Mul(SquareTimes(p_5_0, 5), p_5_0);
    const FieldElement p_20_0 = Mul(SquareTimes(p_10_0, 10), p_10_0);
    const FieldElement p_40_0 = Mul(SquareTimes(p_20_0, 20), p_20_0);
    const FieldElement p_50_0 = Mul(SquareTimes(p_40_0, 10), p_10_0);
    const FieldElement p_100_0 = Mul(SquareTimes(p_50_0, 50), p_50_0);
    const FieldElement p_200_0 = Mul(SquareTimes(p_100_0, 100), p_100_0);
    const FieldElement p_250_0 = Mul(SquareTimes(p_200_0, 50), p_50_0);
    return {p_250_0, a11};
}

/// Square-and-multiply by an exponent given as little-endian bytes: for the constants only.
FieldElement Pow(const FieldElement& base, const std::array<std::uint8_t, 32>& exponent) {
    FieldElement result = FieldOne();
    for (int bit = 255; bit >= 0; --bit) {
        result = Square(result);
        if (((exponent[static_cast<std::size_t>(bit / 8)] >> (bit % 8)) & 1U) != 0) {
            result = Mul(result, base);
        }
    }
    return result;
}

}  // namespace

FieldElement FieldZero() {
    return {};
}

FieldElement FieldOne() {
    return FieldFromSmall(1);
}

FieldElement FieldFromSmall(std::uint32_t value) {
    FieldElement out;
    out.limb[0] = value;
    return out;
}

FieldElement Negate(const FieldElement& a) {
    return Sub(FieldZero(), a);
}

FieldElement Invert(const FieldElement& a) {
    const ChainParts parts = Chain(a);
    return Mul(SquareTimes(parts.pow_250_0, 5), parts.pow_11);  // a^(2^255 - 21) = a^(p - 2)
}

FieldElement PowP58(const FieldElement& a) {
    return Mul(SquareTimes(Chain(a).pow_250_0, 2), a);  // a^(2^252 - 3)
}

std::array<std::uint8_t, 32> ToBytes(const FieldElement& a) {
    FieldElement t = Carry(Carry(a));  // below 2p now
    auto& l = t.limb;
    // q = 1 exactly when t >= p: t + 19 then reaches 2^255.
    std::uint64_t q = (l[0] + 19) >> 51;
    q = (l[1] + q) >> 51;
    q = (l[2] + q) >> 51;
    q = (l[3] + q) >> 51;
    q = (l[4] + q) >> 51;
    l[0] += 19 * q;
    CarryLowLimbs(l);
    l[4] &= kMask;  // the 2^255 dropped here is the p taken away (with the 19 added above)
    std::array<std::uint8_t, 32> out{};
    Wide acc = 0;
    int bits = 0;
    std::size_t byte = 0;
    for (const std::uint64_t limb : l) {
        acc |= static_cast<Wide>(limb) << bits;
        bits += 51;
        while (bits >= 8 && byte < out.size()) {
            out[byte++] = static_cast<std::uint8_t>(acc & 0xFFU);
            acc >>= 8;
            bits -= 8;
        }
    }
    if (byte < out.size()) {
        out[byte] = static_cast<std::uint8_t>(acc & 0xFFU);
    }
    return out;
}

bool FromBytesCanonical(const std::uint8_t* bytes, FieldElement& out) {
    std::array<std::uint64_t, 4> words{};
    ReadLittleEndian(bytes, words);
    words[3] &= ~(std::uint64_t{1} << 63);
    out.limb[0] = words[0] & kMask;
    out.limb[1] = ((words[0] >> 51) | (words[1] << 13)) & kMask;
    out.limb[2] = ((words[1] >> 38) | (words[2] << 26)) & kMask;
    out.limb[3] = ((words[2] >> 25) | (words[3] << 39)) & kMask;
    out.limb[4] = (words[3] >> 12) & kMask;
    const bool at_least_p = out.limb[4] == kMask && out.limb[3] == kMask && out.limb[2] == kMask &&
                            out.limb[1] == kMask && out.limb[0] >= kMask - 18;
    return !at_least_p;
}

bool IsZero(const FieldElement& a) {
    const auto bytes = ToBytes(a);
    for (const std::uint8_t b : bytes) {
        if (b != 0) {
            return false;
        }
    }
    return true;
}

bool Equal(const FieldElement& a, const FieldElement& b) {
    return ToBytes(a) == ToBytes(b);
}

bool IsOdd(const FieldElement& a) {
    return (ToBytes(a)[0] & 1U) != 0;
}

const CurveConstants& Constants() {
    static const CurveConstants constants = [] {
        CurveConstants c;
        c.d = Negate(Mul(FieldFromSmall(121665), Invert(FieldFromSmall(121666))));
        c.d2 = Add(c.d, c.d);
        // (p - 1) / 4 = 2^253 - 5: every bit of 253 set but bit 2.
        std::array<std::uint8_t, 32> exponent{};
        exponent.fill(0xFF);
        exponent[0] = 0xFB;
        exponent[31] = 0x1F;
        c.sqrt_m1 = Pow(FieldFromSmall(2), exponent);
        return c;
    }();
    return constants;
}

}  // namespace ziwb::core::ed25519
