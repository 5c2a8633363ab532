// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/evidence_vault.hpp"
#include "evidence_preview/scanned_page.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Files larger than this are not read for a preview (they are opened outside).
inline constexpr std::uint64_t kMaxPreviewBytes = 64ULL << 20;

/// What an evidence item can be previewed by: a JPEG or PNG file as it is, a scanned PDF's first
/// page, or (Encoding::Pdf) any other PDF for the front end's renderer; a PDF's bytes come with it
/// (`pdf`), so that a renderer can draw its other pages. Encoding::None for links, other kinds of
/// file, files not received yet or too large, and stored copies whose SHA-256 no longer matches
/// (never a picture of damaged bytes).
[[nodiscard]] PreviewPicture EvidencePreview(Workspace& workspace, const EvidenceItem& item);

}  // namespace ziwb::core
