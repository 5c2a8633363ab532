// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "io/json.hpp"
#include "pdf_signatures/signature_report.hpp"

namespace ziwb::core {

/// A status as people read it, in the current language ("valid, certificate chain not checked").
[[nodiscard]] std::string StatusText(SignatureStatus status);

/// Every signature of a file, a few lines each, for `ziwb pdf verify`; `label` names the file.
[[nodiscard]] std::string DescribeSignatures(const PdfSignatureReport& report, const std::string& label);

/// One line for a list of evidence: who signed, when, and the status of each signature; empty for
/// an unsigned file.
[[nodiscard]] std::string SignatureSummary(const PdfSignatureReport& report);

/// The report as JSON (ziwb pdf verify --json, ziwb evidence list --json): stable ids, times in
/// UTC, the problems as translated lines.
[[nodiscard]] Json SignatureReportJson(const PdfSignatureReport& report);

/// The file-level status id: "unsigned", "too-large", or the worst signature's status id ("corrupt"
/// for a file that cannot be read).
[[nodiscard]] std::string FileStatusId(const PdfSignatureReport& report);

}  // namespace ziwb::core
