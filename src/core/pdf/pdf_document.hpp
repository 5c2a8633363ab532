// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"

namespace ziwb::core {

/// A4 portrait in points (1/72 inch), the paper of every Indonesian official document.
inline constexpr double kA4Width = 595.276;
inline constexpr double kA4Height = 841.89;

enum class PdfFont { Regular, Bold };

/// What a reader's "document properties" show. `created` is given by the caller, never taken from
/// the clock here: the same input then gives the same bytes, which the tests compare.
struct PdfMetadata {
    std::string title;
    std::string author;
    std::string subject;
    std::time_t created = 0;
};

/// An image loaded into one document (PdfDocument::EmbedImage), drawn any number of times; the file
/// holds it once. Width and height are its pixels.
struct PdfImage {
    std::size_t index = 0;
    double width = 0;
    double height = 0;
};

/// One PDF being written: libharu's document, owned here, with the shipped regular and bold fonts
/// embedded (TrueType, subset to the glyphs used, Unicode text through libharu's UTF-8 encoder).
/// Drawing is in points from the bottom-left corner of an A4 page; PdfLayout flows text over it.
///
/// Every text argument may come from a stranger: it passes PdfText first, so invalid UTF-8 or control
/// characters never reach libharu. A libharu failure (a damaged font or image, no memory) throws Error
/// with libharu's code and what was being done; the document is then unusable, and destroying it is
/// all that is left to do.
class PdfDocument {
public:
    PdfDocument(const PdfFontFiles& fonts, const PdfMetadata& metadata);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    /// Appends an A4 page and returns its index (0-based).
    std::size_t AddPage();
    [[nodiscard]] std::size_t PageCount() const;

    /// The width of one line of `text` in points.
    [[nodiscard]] double TextWidth(std::string_view text, PdfFont font, double size) const;
    /// Draws one line of `text` (line breaks become spaces) with its baseline at `baseline`.
    void DrawText(std::size_t page, double x, double baseline, std::string_view text, PdfFont font, double size);
    void DrawLine(std::size_t page, double x1, double y1, double x2, double y2, double line_width);
    /// A rectangle: its black outline (none when `line_width` <= 0) over a fill (none when `fill_gray`
    /// < 0; 0 is black, 1 white).
    void DrawRectangle(std::size_t page, double x, double y, double width, double height, double line_width,
                       double fill_gray);

    /// Loads a PNG or JPEG (told apart by their signatures) from its bytes. Throws UserError for other
    /// bytes or a damaged image, since the image is something the user chose.
    /// (Not "LoadImage": <windows.h> makes that name a macro in every Windows GUI file.)
    PdfImage EmbedImage(std::string_view bytes);
    /// Draws `image` scaled to `width` x `height` points with its lower-left corner at (x, y).
    void DrawImage(std::size_t page, const PdfImage& image, double x, double y, double width, double height);

    /// The whole file as bytes. The document stays usable (more pages may follow).
    [[nodiscard]] std::string Bytes();
    /// Writes the file through SafeFile: a reader sees the old file or the whole new one, never half.
    void Save(const std::filesystem::path& target, Overwrite overwrite);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ziwb::core
