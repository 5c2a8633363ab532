// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// Text from a workspace, which may come from a stranger, made safe to draw with libharu's UTF-8
/// encoder: invalid UTF-8 becomes U+FFFD; a tab becomes a space; CR LF, CR, U+2028 and U+2029
/// become "\n" when `keep_line_breaks`, else a space; other control characters (C0, DEL, C1) and the
/// byte order mark are dropped. Characters beyond U+FFFF become U+FFFD: libharu 2.3.0 keeps 16-bit
/// codes and would drop them silently, so the reader at least sees that something was there.
[[nodiscard]] std::string PdfText(std::string_view text, bool keep_line_breaks);

/// The width of clean text (PdfText) in points, for the font and size being wrapped.
using PdfMeasure = std::function<double(std::string_view)>;

/// One line of wrapped text.
struct PdfLine {
    std::string text;
    bool ends_paragraph = false;  ///< the last line before "\n" or the end: never stretched when justified
};

/// Clean text (PdfText) broken into lines no wider than `width`: at spaces (runs of spaces count as
/// one), at every "\n", and between characters inside a word that is wider than a line on its own
/// (a URL, a file name, or text without spaces), so nothing ever runs into the margin. Widths add up
/// character by character (libharu applies no kerning), so a word is measured once.
[[nodiscard]] std::vector<PdfLine> WrapText(std::string_view text, double width, const PdfMeasure& measure);

/// The words of one line (split at spaces), for justified drawing.
[[nodiscard]] std::vector<std::string_view> LineWords(std::string_view line);

}  // namespace ziwb::core
