// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519/edwards_point.hpp"

// The formulas are Hisil, Wong, Carter and Dawson's for a = -1 ("Twisted Edwards curves
// revisited", 2008): the unified addition is complete on this curve, so it also doubles and adds
// the identity.

namespace ziwb::core::ed25519 {

EdwardsPoint Identity() {
    return {};
}

const EdwardsPoint& BasePoint() {
    static const EdwardsPoint base = [] {
        std::array<std::uint8_t, 32> encoding{};
        encoding.fill(0x66);
        encoding[0] = 0x58;  // y = 4/5, x even
        EdwardsPoint point;
        (void)Decode(encoding.data(), point);
        return point;
    }();
    return base;
}

CachedPoint ToCached(const EdwardsPoint& p) {
    return {Add(p.y, p.x), Sub(p.y, p.x), Add(p.z, p.z), Mul(p.t, Constants().d2)};
}

namespace {

EdwardsPoint Finish(const FieldElement& a, const FieldElement& b, const FieldElement& c, const FieldElement& d) {
    const FieldElement e = Sub(b, a);
    const FieldElement f = Sub(d, c);
    const FieldElement g = Add(d, c);
    const FieldElement h = Add(b, a);
    return {Mul(e, f), Mul(g, h), Mul(f, g), Mul(e, h)};
}

}  // namespace

EdwardsPoint AddCached(const EdwardsPoint& p, const CachedPoint& q) {
    const FieldElement a = Mul(Sub(p.y, p.x), q.y_minus_x);
    const FieldElement b = Mul(Add(p.y, p.x), q.y_plus_x);
    const FieldElement c = Mul(p.t, q.t2d);
    const FieldElement d = Mul(p.z, q.z2);
    return Finish(a, b, c, d);
}

EdwardsPoint SubCached(const EdwardsPoint& p, const CachedPoint& q) {
    // -Q swaps Y+X and Y-X and negates T.
    const FieldElement a = Mul(Sub(p.y, p.x), q.y_plus_x);
    const FieldElement b = Mul(Add(p.y, p.x), q.y_minus_x);
    const FieldElement c = Negate(Mul(p.t, q.t2d));
    const FieldElement d = Mul(p.z, q.z2);
    return Finish(a, b, c, d);
}

EdwardsPoint Add(const EdwardsPoint& p, const EdwardsPoint& q) {
    return AddCached(p, ToCached(q));
}

EdwardsPoint Double(const EdwardsPoint& p) {
    const FieldElement a = Square(p.x);
    const FieldElement b = Square(p.y);
    const FieldElement zz = Square(p.z);
    const FieldElement c = Add(zz, zz);
    const FieldElement h = Add(a, b);
    const FieldElement e = Sub(h, Square(Add(p.x, p.y)));
    const FieldElement g = Sub(a, b);
    const FieldElement f = Add(c, g);
    // These are the paper's E, F, G and H each negated (a = -1); the products cancel the signs.
    return {Mul(e, f), Mul(g, h), Mul(f, g), Mul(e, h)};
}

EdwardsPoint NegatePoint(const EdwardsPoint& p) {
    return {Negate(p.x), p.y, p.z, Negate(p.t)};
}

bool IsIdentity(const EdwardsPoint& p) {
    return IsZero(p.x) && Equal(p.y, p.z);
}

bool HasSmallOrder(const EdwardsPoint& p) {
    return IsIdentity(Double(Double(Double(p))));
}

bool Decode(const std::uint8_t* bytes, EdwardsPoint& out) {
    FieldElement y;
    if (!FromBytesCanonical(bytes, y)) {
        return false;
    }
    const bool x_odd = (bytes[31] & 0x80U) != 0;
    const FieldElement yy = Square(y);
    const FieldElement u = Sub(yy, FieldOne());
    const FieldElement v = Add(Mul(Constants().d, yy), FieldOne());
    const FieldElement v3 = Mul(Square(v), v);
    const FieldElement v7 = Mul(Square(v3), v);
    FieldElement x = Mul(Mul(u, v3), PowP58(Mul(u, v7)));
    const FieldElement vxx = Mul(v, Square(x));
    if (!Equal(vxx, u)) {
        if (!Equal(vxx, Negate(u))) {
            return false;
        }
        x = Mul(x, Constants().sqrt_m1);
    }
    if (IsZero(x) && x_odd) {
        return false;
    }
    if (IsOdd(x) != x_odd) {
        x = Negate(x);
    }
    out = {x, y, FieldOne(), Mul(x, y)};
    return true;
}

std::array<std::uint8_t, 32> Encode(const EdwardsPoint& p) {
    const FieldElement inverse = Invert(p.z);
    const FieldElement x = Mul(p.x, inverse);
    auto bytes = ToBytes(Mul(p.y, inverse));
    if (IsOdd(x)) {
        bytes[31] |= 0x80U;
    }
    return bytes;
}

EdwardsPoint ScalarMul(const EdwardsPoint& p, std::span<const std::uint64_t> scalar) {
    // A fixed window of four bits, most significant first: 0P .. 15P once, then per window four
    // doublings and one addition.
    std::array<CachedPoint, 16> table;
    EdwardsPoint multiple = Identity();
    for (auto& entry : table) {
        entry = ToCached(multiple);
        multiple = AddCached(multiple, ToCached(p));
    }
    EdwardsPoint result = Identity();
    for (std::size_t word = scalar.size(); word-- > 0;) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            result = Double(Double(Double(Double(result))));
            const auto digit = static_cast<std::size_t>((scalar[word] >> shift) & 0xFU);
            if (digit != 0) {
                result = AddCached(result, table[digit]);
            }
        }
    }
    return result;
}

}  // namespace ziwb::core::ed25519
