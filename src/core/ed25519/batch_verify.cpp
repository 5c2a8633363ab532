// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519/batch_verify.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "ed25519/edwards_point.hpp"
#include "ed25519/little_endian.hpp"
#include "ed25519/multi_scalar.hpp"
#include "ed25519/scalar.hpp"

namespace ziwb::core::ed25519 {
namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

const std::uint8_t* Bytes(std::string_view text) {
    return reinterpret_cast<const std::uint8_t*>(text.data());
}

/// A signer's key in the batch and the sum of z_i * k_i over their signatures (k_i being the
/// SHA-512 challenge, not reduced: 128 + 512 bits each, summed).
struct Signer {
    EdwardsPoint point;
    Wide<12> challenge_sum{};
};

/// The signer of this key, added and its key decoded on first sight; nullptr for a key that is not
/// a canonical point of order L. libsodium refuses keys of small order too; a key with a component
/// of small order, which [8] in the equation would hide, is refused here as well (one
/// multiplication by L per signer and run), so that a key only some checkers accept is no key.
Signer* FindSigner(std::vector<Signer>& signers, std::unordered_map<std::string_view, std::size_t>& index,
                   std::string_view key) {
    const auto found = index.find(key);
    if (found != index.end()) {
        return &signers[found->second];
    }
    Signer signer;
    if (!Decode(Bytes(key), signer.point) || HasSmallOrder(signer.point) ||
        !IsIdentity(ScalarMul(signer.point, GroupOrder()))) {
        return nullptr;
    }
    index.emplace(key, signers.size());
    signers.push_back(signer);
    return &signers.back();
}

bool SodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace

bool AllHold(std::span<const SignatureToCheck> signatures) {
    if (!SodiumReady()) {
        return false;
    }
    const std::size_t n = signatures.size();
    if (n == 0) {
        return true;
    }
    if (n > (std::size_t{1} << 16)) {
        // The sums below are sized for this many.
        return AllHold(signatures.first(n / 2)) && AllHold(signatures.subspan(n / 2));
    }
    std::vector<EdwardsPoint> commitments(n);              // the R of each signature
    std::vector<std::array<std::uint64_t, 4>> factors(n);  // below 2^128: the upper words stay zero
    std::vector<Signer> signers;
    std::unordered_map<std::string_view, std::size_t> signer_index;
    Wide<8> response_sum{};  // sum of z_i * S_i: below 2^(128 + 253 + 16) for 2^16 signatures
    for (auto& factor : factors) {
        randombytes_buf(factor.data(), 2 * sizeof(factor[0]));
        factor[0] |= 1U;  // never zero: a batch of one is then exactly the equation itself
    }
    for (std::size_t i = 0; i < n; ++i) {
        const SignatureToCheck& item = signatures[i];
        if (item.public_key.size() != kKeyBytes || item.signature.size() != kSignatureBytes) {
            return false;
        }
        const std::uint8_t* r = Bytes(item.signature);
        const std::uint8_t* s = r + 32;
        if (!IsCanonicalScalar(s) || !Decode(r, commitments[i]) || HasSmallOrder(commitments[i])) {
            return false;
        }
        Signer* signer = FindSigner(signers, signer_index, item.public_key);
        if (signer == nullptr) {
            return false;
        }
        std::array<std::uint8_t, 64> digest{};
        crypto_hash_sha512_state state;
        crypto_hash_sha512_init(&state);
        crypto_hash_sha512_update(&state, r, 32);
        crypto_hash_sha512_update(&state, Bytes(item.public_key), kKeyBytes);
        crypto_hash_sha512_update(&state, Bytes(item.message), item.message.size());
        crypto_hash_sha512_final(&state, digest.data());
        Wide<8> challenge{};
        ReadLittleEndian(digest.data(), challenge);
        const std::span<const std::uint64_t> factor(factors[i].data(), 2);
        MultiplyAccumulate(signer->challenge_sum, factor, challenge);
        const Wide<4> response = ScalarFromBytes(s);
        MultiplyAccumulate(response_sum, factor, response);
    }
    // [8]( [sum z_i S_i]B - sum [z_i]R_i - sum over signers [sum z_i k_i]A ) must be the identity.
    // The keys have order L, so each signer's scalar may be reduced mod L; they are summed by a
    // second multi-scalar multiplication, so that many signers in a run cost little more than few.
    std::vector<EdwardsPoint> keys;
    std::vector<std::array<std::uint64_t, 4>> key_scalars;
    keys.reserve(signers.size());
    key_scalars.reserve(signers.size());
    for (const auto& signer : signers) {
        keys.push_back(signer.point);
        key_scalars.push_back(ReduceModOrder(signer.challenge_sum));
    }
    EdwardsPoint sum = ScalarMul(BasePoint(), ReduceModOrder(response_sum));
    sum = Add(sum, NegatePoint(MultiScalarMul(commitments, factors, 128)));
    sum = Add(sum, NegatePoint(MultiScalarMul(keys, key_scalars, 253)));
    return HasSmallOrder(sum);
}

namespace {

/// Halves a batch that fails until the signatures that fail are alone: with one bad signature among
/// n, some 2 log2(n) smaller batches instead of n single checks.
void FindHolding(std::span<const SignatureToCheck> signatures, std::span<char> holds) {
    if (AllHold(signatures)) {
        std::fill(holds.begin(), holds.end(), static_cast<char>(1));
        return;
    }
    if (signatures.size() == 1) {
        holds[0] = 0;
        return;
    }
    const std::size_t middle = signatures.size() / 2;
    FindHolding(signatures.first(middle), holds.first(middle));
    FindHolding(signatures.subspan(middle), holds.subspan(middle));
}

}  // namespace

std::vector<char> EachHolds(std::span<const SignatureToCheck> signatures) {
    std::vector<char> holds(signatures.size(), 0);
    FindHolding(signatures, holds);
    return holds;
}

}  // namespace ziwb::core::ed25519
