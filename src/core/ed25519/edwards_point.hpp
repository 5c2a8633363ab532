// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "ed25519/field_element.hpp"

namespace ziwb::core::ed25519 {

/// A point of edwards25519 in extended coordinates (x = X/Z, y = Y/Z, xy = T/Z).
struct EdwardsPoint {
    FieldElement x = FieldZero();
    FieldElement y = FieldOne();
    FieldElement z = FieldOne();
    FieldElement t = FieldZero();
};

/// A point prepared to be added many times: (Y+X, Y-X, 2Z, 2dT).
struct CachedPoint {
    FieldElement y_plus_x;
    FieldElement y_minus_x;
    FieldElement z2;
    FieldElement t2d;
};

[[nodiscard]] EdwardsPoint Identity();
/// The base point B of RFC 8032.
[[nodiscard]] const EdwardsPoint& BasePoint();
[[nodiscard]] CachedPoint ToCached(const EdwardsPoint& p);
[[nodiscard]] EdwardsPoint AddCached(const EdwardsPoint& p, const CachedPoint& q);
[[nodiscard]] EdwardsPoint SubCached(const EdwardsPoint& p, const CachedPoint& q);
[[nodiscard]] EdwardsPoint Add(const EdwardsPoint& p, const EdwardsPoint& q);
[[nodiscard]] EdwardsPoint Double(const EdwardsPoint& p);
[[nodiscard]] EdwardsPoint NegatePoint(const EdwardsPoint& p);
[[nodiscard]] bool IsIdentity(const EdwardsPoint& p);
/// Whether [8]P is the identity: P is one of the eight points of small order.
[[nodiscard]] bool HasSmallOrder(const EdwardsPoint& p);

/// RFC 8032's decoding (5.1.3), strict as libsodium is: a y not below p, or x = 0 with the sign bit
/// set, is refused as not canonical. False when `bytes` is not a point.
[[nodiscard]] bool Decode(const std::uint8_t* bytes, EdwardsPoint& out);
[[nodiscard]] std::array<std::uint8_t, 32> Encode(const EdwardsPoint& p);

/// [k]P for a little-endian scalar of any length, k not reduced (variable time).
[[nodiscard]] EdwardsPoint ScalarMul(const EdwardsPoint& p, std::span<const std::uint64_t> scalar);

}  // namespace ziwb::core::ed25519
