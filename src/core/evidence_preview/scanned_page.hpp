// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ziwb::core {

/// The largest picture a preview decodes, from any source: a side, and all its pixels (a 300 dpi A3
/// scan is 17 million).
inline constexpr long long kPreviewLargestSide = 12000;
inline constexpr long long kPreviewMostPixels = 50'000'000;

/// A picture for a preview: an encoded image file (JPEG, PNG) for the front end's decoder, or raw
/// 8-bit RGB pixels of a known size.
struct PreviewPicture {
    /// Pdf: a PDF whose first page is no single picture (text, vector drawing, a fax-coded scan),
    /// for a front end that runs a PDF renderer on `pdf`.
    enum class Encoding { None, Jpeg, Png, Rgb, Pdf };
    Encoding encoding = Encoding::None;
    std::string bytes;
    int width = 0;    ///< for Rgb; the decoder reads it from an encoded file
    int height = 0;   ///< for Rgb
    int pages = 0;    ///< for a PDF: how many pages it has
    std::string pdf;  ///< for a PDF (EvidencePreview): its bytes, for a renderer to draw any page
};

/// The first page of a scanned PDF as a picture: the largest image the page draws, when it is a
/// JPEG (DCTDecode) or 8-bit grey or RGB pixels (FlateDecode or none). A PDF of text, of another
/// image encoding, or one qpdf cannot read gives Encoding::None (with the page count when known).
/// Never throws for what the bytes hold; images over 12,000 pixels a side or 50 million pixels are
/// left out.
[[nodiscard]] PreviewPicture ScannedFirstPage(std::string_view pdf);

}  // namespace ziwb::core
