// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_preview/portable_pixmap.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace ziwb::core {
namespace {

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// Reads the header's fields one by one: white space and comments ("#" to the end of the line) come
/// between them, as Netpbm allows.
class HeaderReader {
public:
    explicit HeaderReader(std::string_view bytes) : m_bytes(bytes) {}

    /// The next decimal number, or nothing when there is none or it is over a million (no side or
    /// maxval we take comes near; the bound also keeps the sum from overflowing).
    std::optional<long long> Number() {
        SkipSpaceAndComments();
        long long value = 0;
        std::size_t digits = 0;
        while (m_at < m_bytes.size() && m_bytes[m_at] >= '0' && m_bytes[m_at] <= '9') {
            value = value * 10 + (m_bytes[m_at] - '0');
            ++m_at;
            if (++digits > 7) {
                return std::nullopt;
            }
        }
        if (digits == 0) {
            return std::nullopt;
        }
        return value;
    }

    /// After maxval comes exactly one white-space character, then the pixels.
    std::optional<std::size_t> RasterStart() {
        if (m_at >= m_bytes.size() || !IsSpace(m_bytes[m_at])) {
            return std::nullopt;
        }
        return m_at + 1;
    }

private:
    void SkipSpaceAndComments() {
        while (m_at < m_bytes.size()) {
            if (IsSpace(m_bytes[m_at])) {
                ++m_at;
            } else if (m_bytes[m_at] == '#') {
                while (m_at < m_bytes.size() && m_bytes[m_at] != '\n' && m_bytes[m_at] != '\r') {
                    ++m_at;
                }
            } else {
                return;
            }
        }
    }

    std::string_view m_bytes;
    std::size_t m_at = 2;  // after the magic number
};

}  // namespace

PreviewPicture ReadPortablePixmap(std::string_view bytes) {
    if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '5' && bytes[1] != '6')) {
        return {};
    }
    const bool grey = bytes[1] == '5';
    HeaderReader header(bytes);
    const auto width = header.Number();
    const auto height = header.Number();
    const auto maxval = header.Number();
    if (!width || !height || !maxval || *maxval != 255 || *width < 1 || *height < 1 || *width > kPreviewLargestSide ||
        *height > kPreviewLargestSide || *width * *height > kPreviewMostPixels) {
        return {};
    }
    const auto start = header.RasterStart();
    const auto pixels = static_cast<std::size_t>(*width * *height);
    const std::size_t samples = pixels * (grey ? 1 : 3);
    // A renderer writes exactly the raster: anything short is cut off, anything more is not one page.
    if (!start || bytes.size() - *start != samples) {
        return {};
    }
    PreviewPicture picture;
    picture.encoding = PreviewPicture::Encoding::Rgb;
    picture.width = static_cast<int>(*width);
    picture.height = static_cast<int>(*height);
    const std::string_view raster = bytes.substr(*start);
    if (grey) {
        picture.bytes.resize(pixels * 3);
        for (std::size_t i = 0; i < pixels; ++i) {
            picture.bytes[3 * i] = picture.bytes[3 * i + 1] = picture.bytes[3 * i + 2] = raster[i];
        }
    } else {
        picture.bytes.assign(raster);
    }
    return picture;
}

}  // namespace ziwb::core
