// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/timestamp_token.hpp"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <climits>

#include "common/text.hpp"
#include "pdf_signatures/certificate_facts.hpp"
#include "pdf_signatures/digest_ranges.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

// A TSTInfo is a few hundred bytes; anything larger is not one.
constexpr int kMaxTstInfoBytes = 64 * 1024;

TimestampCheck Fail(TimestampCheck::Outcome outcome, std::string problem) {
    TimestampCheck check;
    check.outcome = outcome;
    check.problem = std::move(problem);
    return check;
}

}  // namespace

TimestampCheck CheckTimestampToken(std::string_view der,
                                   const std::function<std::optional<std::string>(const EVP_MD*)>& digest_of) {
    using Outcome = TimestampCheck::Outcome;
    if (der.empty() || der.size() > static_cast<std::size_t>(INT_MAX)) {
        return Fail(Outcome::Unreadable, Tr("the timestamp token is empty"));
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    CmsPtr token(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (!token || OBJ_obj2nid(CMS_get0_type(token.get())) != NID_pkcs7_signed ||
        OBJ_obj2nid(CMS_get0_eContentType(token.get())) != NID_id_smime_ct_TSTInfo) {
        ERR_clear_error();
        return Fail(Outcome::Unreadable, Tr("the timestamp token is not an RFC 3161 token"));
    }
    const BioPtr content(BIO_new(BIO_s_mem()));
    // The token's signature over its TSTInfo; the authority's chain is checked apart, with the
    // roots the user trusts.
    if (!content || CMS_verify(token.get(), nullptr, nullptr, nullptr, content.get(),
                               CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
        ERR_clear_error();
        return Fail(Outcome::Mismatch, Tr("the timestamp token's own signature does not verify"));
    }
    if (BIO_ctrl_pending(content.get()) > static_cast<std::size_t>(kMaxTstInfoBytes)) {
        return Fail(Outcome::Unreadable, Tr("the timestamp token is not an RFC 3161 token"));
    }
    const TstInfoPtr info(d2i_TS_TST_INFO_bio(content.get(), nullptr));
    if (!info) {
        ERR_clear_error();
        return Fail(Outcome::Unreadable, Tr("the timestamp token is not an RFC 3161 token"));
    }
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
    const ASN1_OBJECT* algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    const EVP_MD* digest = AcceptedDigest(OBJ_obj2nid(algorithm));
    if (digest == nullptr) {
        return Fail(Outcome::Unsupported, Tr("the timestamp token uses a digest this program does not check"));
    }
    const ASN1_OCTET_STRING* stamped = TS_MSG_IMPRINT_get_msg(imprint);
    const auto expected = digest_of(digest);
    if (!expected) {
        return Fail(Outcome::Unreadable, Tr("the digest of the stamped bytes could not be computed"));
    }
    const std::string_view stamped_bytes(reinterpret_cast<const char*>(ASN1_STRING_get0_data(stamped)),
                                         static_cast<std::size_t>(ASN1_STRING_length(stamped)));
    if (stamped_bytes != *expected) {
        return Fail(Outcome::Mismatch, Tr("the timestamp token stamps other bytes than these"));
    }
    const auto time = AsnTimeToUtc(TS_TST_INFO_get_time(info.get()));
    if (!time) {
        return Fail(Outcome::Unreadable, Tr("the timestamp token's time cannot be read"));
    }
    TimestampCheck check;
    check.outcome = Outcome::Matches;
    check.time = *time;
    check.digest = DigestName(EVP_MD_get_type(digest));
    // CMS_verify has found the signer's certificate among the token's own.
    const X509ShallowStackPtr signers(CMS_get0_signers(token.get()));
    if (signers && sk_X509_num(signers.get()) > 0) {
        check.authority_certificate = sk_X509_value(signers.get(), 0);
        check.authority = ReadCertificateFacts(check.authority_certificate);
    }
    check.token = std::move(token);
    return check;
}

}  // namespace ziwb::core::pdf_signatures
