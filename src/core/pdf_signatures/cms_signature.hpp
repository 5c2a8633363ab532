// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "pdf_signatures/byte_range.hpp"
#include "pdf_signatures/openssl_handles.hpp"
#include "pdf_signatures/signature_report.hpp"
#include "pdf_signatures/timestamp_token.hpp"

namespace ziwb::core::pdf_signatures {

/// A detached CMS signature (adbe.pkcs7.detached, ETSI.CAdES.detached) checked over the bytes it
/// signs. Intact: the messageDigest attribute equals the digest of the signed ranges and the
/// signature value verifies with the signer's certificate over the signed attributes. The chain
/// of that certificate is not looked at here.
struct CmsCheck {
    enum class Outcome { Intact, Broken, Unreadable, Unsupported };
    Outcome outcome = Outcome::Unreadable;
    std::string problem;  ///< one translated line unless Intact
    std::string digest;   ///< sha256, ...
    CertificateFacts signer;
    std::optional<std::time_t> signing_time;  ///< the signingTime signed attribute
    std::optional<TimestampCheck> timestamp;  ///< a signature timestamp token, when there is one
    CmsPtr cms;
    X509* signer_certificate = nullptr;  ///< owned by `cms`
};

[[nodiscard]] CmsCheck CheckDetachedSignature(std::string_view der, std::string_view file, const SignedRanges& ranges);

}  // namespace ziwb::core::pdf_signatures
