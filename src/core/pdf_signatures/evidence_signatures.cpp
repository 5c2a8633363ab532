// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/evidence_signatures.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <span>
#include <string>

#include "common/platform.hpp"
#include "common/text.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_projection.hpp"
#include "pdf_signatures/verify_pdf.hpp"
#include "workspace/sqlite_errors.hpp"

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
    std::string content;
    std::string actual;
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Statement query(db, "SELECT id FROM blob WHERE sha256 = ?");
        query.bind(1, item.sha256);
        if (!query.executeStep() || !BlobReceived(db, item.sha256)) {
            return;
        }
        content.reserve(static_cast<std::size_t>(item.size));
        actual = ReadBlob(db, query.getColumn(0).getInt64(), [&](std::span<const std::byte> bytes) {
            if (content.size() + bytes.size() <= kMaxVerifiedPdfBytes) {
                content.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
            }
        });
    });
    if (actual.empty()) {
        return std::nullopt;  // not in the vault: the list already says "not received yet"
    }
    if (actual != item.sha256) {
        PdfSignatureReport report;
        report.size = item.size;
        report.state = PdfFileState::Corrupt;
        report.problem = Tr("the stored copy is damaged (its SHA-256 no longer matches): run 'ziwb evidence verify'");
        return report;
    }
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
