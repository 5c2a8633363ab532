// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace ziwb::core {

/// Size limits for evidence files. The hard limit refuses; the portal limit only warns, because
/// the national ZI portal refuses PDFs above 2 MB and teams should know before they upload.
struct EvidenceLimits {
    std::uint64_t hard_limit = 4ULL << 30;        ///< 4 GiB: a long video of a public forum fits
    std::uint64_t portal_pdf_limit = 2ULL << 20;  ///< 2 MB
};

/// What a file to attach is, once checked.
struct CheckedFile {
    std::filesystem::path path;
    std::uint64_t size = 0;
    std::string file_name;   ///< the original name, any Unicode
    std::string media_type;  ///< from the extension
    std::string warning;     ///< e.g. a PDF above the portal limit; empty when none
};

/// Checks a path given as evidence: it must exist, be a regular file (not a folder, device, pipe
/// or socket; a symbolic link is followed, a loop is refused), be readable, not be empty, and stay
/// under the hard limit. Throws UserError saying what is wrong and what to do.
[[nodiscard]] CheckedFile CheckEvidenceFile(const std::filesystem::path& path, const EvidenceLimits& limits);

/// The media type for a file name, from its extension (application/octet-stream when unknown).
[[nodiscard]] std::string MediaTypeOf(const std::string& file_name);

/// Checks a link: http or https with a host. Throws UserError otherwise.
void CheckEvidenceUrl(const std::string& url);

}  // namespace ziwb::core
