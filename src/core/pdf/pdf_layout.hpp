// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/pdf_document.hpp"
#include "pdf/pdf_qr.hpp"
#include "pdf/pdf_text.hpp"

namespace ziwb::core {

enum class PdfAlign { Left, Center, Right, Justify };

/// Page margins in points. The defaults follow the usual Indonesian official-letter layout (Tata
/// Naskah Dinas): 3 cm binding side, 2 cm elsewhere, with room below for the page footer.
struct PdfMargins {
    double left = 85.04;
    double right = 56.69;
    double top = 56.69;
    double bottom = 70.87;
};

/// The kop surat: the authority and the unit in capitals, the address lines, and the logo at the left.
struct PdfLetterhead {
    std::optional<PdfImage> logo;
    std::string authority;             ///< "PEMERINTAH KABUPATEN BANYUMAS"
    std::string unit;                  ///< "DINAS TENAGA KERJA"
    std::vector<std::string> contact;  ///< address, telephone, web site: one small line each
};

struct PdfKeyValue {
    std::string key;
    std::string value;
};

struct PdfTableColumn {
    std::string header;
    double weight = 1;  ///< share of the text width (weights are relative to each other)
    PdfAlign align = PdfAlign::Left;
};

/// Rows may hold any number of cells; missing cells are empty and extra ones are ignored.
struct PdfTable {
    std::vector<PdfTableColumn> columns;
    std::vector<std::vector<std::string>> rows;
    std::size_t min_row_lines = 1;  ///< every row at least this many lines tall: room to sign in a column
};

/// One bar of PdfLayout::BarChart.
struct PdfBar {
    std::string label;       ///< at the left of the bar; wraps when long
    double value = 0;        ///< the bar's length, from 0 to the chart's maximum
    std::string value_text;  ///< printed after the bar ("3,25"): the caller formats its own numbers
};

/// The signature block at the right: "place, date", the role, room for the signature and the stamp,
/// the name and the NIP.
struct PdfSignature {
    std::string place;
    std::string date;
    std::string role;
    std::string name;
    std::string nip;  ///< without "NIP."; no line when empty
};

/// Every page's footer: the page number, an optional short code naming the document, and an
/// optional QR code holding `qr_text` (drawn in the top margin at the right of every page).
struct PdfFooter {
    std::string document_code;
    /// {0} the page, {1} the number of pages. Indonesian official documents, so not translated.
    std::string page_format = "Halaman {0} dari {1}";
    std::string qr_text{};  ///< at most kMaxQrText bytes; none when empty
};

/// Text flowed down the pages of a PdfDocument: blocks are added in reading order and each starts
/// where the last ended, on a new page when it does not fit. Text wraps at spaces (long words are
/// cut) and any amount of it flows over as many pages as it needs. Finish() draws the footers at
/// the end, when the number of pages is known.
class PdfLayout {
public:
    explicit PdfLayout(PdfDocument& document, PdfMargins margins = {});

    void Letterhead(const PdfLetterhead& letterhead);
    /// Bold, centred, larger: the document's name ("LAPORAN HASIL EVALUASI").
    void Title(std::string_view text);
    /// Bold; kept on the page of the first lines that follow it.
    void Heading(std::string_view text);
    /// Line breaks in `text` start new lines; justified text stretches every line but the last.
    void Paragraph(std::string_view text, PdfAlign align = PdfAlign::Justify);
    /// "key : value" rows with the colons aligned; long values wrap under themselves.
    void KeyValues(const std::vector<PdfKeyValue>& rows);
    /// A ruled table; the header row repeats on every page; a row taller than a page is split.
    void Table(const PdfTable& table);
    /// Kept whole on one page.
    void Signature(const PdfSignature& signature);
    /// Horizontal bars across the text width, from 0 to `max` (values beyond are cut at the scale's
    /// ends), each with its label at the left and its value text after it, over a scale with a tick
    /// at every whole number when `max` is a whole number up to 20. Gray bars with a black outline:
    /// an official document is often printed or copied in black and white. Kept on one page when it
    /// fits on one.
    void BarChart(const std::vector<PdfBar>& bars, double max);
    /// `width` points wide (at most the text width; smaller if taller than a page).
    void Image(const PdfImage& image, double width, PdfAlign align = PdfAlign::Center);
    void Space(double points);
    void NewPage();
    /// Draws the footer on every page; call once, after the last block. A document without any
    /// block gets one empty page (a PDF needs one).
    void Finish(const PdfFooter& footer);

    [[nodiscard]] double TextWidth() const { return kA4Width - m_margins.left - m_margins.right; }

private:
    // Lines of `text` in `font` and `size` no wider than `width`.
    [[nodiscard]] std::vector<PdfLine> Wrap(std::string_view text, double width, PdfFont font, double size) const;
    // Starts a new page unless `height` points fit below the cursor.
    void Need(double height);
    [[nodiscard]] double Room() const;
    // A QR code in the top margin at the right.
    void DrawQr(std::size_t page, const QrMatrix& qr);
    void DrawLine(const PdfLine& line, double x, double width, PdfFont font, double size, PdfAlign align);
    void DrawTableHeader(const PdfTable& table, const std::vector<double>& widths,
                         const std::vector<std::vector<PdfLine>>& header);

    PdfDocument& m_document;
    PdfMargins m_margins;
    std::optional<std::size_t> m_page;
    double m_y = 0;  ///< the top of the free space on the page, from the bottom edge
};

}  // namespace ziwb::core
