// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/cms_signature.hpp"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <climits>

#include "common/text.hpp"
#include "pdf_signatures/certificate_facts.hpp"
#include "pdf_signatures/digest_ranges.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

CmsCheck Fail(CmsCheck check, CmsCheck::Outcome outcome, std::string problem) {
    ERR_clear_error();
    check.outcome = outcome;
    check.problem = std::move(problem);
    return check;
}

std::string_view Bytes(const ASN1_STRING* value) {
    return {reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
            static_cast<std::size_t>(ASN1_STRING_length(value))};
}

std::optional<std::time_t> SigningTime(const CMS_SignerInfo* signer) {
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return std::nullopt;
    }
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (value == nullptr || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return std::nullopt;
    }
    return AsnTimeToUtc(value->value.utctime);
}

/// The signature timestamp (id-aa-signatureTimeStampToken, an unsigned attribute): an authority's
/// token over the signature value, which proves the signature existed at its time.
std::optional<TimestampCheck> SignatureTimestamp(CMS_SignerInfo* signer) {
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) {
        return std::nullopt;
    }
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
    if (value == nullptr || value->type != V_ASN1_SEQUENCE) {
        TimestampCheck unreadable;
        unreadable.problem = Tr("the timestamp token is not an RFC 3161 token");
        return unreadable;
    }
    const std::string_view signature_value = Bytes(CMS_SignerInfo_get0_signature(signer));
    return CheckTimestampToken(Bytes(value->value.sequence),
                               [&](const EVP_MD* digest) { return DigestOf(digest, signature_value); });
}

/// A signature without signed attributes signs the content's digest directly: CMS_verify does
/// it, over a copy of the two ranges (such signatures are rare and old).
bool VerifyWithoutAttributes(CMS_ContentInfo* cms, std::string_view file, const SignedRanges& ranges) {
    std::string content;
    content.reserve(ranges.Bytes());
    content.append(file.substr(ranges.first_start, ranges.first_length));
    content.append(file.substr(ranges.second_start, ranges.second_length));
    if (content.size() > static_cast<std::size_t>(INT_MAX)) {
        return false;
    }
    const BioPtr data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
    return data && CMS_verify(cms, nullptr, nullptr, data.get(), nullptr,
                              CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY | CMS_DETACHED) == 1;
}

}  // namespace

CmsCheck CheckDetachedSignature(std::string_view der, std::string_view file, const SignedRanges& ranges) {
    using Outcome = CmsCheck::Outcome;
    CmsCheck check;
    if (der.empty() || der.size() > static_cast<std::size_t>(INT_MAX)) {
        return Fail(std::move(check), Outcome::Unreadable, Tr("its /Contents is empty"));
    }
    // The /Contents placeholder is longer than the signature; d2i reads only what the DER
    // length says and leaves the zero padding.
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    check.cms.reset(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (!check.cms || OBJ_obj2nid(CMS_get0_type(check.cms.get())) != NID_pkcs7_signed) {
        return Fail(std::move(check), Outcome::Unreadable, Tr("its /Contents is not a CMS (PKCS #7) signature"));
    }
    CMS_ContentInfo* cms = check.cms.get();
    if (ASN1_OCTET_STRING** content = CMS_get0_content(cms); content != nullptr && *content != nullptr) {
        return Fail(std::move(check), Outcome::Unsupported,
                    Tr("its signature carries its own content instead of signing the PDF's bytes"));
    }
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    const int signer_count = signers == nullptr ? 0 : sk_CMS_SignerInfo_num(signers);
    if (signer_count != 1) {
        return Fail(std::move(check), Outcome::Unsupported,
                    Format(Tr("its signature has {0} signers instead of one"), {std::to_string(signer_count)}));
    }
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    // Finds the signer's certificate among those the signature carries (PAdES requires it there).
    (void)CMS_set1_signers_certs(cms, nullptr, 0);
    EVP_PKEY* key = nullptr;
    X509_ALGOR* digest_algorithm = nullptr;
    CMS_SignerInfo_get0_algs(signer, &key, &check.signer_certificate, &digest_algorithm, nullptr);
    if (check.signer_certificate == nullptr) {
        return Fail(std::move(check), Outcome::Unreadable, Tr("the signer's certificate is not in the signature"));
    }
    check.signer = ReadCertificateFacts(check.signer_certificate);
    const ASN1_OBJECT* algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, digest_algorithm);
    const int digest_nid = OBJ_obj2nid(algorithm);
    const EVP_MD* digest = AcceptedDigest(digest_nid);
    if (digest == nullptr) {
        return Fail(std::move(check), Outcome::Unsupported,
                    Tr("its signature uses a digest this program does not check"));
    }
    check.digest = DigestName(digest_nid);
    check.signing_time = SigningTime(signer);

    if (CMS_signed_get_attr_count(signer) <= 0) {
        if (!VerifyWithoutAttributes(cms, file, ranges)) {
            return Fail(std::move(check), Outcome::Broken,
                        Tr("the signature does not match the signed bytes: they were changed, or it was made with "
                           "another key"));
        }
    } else {
        const auto* signed_digest = static_cast<const ASN1_OCTET_STRING*>(
            CMS_signed_get0_data_by_OBJ(signer, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        if (signed_digest == nullptr) {
            return Fail(std::move(check), Outcome::Unreadable, Tr("its signature has no messageDigest attribute"));
        }
        const auto actual = DigestOfRanges(digest, file, ranges);
        if (!actual) {
            return Fail(std::move(check), Outcome::Unreadable,
                        Tr("the digest of the signed bytes could not be computed"));
        }
        if (Bytes(signed_digest) != *actual) {
            return Fail(std::move(check), Outcome::Broken,
                        Tr("the signed bytes do not match the digest in the signature: the document was changed "
                           "inside the signed range"));
        }
        if (CMS_SignerInfo_verify(signer) != 1) {
            return Fail(std::move(check), Outcome::Broken,
                        Tr("the signature value does not verify with the signer's certificate"));
        }
    }
    check.timestamp = SignatureTimestamp(signer);
    check.outcome = Outcome::Intact;
    ERR_clear_error();
    return check;
}

}  // namespace ziwb::core::pdf_signatures
