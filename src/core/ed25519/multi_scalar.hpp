// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "ed25519/edwards_point.hpp"

namespace ziwb::core::ed25519 {

/// sum of [scalars[i]] points[i] for scalars below 2^bits (four little-endian words each, bits at
/// most 256), by Pippenger's bucket method with signed digits: per window of c bits, each point is
/// added once into one of 2^(c-1) buckets, and the buckets are summed with weights by two running
/// sums. Variable time.
[[nodiscard]] EdwardsPoint MultiScalarMul(std::span<const EdwardsPoint> points,
                                          std::span<const std::array<std::uint64_t, 4>> scalars, int bits);

}  // namespace ziwb::core::ed25519
