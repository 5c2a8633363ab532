// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ziwb::core {

/// A PNG decoded to 8-bit RGB, transparency flattened onto white (paper).
struct PngPixels {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::string rgb;  ///< width * height * 3 bytes, rows top to bottom
};

/// Decodes a PNG with libpng's simplified API, which reports a damaged file as an error. libharu
/// 2.3.0 decodes PNGs without an error handler of its own, so a damaged one makes libpng abort the
/// whole program; PdfDocument hands libharu these pixels instead. Throws UserError for a damaged
/// file or one of more than `max_pixels` (checked before anything is allocated).
[[nodiscard]] PngPixels DecodePng(std::string_view bytes, double max_pixels);

}  // namespace ziwb::core
