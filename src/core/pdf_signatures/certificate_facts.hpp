// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/asn1.h>
#include <openssl/x509.h>

#include <ctime>
#include <optional>
#include <string>

#include "pdf_signatures/signature_report.hpp"

namespace ziwb::core::pdf_signatures {

/// The names, serial, validity and fingerprint of a certificate, as one-line UTF-8 text.
[[nodiscard]] CertificateFacts ReadCertificateFacts(const X509* certificate);

/// An ASN.1 time (UTCTime or GeneralizedTime) as UTC seconds; nullopt when it is not a valid one.
[[nodiscard]] std::optional<std::time_t> AsnTimeToUtc(const ASN1_TIME* time);

/// The certificate's subject CN, else its O: who it names, for one line of text.
[[nodiscard]] std::string DisplayName(const CertificateFacts& facts);

}  // namespace ziwb::core::pdf_signatures
