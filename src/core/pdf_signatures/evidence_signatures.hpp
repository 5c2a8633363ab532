// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "evidence/evidence_vault.hpp"
#include "pdf_signatures/signature_report.hpp"
#include "pdf_signatures/trusted_roots.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Whether an evidence item is a PDF file whose signatures can be looked at: a file (not a link)
/// whose content has arrived, stored as application/pdf.
[[nodiscard]] bool IsSignablePdf(const EvidenceItem& item);

/// The signatures of an evidence item's latest revision, read from the workspace's vault; nullopt
/// when the item is not a PDF (IsSignablePdf) or its file holds no signature at all, so that a list
/// of evidence shows a line only beside signed PDFs. A stored copy that no longer has its SHA-256
/// is reported Corrupt ('ziwb evidence verify' says more).
[[nodiscard]] std::optional<PdfSignatureReport> EvidenceSignatures(Workspace& workspace, const EvidenceItem& item,
                                                                   const TrustStore& trust);

}  // namespace ziwb::core
