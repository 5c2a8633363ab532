// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/verify_pdf.hpp"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <optional>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "pdf_signatures/byte_range.hpp"
#include "pdf_signatures/certificate_facts.hpp"
#include "pdf_signatures/chain_check.hpp"
#include "pdf_signatures/cms_signature.hpp"
#include "pdf_signatures/digest_ranges.hpp"
#include "pdf_signatures/pdf_date.hpp"
#include "pdf_signatures/signature_fields.hpp"
#include "pdf_signatures/timestamp_token.hpp"

namespace ziwb::core {

namespace fs = std::filesystem;
using namespace pdf_signatures;

namespace {

/// What the cryptographic check of one signature came to, whatever its kind.
struct Crypto {
    SignatureStatus failure = SignatureStatus::Valid;  ///< Broken, Unsupported or Corrupt; Valid when intact
    std::string problem;
    X509* leaf = nullptr;
    X509StackPtr carried;
    CmsPtr keep_alive;                ///< owns `leaf`
    std::optional<std::time_t> time;  ///< when it was signed, as check.signing_time says
};

void ApplyTime(SignatureCheck& check, Crypto& crypto, std::time_t time, TimeSource source) {
    check.signing_time = IsoUtc(time);
    check.time_source = source;
    crypto.time = time;
}

Crypto CheckSignature(const SignatureField& field, const RangeReading& reading, std::string_view pdf,
                      SignatureCheck& check) {
    Crypto crypto;
    if (check.timestamp) {
        auto token = CheckTimestampToken(
            reading.contents, [&](const EVP_MD* digest) { return DigestOfRanges(digest, pdf, reading.ranges); });
        check.signer = token.authority;
        check.digest = token.digest;
        switch (token.outcome) {
            case TimestampCheck::Outcome::Matches:
                ApplyTime(check, crypto, token.time, TimeSource::Timestamp);
                check.timestamp_authority = DisplayName(token.authority);
                crypto.leaf = token.authority_certificate;
                crypto.carried.reset(CMS_get1_certs(token.token.get()));
                crypto.keep_alive = std::move(token.token);
                return crypto;
            case TimestampCheck::Outcome::Mismatch: crypto.failure = SignatureStatus::Broken; break;
            case TimestampCheck::Outcome::Unsupported: crypto.failure = SignatureStatus::Unsupported; break;
            case TimestampCheck::Outcome::Unreadable: crypto.failure = SignatureStatus::Corrupt; break;
        }
        crypto.problem = token.problem;
        return crypto;
    }
    auto cms = CheckDetachedSignature(reading.contents, pdf, reading.ranges);
    check.signer = cms.signer;
    check.digest = cms.digest;
    if (cms.timestamp && cms.timestamp->outcome == TimestampCheck::Outcome::Matches) {
        ApplyTime(check, crypto, cms.timestamp->time, TimeSource::Timestamp);
        check.timestamp_authority = DisplayName(cms.timestamp->authority);
    } else if (cms.signing_time) {
        ApplyTime(check, crypto, *cms.signing_time, TimeSource::SignedAttribute);
    } else if (const auto written = ParsePdfDate(field.pdf_time)) {
        ApplyTime(check, crypto, *written, TimeSource::PdfEntry);
    }
    switch (cms.outcome) {
        case CmsCheck::Outcome::Intact: break;
        case CmsCheck::Outcome::Broken: crypto.failure = SignatureStatus::Broken; break;
        case CmsCheck::Outcome::Unsupported: crypto.failure = SignatureStatus::Unsupported; break;
        case CmsCheck::Outcome::Unreadable: crypto.failure = SignatureStatus::Corrupt; break;
    }
    if (crypto.failure != SignatureStatus::Valid) {
        crypto.problem = cms.problem;
        return crypto;
    }
    if (cms.timestamp && cms.timestamp->outcome == TimestampCheck::Outcome::Mismatch) {
        // A token that stamps something else was put there to lend a false date.
        crypto.failure = SignatureStatus::Broken;
        crypto.problem = cms.timestamp->problem;
        return crypto;
    }
    crypto.leaf = cms.signer_certificate;
    crypto.carried.reset(CMS_get1_certs(cms.cms.get()));
    crypto.keep_alive = std::move(cms.cms);
    return crypto;
}

SignatureCheck CheckOne(const SignatureField& field, std::string_view pdf, const TrustStore& trust) {
    SignatureCheck check;
    check.field = field.field;
    check.timestamp = field.type == "DocTimeStamp";
    check.sub_filter = field.sub_filter;
    check.pdf_name = field.name;
    check.reason = field.reason;
    check.location = field.location;
    check.status = SignatureStatus::Corrupt;
    if (!field.byte_range_integers || field.byte_range.empty()) {
        check.problem = Tr("it has no /ByteRange of numbers");
        return check;
    }
    // The raw bytes between the ranges first: they say more about a damaged /Contents than qpdf,
    // which drops a string it cannot parse.
    const RangeReading reading = ReadByteRange(field.byte_range, pdf);
    if (!reading.ok) {
        check.problem = reading.problem;
        return check;
    }
    if (!field.has_contents) {
        check.problem = Tr("it has no /Contents");
        return check;
    }
    check.ranges_read = true;
    check.signed_bytes = reading.ranges.Bytes();
    check.bytes_after = reading.bytes_after;
    check.covers_whole_file = reading.covers_start && reading.only_blank_after;
    check.changed_after_signing = !check.covers_whole_file;
    if (reading.contents != field.contents) {
        check.status = SignatureStatus::Broken;
        check.problem = Tr("its /ByteRange does not frame its own /Contents: the signature was moved or replaced");
        return check;
    }
    const bool known = check.timestamp
                           ? field.sub_filter == "ETSI.RFC3161"
                           : field.sub_filter == "adbe.pkcs7.detached" || field.sub_filter == "ETSI.CAdES.detached";
    if (!known) {
        check.status = SignatureStatus::Unsupported;
        check.problem = Format(Tr("its kind of signature ({0}) is not one this program checks"),
                               {field.sub_filter.empty() ? std::string("-") : field.sub_filter});
        return check;
    }
    Crypto crypto = CheckSignature(field, reading, pdf, check);
    if (crypto.failure != SignatureStatus::Valid) {
        check.status = crypto.failure;
        check.problem = crypto.problem;
        return check;
    }
    check.intact = true;
    // The chain as it was when the document was signed; today when the signature gives no time.
    const std::time_t at = crypto.time.value_or(std::time(nullptr));
    const ChainCheck chain = CheckChain(trust, crypto.leaf, crypto.carried.get(), at);
    check.chain = chain.state;
    check.chain_problem = chain.problem;
    if (check.changed_after_signing) {
        check.status = SignatureStatus::ChangedAfterSigning;
        check.problem = reading.covers_start
                            ? Format(Tr("{0} bytes were added to the file after it was signed (an incremental update)"),
                                     {std::to_string(reading.bytes_after)})
                            : Format(Tr("its signed ranges leave the first {0} bytes of the file unsigned"),
                                     {std::to_string(reading.ranges.first_start)});
        return check;
    }
    switch (chain.state) {
        case ChainState::NotChecked: check.status = SignatureStatus::ChainNotChecked; break;
        case ChainState::Verified: check.status = SignatureStatus::Valid; break;
        case ChainState::UnknownCa: check.status = SignatureStatus::UnknownCa; break;
        case ChainState::Invalid: check.status = SignatureStatus::CertificateInvalid; break;
    }
    check.problem = chain.problem;
    return check;
}

}  // namespace

PdfSignatureReport VerifyPdfSignatures(std::string_view pdf, const TrustStore& trust, const std::string& description) {
    PdfSignatureReport report;
    report.size = pdf.size();
    if (pdf.size() > kMaxVerifiedPdfBytes) {
        report.state = PdfFileState::TooLarge;
        report.problem = Format(Tr("it is larger than {0} MB: its signatures are not checked"),
                                {std::to_string(kMaxVerifiedPdfBytes >> 20)});
        return report;
    }
    const FieldScan scan = FindSignatureFields(pdf, description);
    if (!scan.readable) {
        report.state = PdfFileState::Corrupt;
        report.problem = scan.problem;
        return report;
    }
    report.signatures_skipped = scan.skipped;
    if (scan.fields.empty()) {
        report.state = PdfFileState::Unsigned;
        return report;
    }
    report.state = PdfFileState::Signed;
    for (const auto& field : scan.fields) {
        report.signatures.push_back(CheckOne(field, pdf, trust));
    }
    // In the order they were made: an earlier signature signs a shorter revision, so more bytes
    // follow it. Signatures whose ranges could not be read come last.
    std::stable_sort(report.signatures.begin(), report.signatures.end(),
                     [](const SignatureCheck& a, const SignatureCheck& b) {
                         if (a.ranges_read != b.ranges_read) {
                             return a.ranges_read;
                         }
                         return a.bytes_after > b.bytes_after;
                     });
    for (std::size_t i = 0; i < report.signatures.size(); ++i) {
        auto& signature = report.signatures[i];
        signature.index = static_cast<int>(i) + 1;
        if (signature.status != SignatureStatus::ChangedAfterSigning) {
            continue;
        }
        for (std::size_t later = i + 1; later < report.signatures.size(); ++later) {
            const auto& other = report.signatures[later];
            if (other.intact && other.covers_whole_file) {
                signature.signed_by_later = true;
                signature.problem = Format(Tr("{0} bytes were added to the file after it was signed, and signature "
                                              "{1} signed them"),
                                           {std::to_string(signature.bytes_after), std::to_string(later + 1)});
                break;
            }
        }
    }
    return report;
}

PdfSignatureReport VerifyPdfSignatureFile(const fs::path& file, const TrustStore& trust) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        throw UserError(
            Format(fs::exists(file, error) ? Tr("{0} is not a file") : Tr("{0} does not exist"), {PathToUtf8(file)}));
    }
    const std::uintmax_t size = fs::file_size(file, error);
    if (error) {
        throw UserError(Format(Tr("cannot read {0}: {1}"), {PathToUtf8(file), error.message()}));
    }
    if (size > kMaxVerifiedPdfBytes) {
        PdfSignatureReport report;
        report.size = size;
        report.state = PdfFileState::TooLarge;
        report.problem = Format(Tr("it is larger than {0} MB: its signatures are not checked"),
                                {std::to_string(kMaxVerifiedPdfBytes >> 20)});
        return report;
    }
    std::ifstream in(file, std::ios::binary);
    std::string content(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(content.data(), static_cast<std::streamsize>(content.size()))) {
        throw UserError(Format(Tr("cannot read {0}"), {PathToUtf8(file)}));
    }
    return VerifyPdfSignatures(content, trust, PathToUtf8(file.filename()));
}

}  // namespace ziwb::core
