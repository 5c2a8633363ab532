// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace ziwb::core::ed25519 {

/// One Ed25519 signature to check: the raw 32-byte public key, the message and the raw 64-byte
/// signature.
struct SignatureToCheck {
    std::string_view public_key;
    std::string_view message;
    std::string_view signature;
};

/// Whether every signature holds, checked together: RFC 8032's equation [8][S]B = [8]R + [8][k]A
/// (5.1.7) for all of them at once, each multiplied by its own random factor below 2^128. A forged
/// or altered signature passes with probability about 2^-127 at most. Every encoding is held to
/// what libsodium's single check requires (canonical S, R and A; R and A not of small order), and a
/// key must be of order L. libsodium and OpenSSL check the equation without the factor 8, which
/// RFC 8032 allows: the two agree on every signature made by RFC 8032's signing, and differ only on
/// one whose R its signer gave a component of small order on purpose, which only the key's holder
/// can make.
///
/// Some four times cheaper per signature than checking one at a time: the R and the keys are
/// summed by multi-scalar multiplications. An empty batch holds.
[[nodiscard]] bool AllHold(std::span<const SignatureToCheck> signatures);

/// Which signatures hold: all at once when the batch holds (the usual case); else the batch is
/// halved until those that fail are alone. A signature holds exactly when it holds as a batch of one.
[[nodiscard]] std::vector<char> EachHolds(std::span<const SignatureToCheck> signatures);

}  // namespace ziwb::core::ed25519
