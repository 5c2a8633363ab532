// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdf_layout.hpp"

#include <algorithm>
#include <cmath>

#include "common/text.hpp"

namespace ziwb::core {
namespace {

constexpr double kBodySize = 11;
constexpr double kTitleSize = 14;
constexpr double kHeadingSize = 12;
constexpr double kFooterSize = 8;
constexpr double kLeading = 1.3;  // line height over font size: easy to read, still a one-page letter
// Room for the signature and the stamp between the role and the name.
constexpr double kSignatureSpace = 58;

double LineHeight(double size) {
    return size * kLeading;
}

// Where the baseline of a line whose top is at `top` lies: one font size down leaves the
// descenders inside the line.
double Baseline(double top, double size) {
    return top - size;
}

}  // namespace

PdfLayout::PdfLayout(PdfDocument& document, PdfMargins margins) : m_document(document), m_margins(margins) {}

std::vector<PdfLine> PdfLayout::Wrap(std::string_view text, double width, PdfFont font, double size) const {
    return WrapText(PdfText(text, true), width,
                    [&](std::string_view piece) { return m_document.TextWidth(piece, font, size); });
}

void PdfLayout::NewPage() {
    m_page = m_document.AddPage();
    m_y = kA4Height - m_margins.top;
}

double PdfLayout::Room() const {
    return m_page ? m_y - m_margins.bottom : 0;
}

void PdfLayout::Need(double height) {
    if (!m_page || Room() < height) {
        NewPage();
    }
}

void PdfLayout::Space(double points) {
    if (m_page) {
        m_y -= std::min(points, Room());
    }
}

void PdfLayout::DrawLine(const PdfLine& line, double x, double width, PdfFont font, double size, PdfAlign align) {
    const double baseline = Baseline(m_y, size);
    if (align == PdfAlign::Justify && !line.ends_paragraph) {
        const std::vector<std::string_view> words = LineWords(line.text);
        if (words.size() > 1) {
            std::vector<double> widths;
            double natural = 0;
            for (const std::string_view word : words) {
                widths.push_back(m_document.TextWidth(word, font, size));
                natural += widths.back();
            }
            const double gap = (width - natural) / static_cast<double>(words.size() - 1);
            double at = x;
            for (std::size_t i = 0; i < words.size(); ++i) {
                m_document.DrawText(*m_page, at, baseline, words[i], font, size);
                at += widths[i] + gap;
            }
            return;
        }
    }
    double at = x;
    if (align == PdfAlign::Center || align == PdfAlign::Right) {
        const double free = width - m_document.TextWidth(line.text, font, size);
        at += align == PdfAlign::Center ? free / 2 : free;
    }
    m_document.DrawText(*m_page, at, baseline, line.text, font, size);
}

void PdfLayout::Letterhead(const PdfLetterhead& letterhead) {
    constexpr double kLogoHeight = 64;
    constexpr double kLogoGap = 10;
    const double logo_width = letterhead.logo && letterhead.logo->height > 0
                                  ? kLogoHeight * letterhead.logo->width / letterhead.logo->height
                                  : 0;
    const double text_x = m_margins.left + (logo_width > 0 ? logo_width + kLogoGap : 0);
    const double text_width = TextWidth() - (text_x - m_margins.left);
    Need(kLogoHeight + 12);
    const std::optional<std::size_t> logo_page = m_page;
    const double logo_bottom = m_y - 2 - kLogoHeight;
    if (logo_width > 0) {
        m_document.DrawImage(*m_page, *letterhead.logo, m_margins.left, logo_bottom, logo_width, kLogoHeight);
    }
    const auto block = [&](std::string_view text, PdfFont font, double size) {
        for (const PdfLine& line : Wrap(text, text_width, font, size)) {
            Need(LineHeight(size));
            DrawLine(line, text_x, text_width, font, size, PdfAlign::Center);
            m_y -= LineHeight(size);
        }
    };
    if (!letterhead.authority.empty()) {
        block(letterhead.authority, PdfFont::Bold, 13);
    }
    if (!letterhead.unit.empty()) {
        block(letterhead.unit, PdfFont::Bold, 15);
    }
    for (const std::string& line : letterhead.contact) {
        block(line, PdfFont::Regular, 9);
    }
    if (logo_width > 0 && m_page == logo_page) {
        m_y = std::min(m_y, logo_bottom);
    }
    // The double rule of a kop surat: a thick line over a thin one.
    m_y -= 4;
    const double right = kA4Width - m_margins.right;
    m_document.DrawLine(*m_page, m_margins.left, m_y, right, m_y, 2.2);
    m_document.DrawLine(*m_page, m_margins.left, m_y - 3, right, m_y - 3, 0.6);
    m_y -= 3;
    Space(18);
}

void PdfLayout::Title(std::string_view text) {
    for (const PdfLine& line : Wrap(text, TextWidth(), PdfFont::Bold, kTitleSize)) {
        Need(LineHeight(kTitleSize));
        DrawLine(line, m_margins.left, TextWidth(), PdfFont::Bold, kTitleSize, PdfAlign::Center);
        m_y -= LineHeight(kTitleSize);
    }
    Space(LineHeight(kBodySize) * 0.8);
}

void PdfLayout::Heading(std::string_view text) {
    const std::vector<PdfLine> lines = Wrap(text, TextWidth(), PdfFont::Bold, kHeadingSize);
    // A heading alone at the foot of a page is a classic layout fault: keep two body lines with it.
    const double heading_height =
        static_cast<double>(std::min<std::size_t>(lines.size(), 3)) * LineHeight(kHeadingSize);
    Space(LineHeight(kBodySize) * 0.4);
    Need(heading_height + 2 * LineHeight(kBodySize));
    for (const PdfLine& line : lines) {
        Need(LineHeight(kHeadingSize));
        DrawLine(line, m_margins.left, TextWidth(), PdfFont::Bold, kHeadingSize, PdfAlign::Left);
        m_y -= LineHeight(kHeadingSize);
    }
    Space(LineHeight(kBodySize) * 0.2);
}

void PdfLayout::Paragraph(std::string_view text, PdfAlign align) {
    for (const PdfLine& line : Wrap(text, TextWidth(), PdfFont::Regular, kBodySize)) {
        Need(LineHeight(kBodySize));
        DrawLine(line, m_margins.left, TextWidth(), PdfFont::Regular, kBodySize, align);
        m_y -= LineHeight(kBodySize);
    }
    Space(LineHeight(kBodySize) * 0.5);
}

void PdfLayout::KeyValues(const std::vector<PdfKeyValue>& rows) {
    // The key column is as wide as the widest key, up to 40% of the line; longer keys wrap.
    double key_width = 0;
    for (const PdfKeyValue& row : rows) {
        key_width = std::max(key_width, m_document.TextWidth(PdfText(row.key, false), PdfFont::Regular, kBodySize));
    }
    key_width = std::min(key_width + 4, TextWidth() * 0.4);
    const double colon_width = m_document.TextWidth(" : ", PdfFont::Regular, kBodySize);
    const double value_x = m_margins.left + key_width + colon_width;
    const double value_width = TextWidth() - key_width - colon_width;
    const double line_height = LineHeight(kBodySize);
    for (const PdfKeyValue& row : rows) {
        const std::vector<PdfLine> keys = Wrap(row.key, key_width, PdfFont::Regular, kBodySize);
        const std::vector<PdfLine> values = Wrap(row.value, value_width, PdfFont::Regular, kBodySize);
        const std::size_t count = std::max(keys.size(), values.size());
        for (std::size_t i = 0; i < count; ++i) {
            Need(line_height);
            if (i < keys.size()) {
                DrawLine(keys[i], m_margins.left, key_width, PdfFont::Regular, kBodySize, PdfAlign::Left);
            }
            if (i == 0) {
                m_document.DrawText(*m_page, m_margins.left + key_width, Baseline(m_y, kBodySize), " : ",
                                    PdfFont::Regular, kBodySize);
            }
            if (i < values.size()) {
                DrawLine(values[i], value_x, value_width, PdfFont::Regular, kBodySize, PdfAlign::Left);
            }
            m_y -= line_height;
        }
    }
    Space(line_height * 0.5);
}

void PdfLayout::Signature(const PdfSignature& signature) {
    const double width = TextWidth() * 0.5;
    const double x = kA4Width - m_margins.right - width;
    const double line_height = LineHeight(kBodySize);
    std::vector<PdfLine> above;
    const std::string place_date = signature.place.empty()  ? signature.date
                                   : signature.date.empty() ? signature.place
                                                            : signature.place + ", " + signature.date;
    for (const std::string& text : {place_date, signature.role}) {
        if (!text.empty()) {
            const std::vector<PdfLine> lines = Wrap(text, width, PdfFont::Regular, kBodySize);
            above.insert(above.end(), lines.begin(), lines.end());
        }
    }
    const std::vector<PdfLine> names = Wrap(signature.name, width, PdfFont::Bold, kBodySize);
    const std::vector<PdfLine> nips = signature.nip.empty()
                                          ? std::vector<PdfLine>{}
                                          : Wrap("NIP. " + signature.nip, width, PdfFont::Regular, kBodySize);
    const double height =
        static_cast<double>(above.size() + names.size() + nips.size()) * line_height + kSignatureSpace;
    Space(line_height);
    // Kept whole: a signature apart from its name and NIP is no signature. One taller than a page
    // (only hostile text does that) simply flows.
    Need(std::min(height, kA4Height - m_margins.top - m_margins.bottom));
    const auto draw = [&](const std::vector<PdfLine>& lines, PdfFont font, bool underline) {
        for (const PdfLine& line : lines) {
            Need(line_height);
            DrawLine(line, x, width, font, kBodySize, PdfAlign::Left);
            if (underline) {
                const double baseline = Baseline(m_y, kBodySize) - 1.5;
                m_document.DrawLine(*m_page, x, baseline, x + m_document.TextWidth(line.text, font, kBodySize),
                                    baseline, 0.6);
            }
            m_y -= line_height;
        }
    };
    draw(above, PdfFont::Regular, false);
    Space(kSignatureSpace);
    draw(names, PdfFont::Bold, true);
    draw(nips, PdfFont::Regular, false);
    Space(line_height * 0.5);
}

void PdfLayout::BarChart(const std::vector<PdfBar>& bars, double max) {
    constexpr double kChartSize = 9;
    constexpr double kGap = 6;
    constexpr double kBarHeight = 11;
    constexpr double kBarGray = 0.62;
    if (bars.empty() || !(max > 0) || !std::isfinite(max)) {
        return;
    }
    const double line_height = LineHeight(kChartSize);
    double label_width = 0;
    double value_width = 0;
    for (const PdfBar& bar : bars) {
        label_width =
            std::max(label_width, m_document.TextWidth(PdfText(bar.label, false), PdfFont::Regular, kChartSize));
        value_width =
            std::max(value_width, m_document.TextWidth(PdfText(bar.value_text, false), PdfFont::Regular, kChartSize));
    }
    label_width = std::min(label_width + 2, TextWidth() * 0.4);
    value_width = std::min(value_width + kGap, TextWidth() * 0.2);
    const double bar_x = m_margins.left + label_width + kGap;
    const double bar_width = TextWidth() - label_width - kGap - value_width;
    std::vector<std::vector<PdfLine>> labels;
    double height = 0;
    for (const PdfBar& bar : bars) {
        labels.push_back(Wrap(bar.label, label_width, PdfFont::Regular, kChartSize));
        height += std::max(static_cast<double>(labels.back().size()) * line_height, kBarHeight + 4);
    }
    const bool ticks = max <= 20 && std::floor(max) == max;
    const double scale_height = ticks ? line_height + 4 : 0;
    Need(std::min(height + scale_height, kA4Height - m_margins.top - m_margins.bottom));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double row_height = std::max(static_cast<double>(labels[i].size()) * line_height, kBarHeight + 4);
        Need(row_height);
        const double top = m_y;
        for (const PdfLine& line : labels[i]) {
            DrawLine(line, m_margins.left, label_width, PdfFont::Regular, kChartSize, PdfAlign::Left);
            m_y -= line_height;
        }
        m_y = top;
        const double value = std::clamp(std::isfinite(bars[i].value) ? bars[i].value : 0.0, 0.0, max);
        const double bar_bottom = top - 2 - kBarHeight;
        const double length = bar_width * value / max;
        if (length > 0) {
            m_document.DrawRectangle(*m_page, bar_x, bar_bottom, length, kBarHeight, 0.4, kBarGray);
        }
        if (!bars[i].value_text.empty()) {
            m_document.DrawText(*m_page, bar_x + length + kGap / 2, bar_bottom + (kBarHeight - kChartSize) / 2 + 1.5,
                                PdfText(bars[i].value_text, false), PdfFont::Regular, kChartSize);
        }
        // The axis: a line at zero along the rows.
        m_document.DrawLine(*m_page, bar_x, top, bar_x, top - row_height, 0.6);
        m_y = top - row_height;
    }
    if (ticks) {
        Need(scale_height);
        m_document.DrawLine(*m_page, bar_x, m_y, bar_x + bar_width, m_y, 0.6);
        const int steps = static_cast<int>(max);
        for (int step = 0; step <= steps; ++step) {
            const double x = bar_x + bar_width * step / max;
            m_document.DrawLine(*m_page, x, m_y, x, m_y - 3, 0.6);
            const std::string number = std::to_string(step);
            m_document.DrawText(*m_page, x - m_document.TextWidth(number, PdfFont::Regular, kChartSize) / 2,
                                Baseline(m_y - 4, kChartSize), number, PdfFont::Regular, kChartSize);
        }
        m_y -= scale_height;
    }
    Space(LineHeight(kBodySize) * 0.5);
}

void PdfLayout::Image(const PdfImage& image, double width, PdfAlign align) {
    if (image.width <= 0 || image.height <= 0) {
        return;
    }
    double shown_width = std::min(width, TextWidth());
    double shown_height = shown_width * image.height / image.width;
    const double page_room = kA4Height - m_margins.top - m_margins.bottom;
    if (shown_height > page_room) {
        shown_width *= page_room / shown_height;
        shown_height = page_room;
    }
    Need(shown_height);
    double x = m_margins.left;
    if (align == PdfAlign::Center) {
        x += (TextWidth() - shown_width) / 2;
    } else if (align == PdfAlign::Right) {
        x += TextWidth() - shown_width;
    }
    m_document.DrawImage(*m_page, image, x, m_y - shown_height, shown_width, shown_height);
    m_y -= shown_height;
    Space(LineHeight(kBodySize) * 0.5);
}

void PdfLayout::DrawQr(std::size_t page, const QrMatrix& qr) {
    // In the top margin at the right, above where the letterhead and the text start: about 1.4 cm,
    // which a phone reads from paper and pdftoppm at 300 dpi gives zbarimg 5 pixels a module. The
    // bottom margin holds the footer and is too close to the edge a printer cannot reach.
    constexpr double kSide = 40.0;
    constexpr double kFromEdge = 10.0;
    const double module = kSide / qr.size;
    const double left = kA4Width - m_margins.right - kSide;
    const double top = std::min(kA4Height - kFromEdge, kA4Height - m_margins.top + kSide);
    for (int row = 0; row < qr.size; ++row) {
        // One rectangle per run of dark modules: a few hundred drawing operations, not a thousand.
        for (int column = 0; column < qr.size;) {
            if (!qr.Dark(row, column)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < qr.size && qr.Dark(row, column)) {
                ++column;
            }
            m_document.DrawRectangle(page, left + start * module, top - (row + 1) * module, (column - start) * module,
                                     module, 0.0, 0.0);
        }
    }
}

void PdfLayout::Finish(const PdfFooter& footer) {
    if (!m_page) {
        NewPage();
    }
    const std::size_t pages = m_document.PageCount();
    const double baseline = m_margins.bottom / 2;
    const double right = kA4Width - m_margins.right;
    // A short code; anything longer than half the line is cut rather than run into the page number.
    const std::vector<PdfLine> code =
        footer.document_code.empty() ? std::vector<PdfLine>{}
                                     : Wrap(footer.document_code, TextWidth() * 0.55, PdfFont::Regular, kFooterSize);
    const std::optional<QrMatrix> qr =
        footer.qr_text.empty() ? std::nullopt : std::optional<QrMatrix>(EncodeQr(footer.qr_text));
    for (std::size_t page = 0; page < pages; ++page) {
        if (qr) {
            DrawQr(page, *qr);
        }
        const std::string number = Format(footer.page_format, {std::to_string(page + 1), std::to_string(pages)});
        m_document.DrawLine(page, m_margins.left, baseline + kFooterSize + 4, right, baseline + kFooterSize + 4, 0.4);
        m_document.DrawText(page, right - m_document.TextWidth(number, PdfFont::Regular, kFooterSize), baseline, number,
                            PdfFont::Regular, kFooterSize);
        if (!code.empty()) {
            m_document.DrawText(page, m_margins.left, baseline, code.front().text, PdfFont::Regular, kFooterSize);
        }
    }
}

}  // namespace ziwb::core
