// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519/scalar.hpp"

#include "ed25519/little_endian.hpp"

namespace ziwb::core::ed25519 {
namespace {

__extension__ using Product = unsigned __int128;

bool AtLeast(const Wide<4>& a, const Wide<4>& b) {
    for (std::size_t i = 4; i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] > b[i];
        }
    }
    return true;
}

void SubtractInPlace(Wide<4>& a, const Wide<4>& b) {
    std::uint64_t borrow = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::uint64_t subtrahend = b[i] + borrow;
        const bool wraps = subtrahend < borrow || a[i] < subtrahend;
        a[i] -= subtrahend;
        borrow = wraps ? 1 : 0;
    }
}

}  // namespace

const Wide<4>& GroupOrder() {
    static constexpr Wide<4> order = {0x5812631a5cf5d3edULL, 0x14def9dea2f79cd6ULL, 0, 0x1000000000000000ULL};
    return order;
}

Wide<4> ScalarFromBytes(const std::uint8_t* bytes) {
    Wide<4> words{};
    ReadLittleEndian(bytes, words);
    return words;
}

bool IsCanonicalScalar(const std::uint8_t* bytes) {
    return !AtLeast(ScalarFromBytes(bytes), GroupOrder());
}

void MultiplyAccumulate(std::span<std::uint64_t> sum, std::span<const std::uint64_t> factor,
                        std::span<const std::uint64_t> value) {
    for (std::size_t i = 0; i < factor.size(); ++i) {
        std::uint64_t carry = 0;
        std::size_t j = 0;
        for (; j < value.size(); ++j) {
            const Product t = static_cast<Product>(factor[i]) * value[j] + sum[i + j] + carry;
            sum[i + j] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
        for (std::size_t k = i + j; carry != 0 && k < sum.size(); ++k) {
            const Product t = static_cast<Product>(sum[k]) + carry;
            sum[k] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
    }
}

Wide<4> ReduceModOrder(std::span<const std::uint64_t> value) {
    // r stays below L < 2^253, so 2r + 1 fits four words.
    Wide<4> r{};
    for (std::size_t word = value.size(); word-- > 0;) {
        for (int bit = 63; bit >= 0; --bit) {
            r[3] = (r[3] << 1) | (r[2] >> 63);
            r[2] = (r[2] << 1) | (r[1] >> 63);
            r[1] = (r[1] << 1) | (r[0] >> 63);
            r[0] = (r[0] << 1) | ((value[word] >> bit) & 1U);
            if (AtLeast(r, GroupOrder())) {
                SubtractInPlace(r, GroupOrder());
            }
        }
    }
    return r;
}

}  // namespace ziwb::core::ed25519
