// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "evidence_preview/scanned_page.hpp"

namespace ziwb::core {

/// The pixels of a binary Netpbm picture, as a PDF renderer (poppler's pdftoppm) writes a page: P6
/// (RGB) or P5 (grey), 8 bits a sample (maxval 255), header comments allowed. Gives Encoding::Rgb with
/// the pixels, or Encoding::None (never a throw) for anything else: another format, a truncated or
/// over-long body, or a picture over 12,000 pixels a side or 50 million pixels, the limits the
/// scanned-page reader keeps.
[[nodiscard]] PreviewPicture ReadPortablePixmap(std::string_view bytes);

}  // namespace ziwb::core
