// SPDX-License-Identifier: GPL-3.0-or-later
// The first page of a scanned PDF, read out for the inline preview, on PDFs written here by hand:
// the largest image of the first page, as JPEG bytes or RGB pixels, and nothing (never a throw)
// for text pages, images it does not draw, and bytes that are no PDF at all.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "evidence_preview/scanned_page.hpp"

namespace ziwb::core {
namespace {

struct Image {
    std::string dict;  ///< "/Width 2 /Height 3 /ColorSpace /DeviceRGB /BitsPerComponent 8"
    std::string data;
};

/// A one- or two-page PDF whose first page draws `images` (the second page is text only). Written
/// without a cross-reference table: qpdf rebuilds it, as it does for many scanners' files.
std::string PdfWith(const std::vector<Image>& images, bool second_page = false) {
    std::string pdf = "%PDF-1.4\n";
    int next = 4;
    std::string resources;
    std::string objects;
    std::string drawing;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const int number = next++;
        resources += "/Im" + std::to_string(i) + " " + std::to_string(number) + " 0 R ";
        objects += std::to_string(number) + " 0 obj\n<< /Type /XObject /Subtype /Image " + images[i].dict +
                   " /Length " + std::to_string(images[i].data.size()) + " >>\nstream\n" + images[i].data +
                   "\nendstream\nendobj\n";
        drawing += "q 100 0 0 100 0 0 cm /Im" + std::to_string(i) + " Do Q\n";
    }
    const int content = next++;
    objects += std::to_string(content) + " 0 obj\n<< /Length " + std::to_string(drawing.size()) + " >>\nstream\n" +
               drawing + "\nendstream\nendobj\n";
    std::string kids = "3 0 R";
    if (second_page) {
        const int page = next++;
        objects += std::to_string(page) + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n";
        kids += " " + std::to_string(page) + " 0 R";
    }
    pdf += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    pdf += "2 0 obj\n<< /Type /Pages /Kids [" + kids + "] /Count " + (second_page ? "2" : "1") + " >>\nendobj\n";
    pdf += "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << " + resources +
           ">> >> /Contents " + std::to_string(content) + " 0 R >>\nendobj\n";
    pdf += objects + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return pdf;
}

const std::string kRgb = "/ColorSpace /DeviceRGB /BitsPerComponent 8";

TEST(ScannedFirstPage, RawRgbPixelsComeBackAsTheyAre) {
    const std::string pixels = "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12";
    const auto picture = ScannedFirstPage(PdfWith({{"/Width 2 /Height 3 " + kRgb, pixels}}, true));
    ASSERT_EQ(picture.encoding, PreviewPicture::Encoding::Rgb);
    EXPECT_EQ(picture.width, 2);
    EXPECT_EQ(picture.height, 3);
    EXPECT_EQ(picture.bytes, pixels);
    EXPECT_EQ(picture.pages, 2);
}

TEST(ScannedFirstPage, GreyIsSpreadToRgb) {
    const auto picture = ScannedFirstPage(
        PdfWith({{"/Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", std::string("\x10\xf0", 2)}}));
    ASSERT_EQ(picture.encoding, PreviewPicture::Encoding::Rgb);
    EXPECT_EQ(picture.bytes, std::string("\x10\x10\x10\xf0\xf0\xf0", 6));
}

TEST(ScannedFirstPage, AJpegScanIsHandedOverWhole) {
    const std::string jpeg = "\xff\xd8\xff\xe0 not decoded here \xff\xd9";
    const auto picture = ScannedFirstPage(PdfWith({{"/Width 640 /Height 480 " + kRgb + " /Filter /DCTDecode", jpeg}}));
    ASSERT_EQ(picture.encoding, PreviewPicture::Encoding::Jpeg);
    EXPECT_EQ(picture.bytes, jpeg);
}

TEST(ScannedFirstPage, TheLargestImageIsThePage) {
    const std::string logo(3 * 2 * 2, '\x7f');
    const std::string scan = "\xff\xd8 the page \xff\xd9";
    const auto picture = ScannedFirstPage(PdfWith(
        {{"/Width 2 /Height 2 " + kRgb, logo}, {"/Width 2480 /Height 3508 " + kRgb + " /Filter /DCTDecode", scan}}));
    ASSERT_EQ(picture.encoding, PreviewPicture::Encoding::Jpeg);
    EXPECT_EQ(picture.bytes, scan);
}

TEST(ScannedFirstPage, WhatItDoesNotDrawGivesNothing) {
    // A text page, CMYK, 1-bit, a predictor, too large, pixels short of the size, and no PDF at all.
    EXPECT_EQ(ScannedFirstPage(PdfWith({})).encoding, PreviewPicture::Encoding::None);
    EXPECT_EQ(ScannedFirstPage(PdfWith({})).pages, 1);
    for (const Image& image :
         {Image{"/Width 1 /Height 1 /ColorSpace /DeviceCMYK /BitsPerComponent 8", "abcd"},
          Image{"/Width 8 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 1", "a"},
          Image{"/Width 1 /Height 1 " + kRgb + " /DecodeParms << /Predictor 15 >>", "abc"},
          Image{"/Width 100000 /Height 1 " + kRgb + " /Filter /DCTDecode", "\xff\xd8"},
          Image{"/Width 9000 /Height 9000 " + kRgb + " /Filter /DCTDecode", "\xff\xd8"},
          Image{"/Width 2 /Height 2 " + kRgb, "too short"}, Image{"/Width -2 /Height 2 " + kRgb, "abc"}}) {
        const auto picture = ScannedFirstPage(PdfWith({image}));
        EXPECT_EQ(picture.encoding, PreviewPicture::Encoding::None) << image.dict;
    }
    for (const std::string& junk : {std::string(), std::string("%PDF-1.4\n"), std::string("\x89PNG\r\n", 6),
                                    std::string(5000, '\0'), PdfWith({}).substr(0, 60)}) {
        const auto picture = ScannedFirstPage(junk);
        EXPECT_EQ(picture.encoding, PreviewPicture::Encoding::None);
        EXPECT_TRUE(picture.bytes.empty());
    }
}

}  // namespace
}  // namespace ziwb::core
