// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/evidence_signatures.hpp"

#include <string>

#include "common/text.hpp"
#include "evidence/stored_file.hpp"
#include "pdf_signatures/verify_pdf.hpp"

namespace ziwb::core {

bool IsSignablePdf(const EvidenceItem& item) {
    return item.kind == "file" && item.received && item.media_type == "application/pdf";
}

std::optional<PdfSignatureReport> EvidenceSignatures(Workspace& workspace, const EvidenceItem& item,
                                                     const TrustStore& trust) {
    if (!IsSignablePdf(item)) {
        return std::nullopt;
    }
    if (item.size > kMaxVerifiedPdfBytes) {
        PdfSignatureReport report;
        report.size = item.size;
        report.state = PdfFileState::TooLarge;
        report.problem = Format(Tr("it is larger than {0} MB: its signatures are not checked"),
                                {std::to_string(kMaxVerifiedPdfBytes >> 20)});
        return report;
    }
    const StoredFileRead read = ReadStoredFile(workspace, item.sha256, item.size, kMaxVerifiedPdfBytes);
    if (read.state == StoredFileRead::State::NotReceived) {
        return std::nullopt;  // not in the vault: the list already says "not received yet"
    }
    if (read.state == StoredFileRead::State::Damaged) {
        PdfSignatureReport report;
        report.size = item.size;
        report.state = PdfFileState::Corrupt;
        report.problem = Tr("the stored copy is damaged (its SHA-256 no longer matches): run 'ziwb evidence verify'");
        return report;
    }
    const std::string& content = read.bytes;
    // A PDF without the bytes "/ByteRange" has no signature this check could verify: the signed
    // ranges are offsets into the raw file, so a signature dictionary cannot sit compressed in an
    // object stream. Skipping qpdf for those keeps a long evidence list quick.
    if (content.find("/ByteRange") == std::string::npos) {
        return std::nullopt;
    }
    PdfSignatureReport report = VerifyPdfSignatures(content, trust, item.file_name);
    if (report.state == PdfFileState::Unsigned) {
        return std::nullopt;
    }
    return report;
}

}  // namespace ziwb::core
