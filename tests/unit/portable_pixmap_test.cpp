// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures a PDF renderer (pdftoppm) hands back for the evidence preview, read as a stranger's
// bytes: P6 and P5 with 8-bit samples are pixels, anything else (another format, a cut-off body,
// a header that lies, a picture over the limits) is no picture, never a throw or an over-read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "evidence_preview/portable_pixmap.hpp"
#include "pdf/pdf_document.hpp"

namespace ziwb::core {
namespace {

using Encoding = PreviewPicture::Encoding;

/// The picture `bytes` read as, compared whole: "width x height: RGB bytes", or "none".
std::string Read(const std::string& bytes) {
    const PreviewPicture picture = ReadPortablePixmap(bytes);
    if (picture.encoding != Encoding::Rgb) {
        return "none";
    }
    return std::to_string(picture.width) + "x" + std::to_string(picture.height) + ": " + picture.bytes;
}

TEST(PortablePixmap, ReadsRgbAndGreyPixels) {
    EXPECT_EQ(Read(std::string("P6\n2 1\n255\n") + "\x01\x02\x03\xfa\xfb\xfc"), "2x1: \x01\x02\x03\xfa\xfb\xfc");
    // Grey becomes RGB; comments and any white space may stand between the header's fields.
    EXPECT_EQ(Read(std::string("P5 # pdftoppm -gray\n1\t# width\n2\r\n255 ") + "\x10\xf0"),
              "1x2: \x10\x10\x10\xf0\xf0\xf0");
}

TEST(PortablePixmap, RefusesWhatIsNotOneWholePicture) {
    const std::string body(6, 'x');
    for (const std::string& bytes : std::vector<std::string>{
             std::string(), std::string("P6"),
             std::string("P3\n2 1\n255\n1 2 3 4 5 6"),        // plain (ASCII) samples
             std::string("P4\n8 1\n\xff"),                    // bitmap
             "P6\n2 1\n65535\n" + std::string(12, 'x'),       // 16-bit samples
             "P6\n2 1\n15\n" + body,                          // another maxval
             "P6\n2 1\n255\n" + body.substr(1),               // cut off
             "P6\n2 1\n255\n" + body + "x",                   // more than the header says
             "P6\n2 1\n255" + body,                           // no white space before the pixels
             std::string("P6\n0 1\n255\n"),                   // empty
             "P6\n-2 1\n255\n" + body,                        // negative
             std::string("P6\n2\n"),                          // header cut off
             std::string("P6\n# only a comment"),             //
             "P6\n99999999999999999999 1\n255\n" + body,      // a number that overflows
             "P6\n12001 1\n255\n" + std::string(36003, 'x'),  // wider than the limit
             std::string("P6\n8000 8000\n255\n"),             // 64 million pixels claimed, none sent
         }) {
        const PreviewPicture picture = ReadPortablePixmap(bytes);
        EXPECT_EQ(picture.encoding, Encoding::None) << bytes.substr(0, 40);
        EXPECT_TRUE(picture.bytes.empty());
    }
}

/// The renderer itself, as the workbench runs it: poppler's pdftoppm draws a page written by our own
/// PDF library, and the picture reads back with text where the text was put.
TEST(PortablePixmap, ReadsWhatPdftoppmDraws) {
    ASSERT_EQ(std::system("pdftoppm -v > /dev/null 2>&1"), 0) << "poppler-utils (tools/install-deps.sh) is missing";
    const auto folder = std::filesystem::temp_directory_path() / ("ziwb-ppm-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    PdfDocument document(FindPdfFonts({}), {"Notulen", "", "", 0});
    document.DrawText(document.AddPage(), 72, 700, "Notulen rapat", PdfFont::Regular, 12);
    std::ofstream(folder / "page.pdf", std::ios::binary) << document.Bytes();
    const std::string command = "pdftoppm -q -f 1 -l 1 -scale-to 600 -singlefile '" + (folder / "page.pdf").string() +
                                "' '" + (folder / "page").string() + "'";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(folder / "page.ppm", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    std::filesystem::remove_all(folder);
    const PreviewPicture picture = ReadPortablePixmap(bytes);
    ASSERT_EQ(picture.encoding, Encoding::Rgb);
    EXPECT_NEAR(picture.width, 424, 2);  // 595 x 842 points; poppler rounds the side up
    EXPECT_EQ(picture.height, 600);
    int dark = 0;
    for (int y = 85; y < 105; ++y) {
        for (int x = 45; x < 150; ++x) {
            dark += static_cast<unsigned char>(picture.bytes[3 * static_cast<std::size_t>(y * picture.width + x)]) < 100
                        ? 1
                        : 0;
        }
    }
    EXPECT_GT(dark, 30);
}

}  // namespace
}  // namespace ziwb::core
