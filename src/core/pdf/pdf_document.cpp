// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdf_document.hpp"

#include <hpdf.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/version.hpp"
#include "pdf/pdf_text.hpp"
#include "pdf/png_pixels.hpp"

namespace ziwb::core {
namespace {

// libharu refuses longer strings (HPDF_LIMIT_MAX_STRING_LEN); a line that long is off the page anyway.
constexpr std::size_t kMaxTextBytes = 60000;
// Metadata is for a reader's properties dialog, not a place for a whole note.
constexpr std::size_t kMaxMetadataBytes = 1000;
// A logo needs far fewer; a PNG is decoded whole, so a hostile one must not ask for gigabytes.
constexpr double kMaxImagePixels = 40e6;

// `text` cut to at most `limit` bytes, at a character boundary (text is valid UTF-8).
std::string_view CutAt(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return text.substr(0, end);
}

// Translated here (not at the caller) so that xgettext sees each message.
std::string Describe(HPDF_STATUS code) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM: return Tr("out of memory");
        case HPDF_FILE_IO_ERROR:
        case HPDF_FILE_OPEN_ERROR: return Tr("a file could not be read");
        case HPDF_TTF_CANNOT_EMBEDDING_FONT: return Tr("the font does not allow embedding");
        case HPDF_TTF_INVALID_CMAP:
        case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_MISSING_TABLE:
        case HPDF_INVALID_FONTDEF_DATA: return Tr("the font file is damaged");
        case HPDF_INVALID_PNG_IMAGE:
        case HPDF_LIBPNG_ERROR:
        case HPDF_INVALID_JPEG_DATA:
        case HPDF_INVALID_IMAGE: return Tr("the image is damaged");
        case HPDF_UNSUPPORTED_JPEG_FORMAT: return Tr("this kind of JPEG is not supported (progressive or CMYK)");
        default: return Tr("internal error of the PDF library");
    }
}

HPDF_Date ToHpdfDate(std::time_t time) {
    const std::tm parts = UtcCalendarTime(time);
    HPDF_Date date{};
    date.year = parts.tm_year + 1900;
    date.month = parts.tm_mon + 1;
    date.day = parts.tm_mday;
    date.hour = parts.tm_hour;
    date.minutes = parts.tm_min;
    date.seconds = std::min(parts.tm_sec, 59);
    date.ind = 'Z';
    return date;
}

}  // namespace

struct PdfDocument::Impl {
    HPDF_Doc doc = nullptr;
    std::array<HPDF_Font, 2> fonts{};
    std::vector<HPDF_Page> pages;
    std::vector<HPDF_Image> images;
    // Set by OnError. libharu is C: an exception must not unwind through it, so the handler only
    // records and the C++ side throws after the call returns (Check).
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        if (doc != nullptr) {
            HPDF_Free(doc);
        }
    }

    static void HPDF_STDCALL OnError(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user_data) {
        auto* self = static_cast<Impl*>(user_data);
        if (self->error == HPDF_OK) {
            self->error = error_no;
            self->detail = detail_no;
        }
    }

    // The first error since the last check, cleared; HPDF_OK when there was none.
    HPDF_STATUS TakeError(HPDF_STATUS status) {
        const HPDF_STATUS code = error != HPDF_OK ? error : status;
        error = HPDF_OK;
        detail = HPDF_OK;
        if (doc != nullptr) {
            HPDF_ResetError(doc);
        }
        return code;
    }

    void Check(HPDF_STATUS status, std::string_view what) {
        if (status == HPDF_OK && error == HPDF_OK) {
            return;
        }
        const HPDF_STATUS detail_no = detail;
        const HPDF_STATUS code = TakeError(status);
        std::array<char, 16> hex{};
        std::snprintf(hex.data(), hex.size(), "0x%04X", static_cast<unsigned>(code));
        throw Error(Format(Tr("could not write the PDF ({0}): {1} (libharu error {2}, detail {3})"),
                           {what, Describe(code), hex.data(), std::to_string(detail_no)}));
    }

    HPDF_Page Page(std::size_t index) const {
        if (index >= pages.size()) {
            throw Error("PDF page " + std::to_string(index) + " does not exist");
        }
        return pages[index];
    }

    HPDF_Font Font(PdfFont font) const { return fonts[font == PdfFont::Bold ? 1 : 0]; }

    void LoadFont(const std::filesystem::path& file, PdfFont font) {
        const std::string what = Format(Tr("loading the font {0}"), {PathToUtf8(file)});
        // libharu opens the file with fopen; on Windows a narrow name is in the ANSI code page, so
        // the installation folder must be representable there (docs/pdf-library.md).
        const char* name = HPDF_LoadTTFontFromFile(doc, PathToUtf8(file).c_str(), HPDF_TRUE);
        Check(name != nullptr ? HPDF_OK : HPDF_INVALID_FONTDEF_DATA, what);
        HPDF_Font handle = HPDF_GetFont(doc, name, "UTF-8");
        Check(handle != nullptr ? HPDF_OK : HPDF_INVALID_FONT, what);
        fonts[font == PdfFont::Bold ? 1 : 0] = handle;
    }

    void SetInfo(HPDF_InfoType type, std::string_view text) {
        const std::string clean = PdfText(text, false);
        if (clean.empty()) {
            return;
        }
        Check(HPDF_SetInfoAttr(doc, type, std::string(CutAt(clean, kMaxMetadataBytes)).c_str()),
              Tr("writing the document properties"));
    }
};

PdfDocument::PdfDocument(const PdfFontFiles& fonts, const PdfMetadata& metadata) : m_impl(std::make_unique<Impl>()) {
    Impl& impl = *m_impl;
    impl.doc = HPDF_New(&Impl::OnError, &impl);
    if (impl.doc == nullptr) {
        throw Error(Tr("could not write the PDF (starting the document): out of memory"));
    }
    const std::string starting = Tr("starting the document");
    impl.Check(HPDF_UseUTFEncodings(impl.doc), starting);
    // The current encoder is what libharu writes the document properties with: UTF-8 in, UTF-16 out.
    impl.Check(HPDF_SetCurrentEncoder(impl.doc, "UTF-8"), starting);
    impl.Check(HPDF_SetCompressionMode(impl.doc, HPDF_COMP_ALL), starting);
    impl.LoadFont(fonts.regular, PdfFont::Regular);
    impl.LoadFont(fonts.bold, PdfFont::Bold);

    impl.SetInfo(HPDF_INFO_TITLE, metadata.title);
    impl.SetInfo(HPDF_INFO_AUTHOR, metadata.author);
    impl.SetInfo(HPDF_INFO_SUBJECT, metadata.subject);
    impl.SetInfo(HPDF_INFO_CREATOR, std::string(kAppName) + " " + kAppVersion);
    const HPDF_Date created = ToHpdfDate(metadata.created);
    impl.Check(HPDF_SetInfoDateAttr(impl.doc, HPDF_INFO_CREATION_DATE, created), starting);
    impl.Check(HPDF_SetInfoDateAttr(impl.doc, HPDF_INFO_MOD_DATE, created), starting);
}

PdfDocument::~PdfDocument() = default;

std::size_t PdfDocument::AddPage() {
    Impl& impl = *m_impl;
    const std::string what = Tr("adding a page");
    HPDF_Page page = HPDF_AddPage(impl.doc);
    impl.Check(page != nullptr ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM, what);
    impl.Check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(kA4Width)), what);
    impl.Check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(kA4Height)), what);
    impl.pages.push_back(page);
    return impl.pages.size() - 1;
}

std::size_t PdfDocument::PageCount() const {
    return m_impl->pages.size();
}

double PdfDocument::TextWidth(std::string_view text, PdfFont font, double size) const {
    const std::string clean = PdfText(text, false);
    if (clean.empty()) {
        return 0;
    }
    const HPDF_TextWidth width = HPDF_Font_TextWidth(
        m_impl->Font(font), reinterpret_cast<const HPDF_BYTE*>(clean.data()), static_cast<HPDF_UINT>(clean.size()));
    m_impl->Check(HPDF_OK, Tr("measuring text"));
    return static_cast<double>(width.width) * size / 1000.0;
}

void PdfDocument::DrawText(std::size_t page_index, double x, double baseline, std::string_view text, PdfFont font,
                           double size) {
    Impl& impl = *m_impl;
    const std::string clean(CutAt(PdfText(text, false), kMaxTextBytes));
    if (clean.empty()) {
        return;
    }
    HPDF_Page page = impl.Page(page_index);
    const std::string what = Tr("drawing text");
    impl.Check(HPDF_Page_BeginText(page), what);
    impl.Check(HPDF_Page_SetFontAndSize(page, impl.Font(font), static_cast<HPDF_REAL>(size)), what);
    impl.Check(HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(baseline), clean.c_str()),
               what);
    impl.Check(HPDF_Page_EndText(page), what);
}

void PdfDocument::DrawLine(std::size_t page_index, double x1, double y1, double x2, double y2, double line_width) {
    Impl& impl = *m_impl;
    HPDF_Page page = impl.Page(page_index);
    const std::string what = Tr("drawing a line");
    impl.Check(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(line_width)), what);
    impl.Check(HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(y1)), what);
    impl.Check(HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(y2)), what);
    impl.Check(HPDF_Page_Stroke(page), what);
}

void PdfDocument::DrawRectangle(std::size_t page_index, double x, double y, double width, double height,
                                double line_width, double fill_gray) {
    Impl& impl = *m_impl;
    HPDF_Page page = impl.Page(page_index);
    const std::string what = Tr("drawing a line");
    const bool fill = fill_gray >= 0;
    const bool stroke = line_width > 0;
    if (!fill && !stroke) {
        return;
    }
    if (fill) {
        impl.Check(HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(std::min(fill_gray, 1.0))), what);
    }
    if (stroke) {
        impl.Check(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(line_width)), what);
    }
    impl.Check(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                                   static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height)),
               what);
    impl.Check(fill ? (stroke ? HPDF_Page_FillStroke(page) : HPDF_Page_Fill(page)) : HPDF_Page_Stroke(page), what);
    if (fill) {
        impl.Check(HPDF_Page_SetGrayFill(page, 0), what);
    }
}

PdfImage PdfDocument::EmbedImage(std::string_view bytes) {
    Impl& impl = *m_impl;
    constexpr std::string_view kPng = "\x89PNG\r\n\x1a\n";
    constexpr std::string_view kJpeg = "\xFF\xD8\xFF";
    const bool png = bytes.substr(0, kPng.size()) == kPng;
    const bool jpeg = bytes.substr(0, kJpeg.size()) == kJpeg;
    if (!png && !jpeg) {
        throw UserError(Tr("the image is not a PNG or JPEG file"));
    }
    HPDF_Image image = nullptr;
    if (png) {
        const PngPixels pixels = DecodePng(bytes, kMaxImagePixels);
        image = HPDF_LoadRawImageFromMem(impl.doc, reinterpret_cast<const HPDF_BYTE*>(pixels.rgb.data()), pixels.width,
                                         pixels.height, HPDF_CS_DEVICE_RGB, 8);
    } else {
        // libharu copies a JPEG as it is (DCTDecode) after reading its header; it decodes nothing.
        image = HPDF_LoadJpegImageFromMem(impl.doc, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                          static_cast<HPDF_UINT>(bytes.size()));
    }
    const HPDF_STATUS code = impl.TakeError(image != nullptr ? HPDF_OK : HPDF_INVALID_IMAGE);
    if (code != HPDF_OK || image == nullptr) {
        throw UserError(Format(Tr("the image cannot be used: {0}"), {Describe(code)}));
    }
    impl.images.push_back(image);
    return {impl.images.size() - 1, static_cast<double>(HPDF_Image_GetWidth(image)),
            static_cast<double>(HPDF_Image_GetHeight(image))};
}

void PdfDocument::DrawImage(std::size_t page_index, const PdfImage& image, double x, double y, double width,
                            double height) {
    Impl& impl = *m_impl;
    if (image.index >= impl.images.size()) {
        throw Error("PDF image " + std::to_string(image.index) + " does not exist");
    }
    impl.Check(
        HPDF_Page_DrawImage(impl.Page(page_index), impl.images[image.index], static_cast<HPDF_REAL>(x),
                            static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height)),
        Tr("drawing an image"));
}

std::string PdfDocument::Bytes() {
    Impl& impl = *m_impl;
    const std::string what = Tr("writing the file");
    impl.Check(HPDF_SaveToStream(impl.doc), what);
    const HPDF_UINT32 size = HPDF_GetStreamSize(impl.doc);
    std::string bytes(size, '\0');
    HPDF_UINT32 read = size;
    const HPDF_STATUS status = HPDF_ReadFromStream(impl.doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
    // Reading to the end is reported as HPDF_STREAM_EOF, through the error handler too.
    if (status == HPDF_STREAM_EOF || impl.error == HPDF_STREAM_EOF) {
        impl.TakeError(HPDF_OK);
    }
    impl.Check(status == HPDF_STREAM_EOF ? HPDF_OK : status, what);
    bytes.resize(read);
    return bytes;
}

void PdfDocument::Save(const std::filesystem::path& target, Overwrite overwrite) {
    WriteFileSafely(target, Bytes(), overwrite);
}

}  // namespace ziwb::core
