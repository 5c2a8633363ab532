// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/png_pixels.hpp"

#include <png.h>

#include <cstring>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

// png_image holds libpng's state once begun; png_image_free releases it on every way out.
class PngImage {
public:
    PngImage() {
        std::memset(&m_image, 0, sizeof m_image);
        m_image.version = PNG_IMAGE_VERSION;
    }
    ~PngImage() { png_image_free(&m_image); }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;
    png_image* operator->() { return &m_image; }
    png_image* get() { return &m_image; }

private:
    png_image m_image{};
};

[[noreturn]] void Damaged(const png_image* image) {
    throw UserError(
        Format(Tr("the image cannot be used: {0}"), {Tr("the image is damaged") + " (" + image->message + ")"}));
}

}  // namespace

PngPixels DecodePng(std::string_view bytes, double max_pixels) {
    PngImage image;
    if (png_image_begin_read_from_memory(image.get(), bytes.data(), bytes.size()) == 0) {
        Damaged(image.get());
    }
    if (static_cast<double>(image->width) * static_cast<double>(image->height) > max_pixels) {
        throw UserError(Tr("the image is too large (more than 40 million pixels)"));
    }
    image->format = PNG_FORMAT_RGB;
    PngPixels pixels{image->width, image->height, std::string(PNG_IMAGE_SIZE(*image.get()), '\0')};
    png_color white{255, 255, 255};
    if (png_image_finish_read(image.get(), &white, pixels.rgb.data(), 0, nullptr) == 0) {
        Damaged(image.get());
    }
    return pixels;
}

}  // namespace ziwb::core
