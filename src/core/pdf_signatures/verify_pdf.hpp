// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "pdf_signatures/signature_report.hpp"
#include "pdf_signatures/trusted_roots.hpp"

namespace ziwb::core {

/// Largest PDF whose signatures are checked (it is read whole into memory): 256 MiB. A scanned
/// decree is a few MB; larger files are reported TooLarge, not read.
inline constexpr std::uint64_t kMaxVerifiedPdfBytes = std::uint64_t{256} << 20;

/// Finds the signatures of a PDF held in memory and checks each offline: its byte ranges, its CMS
/// signature over them, whether bytes follow the signed revision, who signed and when, and the
/// signer's chain against `trust`. Everything in `pdf` is treated as coming from a stranger:
/// whatever it holds, this returns a report (Corrupt with one line at worst) and never throws a
/// UserError for it. `description` names the file in qpdf's messages.
[[nodiscard]] PdfSignatureReport VerifyPdfSignatures(std::string_view pdf, const TrustStore& trust,
                                                     const std::string& description);

/// The same for a file; a file that cannot be opened (missing, a folder, unreadable) is a
/// UserError naming it, a file above kMaxVerifiedPdfBytes is reported TooLarge.
[[nodiscard]] PdfSignatureReport VerifyPdfSignatureFile(const std::filesystem::path& file, const TrustStore& trust);

}  // namespace ziwb::core
