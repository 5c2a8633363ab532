// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/certificate_facts.hpp"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>

#include "common/platform.hpp"
#include "common/utf8.hpp"
#include "pdf_signatures/pdf_date.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

// A name in a certificate from a stranger is shown on one line; beyond this it is cut.
constexpr int kMaxNameBytes = 400;

struct OpenSslStringFree {
    void operator()(unsigned char* text) const { OPENSSL_free(text); }
};
struct OpenSslCharFree {
    void operator()(char* text) const { OPENSSL_free(text); }
};
struct BignumFree {
    void operator()(BIGNUM* number) const { BN_free(number); }
};

std::string Entry(const X509_NAME* name, int nid) {
    if (name == nullptr) {
        return {};
    }
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* raw = nullptr;
    const int length = ASN1_STRING_to_UTF8(&raw, data);
    const std::unique_ptr<unsigned char, OpenSslStringFree> owned(raw);
    if (length < 0 || raw == nullptr) {
        return {};
    }
    const std::string_view text(reinterpret_cast<const char*>(raw),
                                static_cast<std::size_t>(std::min(length, kMaxNameBytes)));
    return OneLine(text);
}

std::string TimeText(const ASN1_TIME* time) {
    const auto utc = AsnTimeToUtc(time);
    return utc ? IsoUtc(*utc) : std::string();
}

}  // namespace

std::optional<std::time_t> AsnTimeToUtc(const ASN1_TIME* time) {
    std::tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return std::nullopt;
    }
    return TimeFromUtcCalendar(parts);
}

CertificateFacts ReadCertificateFacts(const X509* certificate) {
    CertificateFacts facts;
    if (certificate == nullptr) {
        return facts;
    }
    const X509_NAME* subject = X509_get_subject_name(certificate);
    facts.common_name = Entry(subject, NID_commonName);
    facts.organization = Entry(subject, NID_organizationName);
    const X509_NAME* issuer = X509_get_issuer_name(certificate);
    facts.issuer = Entry(issuer, NID_commonName);
    if (facts.issuer.empty()) {
        facts.issuer = Entry(issuer, NID_organizationName);
    }
    const std::unique_ptr<BIGNUM, BignumFree> serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    if (serial) {
        const std::unique_ptr<char, OpenSslCharFree> hex(BN_bn2hex(serial.get()));
        if (hex) {
            facts.serial = hex.get();
        }
    }
    facts.not_before = TimeText(X509_get0_notBefore(certificate));
    facts.not_after = TimeText(X509_get0_notAfter(certificate));
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest.data(), &length) == 1) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (unsigned int i = 0; i < length; ++i) {
            facts.sha256 += kHex[digest[i] >> 4];
            facts.sha256 += kHex[digest[i] & 0xF];
        }
    }
    return facts;
}

std::string DisplayName(const CertificateFacts& facts) {
    return facts.common_name.empty() ? facts.organization : facts.common_name;
}

}  // namespace ziwb::core::pdf_signatures
