// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace ziwb::core {

/// The TrueType files every document embeds: the product ships them (fonts/, DejaVu Sans) so that a
/// document looks the same whatever fonts the computer has.
struct PdfFontFiles {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

/// The shipped fonts, found like forms/ and templates/ (DataRoots: $ZIWB_DATA_DIR, the installed
/// share/ziwb, the source tree). Throws Error naming the missing file: an installation without its
/// fonts cannot print, and saying so beats a PDF in a fallback font.
[[nodiscard]] PdfFontFiles FindPdfFonts(const std::filesystem::path& program_dir);

}  // namespace ziwb::core
