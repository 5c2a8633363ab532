// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace ziwb::core {

/// A QR code as modules: `size` x `size`, row by row from the top, true for a dark module.
struct QrMatrix {
    int size = 0;
    std::vector<bool> dark;
    [[nodiscard]] bool Dark(int row, int column) const {
        return dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(size) + static_cast<std::size_t>(column)];
    }
};

/// Encodes `text` (UTF-8, at most kMaxQrText bytes) as a QR code with error correction level M,
/// the smallest version that holds it (Nayuki's QR Code generator, MIT). Throws Error when it cannot.
[[nodiscard]] QrMatrix EncodeQr(std::string_view text);

/// What a document's QR code may hold: a level-M code of this many bytes is still printable at 2 cm.
inline constexpr std::size_t kMaxQrText = 300;

}  // namespace ziwb::core
