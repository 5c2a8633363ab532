// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519/multi_scalar.hpp"

#include <cstddef>
#include <vector>

namespace ziwb::core::ed25519 {
namespace {

int WindowBits(std::size_t points) {
    int bits = 4;
    // About log2(n) - 2, which balances n additions per window against 2^c for the buckets.
    while (bits < 12 && (std::size_t{1} << (bits + 3)) <= points) {
        ++bits;
    }
    return bits;
}

/// Bits [start, start + count) of a scalar; bits past 256 read as zero.
std::uint32_t Bits(const std::array<std::uint64_t, 4>& scalar, int start, int count) {
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i) {
        const int bit = start + i;
        if (bit < 256) {
            value |= ((scalar[static_cast<std::size_t>(bit / 64)] >> (bit % 64)) & 1U) << i;
        }
    }
    return static_cast<std::uint32_t>(value);
}

}  // namespace

EdwardsPoint MultiScalarMul(std::span<const EdwardsPoint> points, std::span<const std::array<std::uint64_t, 4>> scalars,
                            int bits) {
    const std::size_t n = points.size();
    if (n == 0) {
        return Identity();
    }
    const int c = WindowBits(n);
    // One window more than bits/c: a digit that borrows from the next window can carry past the top.
    const int windows = (bits + c - 1) / c + 1;
    const auto half = static_cast<std::int32_t>(1U << (c - 1));
    std::vector<std::int16_t> digits(n * static_cast<std::size_t>(windows));
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t carry = 0;
        for (int w = 0; w < windows; ++w) {
            std::int32_t digit = static_cast<std::int32_t>(Bits(scalars[i], w * c, c)) + carry;
            carry = digit >= half ? 1 : 0;
            digit -= carry << c;
            digits[i * static_cast<std::size_t>(windows) + static_cast<std::size_t>(w)] =
                static_cast<std::int16_t>(digit);
        }
    }
    std::vector<CachedPoint> cached;
    cached.reserve(n);
    for (const auto& point : points) {
        cached.push_back(ToCached(point));
    }
    std::vector<EdwardsPoint> buckets(static_cast<std::size_t>(half));
    EdwardsPoint total = Identity();
    for (int w = windows - 1; w >= 0; --w) {
        for (int i = 0; i < c; ++i) {
            total = Double(total);
        }
        std::fill(buckets.begin(), buckets.end(), Identity());
        for (std::size_t i = 0; i < n; ++i) {
            const std::int16_t digit = digits[i * static_cast<std::size_t>(windows) + static_cast<std::size_t>(w)];
            if (digit > 0) {
                auto& bucket = buckets[static_cast<std::size_t>(digit - 1)];
                bucket = AddCached(bucket, cached[i]);
            } else if (digit < 0) {
                auto& bucket = buckets[static_cast<std::size_t>(-digit - 1)];
                bucket = SubCached(bucket, cached[i]);
            }
        }
        // sum of k * bucket[k-1]: the running sum of the buckets from the top, summed again.
        EdwardsPoint running = Identity();
        EdwardsPoint window_sum = Identity();
        for (std::size_t k = buckets.size(); k-- > 0;) {
            running = Add(running, buckets[k]);
            window_sum = Add(window_sum, running);
        }
        total = Add(total, window_sum);
    }
    return total;
}

}  // namespace ziwb::core::ed25519
