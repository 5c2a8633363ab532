// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// What one signature of a PDF comes to, worst first when several apply: a file that cannot be
/// read (Corrupt), a signature whose bytes or value do not match (Broken), a signed range that no
/// longer covers the document (ChangedAfterSigning), a certificate that does not lead to a root
/// the user trusts (UnknownCa) or is not valid (CertificateInvalid); a cryptographically sound
/// signature is ChainNotChecked until the user has added a root, and Valid when its chain leads to
/// one. Unsupported: a kind of signature this product does not verify (adbe.pkcs7.sha1, ...).
enum class SignatureStatus {
    Valid,
    ChainNotChecked,
    UnknownCa,
    CertificateInvalid,
    ChangedAfterSigning,
    Broken,
    Unsupported,
    Corrupt,
};

/// The stable id of a status for JSON and scripts ("valid", "chain-not-checked", ...).
[[nodiscard]] std::string_view StatusId(SignatureStatus status);

/// Whether the signer's certificate chain was checked, and how it ended.
enum class ChainState { NotChecked, Verified, UnknownCa, Invalid };
[[nodiscard]] std::string_view ChainId(ChainState chain);

/// Where a signature's time comes from, most trustworthy first: a timestamp token from a
/// timestamping authority over the signature, the signingTime the signer's software put in the
/// signed attributes, or the /M entry of the signature dictionary (the signer's clock either way).
enum class TimeSource { None, Timestamp, SignedAttribute, PdfEntry };
[[nodiscard]] std::string_view TimeSourceId(TimeSource source);

/// Who a certificate names, read from the certificate (not from the PDF's /Name, which anybody
/// can write).
struct CertificateFacts {
    std::string common_name;   ///< CN of the subject
    std::string organization;  ///< O of the subject
    std::string issuer;        ///< CN (else O) of the issuer
    std::string serial;        ///< hex
    std::string not_before;    ///< UTC, 2026-01-30T10:15:00Z
    std::string not_after;
    std::string sha256;  ///< fingerprint of the DER certificate, lower-case hex
};

/// One signature (or document timestamp) of a PDF, as checked. (Members are grouped by size, not
/// by topic, so the struct packs without padding.)
struct SignatureCheck {
    std::string field;       ///< the form field's full name
    std::string sub_filter;  ///< ETSI.CAdES.detached, adbe.pkcs7.detached, ETSI.RFC3161, ...
    std::string problem;     ///< one line saying why, when the status is not Valid / ChainNotChecked
    std::string digest;      ///< the digest algorithm, e.g. sha256
    // Who and when.
    CertificateFacts signer;
    std::string chain_problem;
    std::string signing_time;         ///< UTC, 2026-01-30T10:15:00Z, or empty
    std::string timestamp_authority;  ///< the TSA's name when the time comes from a timestamp token
    // What the PDF says of itself (written by the signer's software; shown, never trusted).
    std::string pdf_name;
    std::string reason;
    std::string location;
    // What the signature covers.
    std::uint64_t signed_bytes = 0;
    std::uint64_t bytes_after = 0;  ///< bytes of the file after the signed revision
    int index = 0;                  ///< 1 for the first signed, in the order of the revisions they sign
    SignatureStatus status = SignatureStatus::Corrupt;
    ChainState chain = ChainState::NotChecked;
    TimeSource time_source = TimeSource::None;
    bool timestamp = false;          ///< a document timestamp (/DocTimeStamp) rather than a person's signature
    bool intact = false;             ///< the signature value and the digest of the signed bytes both match
    bool ranges_read = false;        ///< the /ByteRange made sense in this file
    bool covers_whole_file = false;  ///< everything but the /Contents hex string, to the end
    bool changed_after_signing = false;
    bool signed_by_later = false;  ///< a later signature of this file covers the bytes added after it
};

/// What reading a PDF came to, apart from its signatures.
enum class PdfFileState { Signed, Unsigned, Corrupt, TooLarge };
[[nodiscard]] std::string_view FileStateId(PdfFileState state);

/// The signatures of one PDF file.
struct PdfSignatureReport {
    PdfFileState state = PdfFileState::Unsigned;
    std::string problem;  ///< one line when the file is Corrupt or TooLarge
    std::uint64_t size = 0;
    std::vector<SignatureCheck> signatures;
    std::size_t signatures_skipped = 0;  ///< beyond the limit of signatures checked in one file
};

/// The worst status of the file's signatures: Corrupt for a file that cannot be read or is too large
/// to check. An unsigned file has no status: callers look at `state` first (Valid is returned).
[[nodiscard]] SignatureStatus WorstStatus(const PdfSignatureReport& report);

/// Whether a status is a signature that holds: Valid, or ChainNotChecked (nothing wrong was found,
/// the certificate's issuer was not checked because the user trusts no root yet).
[[nodiscard]] bool StatusHolds(SignatureStatus status);

}  // namespace ziwb::core
