// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/evp.h>

#include <optional>
#include <string>
#include <string_view>

#include "pdf_signatures/byte_range.hpp"

namespace ziwb::core::pdf_signatures {

/// The digests signatures may use (SHA-1 only for old files; SHA-2 otherwise), by the algorithm's
/// OpenSSL NID; nullptr for any other.
[[nodiscard]] const EVP_MD* AcceptedDigest(int nid);

/// The digest's name as JSON and people read it: sha256, sha1, ...
[[nodiscard]] std::string DigestName(int nid);

/// The digest of `data`; nullopt when OpenSSL fails (out of memory).
[[nodiscard]] std::optional<std::string> DigestOf(const EVP_MD* digest, std::string_view data);

/// The digest of the two signed ranges of `file`, fed straight from the file's bytes (no copy).
[[nodiscard]] std::optional<std::string> DigestOfRanges(const EVP_MD* digest, std::string_view file,
                                                        const SignedRanges& ranges);

}  // namespace ziwb::core::pdf_signatures
