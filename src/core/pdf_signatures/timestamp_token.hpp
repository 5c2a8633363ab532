// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "pdf_signatures/openssl_handles.hpp"
#include "pdf_signatures/signature_report.hpp"

namespace ziwb::core::pdf_signatures {

/// An RFC 3161 timestamp token (a CMS SignedData holding a TSTInfo), checked against the data it
/// should stamp: the token's own signature, and its message imprint against the digest of the data.
struct TimestampCheck {
    enum class Outcome { Matches, Mismatch, Unreadable, Unsupported };
    Outcome outcome = Outcome::Unreadable;
    std::string problem;  ///< one translated line unless Matches
    std::time_t time = 0;
    CertificateFacts authority;
    std::string digest;                     ///< the imprint's algorithm, e.g. sha256
    CmsPtr token;                           ///< kept for the chain check of the authority's certificate
    X509* authority_certificate = nullptr;  ///< owned by `token`
};

/// `digest_of(md)` gives the digest of the stamped data with the imprint's algorithm (nullopt
/// when it cannot be computed).
[[nodiscard]] TimestampCheck CheckTimestampToken(
    std::string_view der, const std::function<std::optional<std::string>(const EVP_MD*)>& digest_of);

}  // namespace ziwb::core::pdf_signatures
