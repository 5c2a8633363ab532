// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_preview_panel.hpp"

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/log.h>
#include <wx/mstream.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>

#include <algorithm>
#include <cstring>

#include "common/error.hpp"
#include "evidence_preview/evidence_preview.hpp"
#include "util/wrap_text.hpp"

namespace ziwb::gui {
namespace {

constexpr int kDecodedSide = 1200;  // pixels: more than the preview draws on a large screen

/// The picture as wxImage; not ok when its bytes do not decode (a damaged JPEG in a stranger's PDF).
wxImage Decode(const core::PreviewPicture& picture) {
    if (picture.encoding == core::PreviewPicture::Encoding::Rgb) {
        const auto size = static_cast<std::size_t>(picture.width) * static_cast<std::size_t>(picture.height) * 3;
        if (picture.bytes.size() != size) {
            return {};
        }
        wxImage image(picture.width, picture.height, false);
        std::memcpy(image.GetData(), picture.bytes.data(), size);
        return image;
    }
    if (picture.encoding == core::PreviewPicture::Encoding::None ||
        picture.encoding == core::PreviewPicture::Encoding::Pdf) {
        return {};  // a PDF that was not drawn
    }
    // The decoders report damage through wxLog: said here as "no preview", not as a pop-up.
    const wxLogNull quiet;
    wxMemoryInputStream stream(picture.bytes.data(), picture.bytes.size());
    wxImage image;
    // libjpeg decodes a 300 dpi scan at a half, a quarter or an eighth of its size at once (the
    // preview shows it smaller still): a sixteenth of the memory, and less to scale.
    image.SetOption(wxIMAGE_OPTION_MAX_WIDTH, kDecodedSide);
    image.SetOption(wxIMAGE_OPTION_MAX_HEIGHT, kDecodedSide);
    if (!image.LoadFile(stream, picture.encoding == core::PreviewPicture::Encoding::Jpeg ? wxBITMAP_TYPE_JPEG
                                                                                         : wxBITMAP_TYPE_PNG)) {
        return {};
    }
    return image;
}

}  // namespace

EvidencePreviewPanel::EvidencePreviewPanel(wxWindow* parent, WorkspaceSession& session)
    : wxPanel(parent, wxID_ANY), m_session(session) {
    SetName("evidence_preview");
    m_bitmap = new wxStaticBitmap(this, wxID_ANY, wxBitmap());
    m_bitmap->SetName("evidence_preview_picture");
    m_bitmap->Hide();  // until there is a picture: the shape the page is first laid out for
    m_caption = new WrapText(this, wxString(), "evidence_preview_caption");
    m_caption->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    // TRANSLATORS: buttons beside a PDF's preview that show its previous and next page
    m_previous_page = new wxButton(this, wxID_ANY, _("< Previous page"), wxDefaultPosition, wxDefaultSize,
                                   wxBU_EXACTFIT, wxDefaultValidator, "evidence_preview_previous");
    m_next_page = new wxButton(this, wxID_ANY, _("Next page >"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                               wxDefaultValidator, "evidence_preview_next");
    // TRANSLATORS: tooltips of the page buttons, with their keys
    m_previous_page->SetToolTip(_("Previous page (Alt+PgUp)"));
    m_next_page->SetToolTip(_("Next page (Alt+PgDn)"));
    m_previous_page->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { TurnTo(m_page - 1); });
    m_next_page->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { TurnTo(m_page + 1); });
    m_previous_page->Hide();
    m_next_page->Hide();
    auto* caption_row = new wxBoxSizer(wxHORIZONTAL);
    caption_row->Add(m_caption, wxSizerFlags(1).CenterVertical());
    caption_row->Add(m_previous_page, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));
    caption_row->Add(m_next_page, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(4)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_bitmap, wxSizerFlags().Center());
    sizer->Add(caption_row, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        m_caption->Rewrap(CaptionWidth(event.GetSize().x));
        if (event.GetSize().x != m_scaled_width) {
            CallAfter([this] { Scale(); });
        }
        event.Skip();
    });
}

void EvidencePreviewPanel::Clear() {
    m_renderer.Cancel();
    m_shown.clear();
    m_pdf.clear();
    m_pages = 0;
    m_page = 0;
    m_picture = wxImage();
    m_caption->SetText(wxString());
    UpdatePageButtons();
    Scale();
}

void EvidencePreviewPanel::ShowItem(const core::EvidenceItem& item) {
    const std::string shown = item.kind + ":" + item.sha256 + ":" + item.url;
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    m_renderer.Cancel();
    core::PreviewPicture picture;
    try {
        picture = core::EvidencePreview(m_session.Workspace(), item);
    } catch (const core::Error&) {
        picture = core::PreviewPicture{};  // the list says what is wrong with the file
    }
    m_pdf = std::move(picture.pdf);
    m_pages = picture.pages;
    m_page = 0;
    m_picture = wxImage();
    UpdatePageButtons();  // the last item's buttons go
    if (picture.encoding == core::PreviewPicture::Encoding::Pdf && DrawPage(1)) {
        return;
    }
    ShowPicture(picture, 1);
}

bool EvidencePreviewPanel::PagesTurn() const {
    return !m_pdf.empty() && m_pages > 1 && !PdfPageRenderer::Program().empty();
}

bool EvidencePreviewPanel::CanTurnTo(int page) const {
    return PagesTurn() && page >= 1 && page <= m_pages && page != m_page;
}

bool EvidencePreviewPanel::TurnTo(int page) {
    if (!CanTurnTo(page)) {
        return false;
    }
    if (!DrawPage(page)) {
        ShowPageNotDrawn(page);  // no room for the scratch copy, the renderer would not start
        return false;
    }
    return true;
}

void EvidencePreviewPanel::ShowPageNotDrawn(int page) {
    // TRANSLATORS: under a PDF's preview when turning to a page failed; the page shown stays
    m_caption->SetText(wxString::Format(_("Page %d could not be drawn: open the file (Enter) to read it."), page));
    UpdatePageButtons();
    Scale();
}

bool EvidencePreviewPanel::DrawPage(int page) {
    // Drawn at the height it is shown (a narrow panel shows it smaller still): poppler smooths the
    // page at that size, and a picture a ninth of a 1200-pixel one is drawn, written, read and
    // scaled in a fraction of the time (bench/review/preview.sh).
    if (!m_renderer.Render(m_pdf, page, PictureHeight(),
                           [this, page](const core::PreviewPicture& drawn) { ShowPicture(drawn, page); })) {
        return false;
    }
    // The page shown stays until the next one comes: turning pages does not flash.
    // TRANSLATORS: shown while a page of a PDF is being drawn for the preview
    m_caption->SetText(wxString::Format(_("Drawing page %d..."), page));
    m_previous_page->Disable();
    m_next_page->Disable();
    Scale();
    return true;
}

void EvidencePreviewPanel::ShowPicture(const core::PreviewPicture& picture, int page) {
    wxImage image = Decode(picture);
    if (!image.IsOk() && m_picture.IsOk() && m_page > 0) {
        ShowPageNotDrawn(page);  // a page turned to could not be drawn: the one shown stays
        return;
    }
    m_picture = std::move(image);
    m_page = m_picture.IsOk() ? page : 0;
    wxString caption;
    if (m_picture.IsOk() && m_pages > 0) {
        caption = m_pages == 1 || PagesTurn()
                      // TRANSLATORS: under the preview of a PDF whose pages turn: "Page 2 of 3"
                      ? wxString::Format(_("Page %d of %d"), m_page, m_pages)
                      // TRANSLATORS: under the preview of a PDF: "Page 1 of 3"
                      : wxString::Format(_("Page 1 of %d (open the file for the rest)"), m_pages);
    } else if (!m_picture.IsOk() && m_shown.starts_with("file:")) {
        // TRANSLATORS: instead of a preview: a document, a PDF that cannot be drawn, a file not received yet
        caption = _("No preview for this file: open it (Enter) to read it.");
    }
    m_caption->SetText(caption);
    UpdatePageButtons();
    Scale();
}

void EvidencePreviewPanel::UpdatePageButtons() {
    const bool turns = m_page > 0 && PagesTurn();
    m_previous_page->Show(turns);
    m_next_page->Show(turns);
    m_previous_page->Enable(turns && CanTurnTo(m_page - 1));
    m_next_page->Enable(turns && CanTurnTo(m_page + 1));
}

int EvidencePreviewPanel::CaptionWidth(int panel_width) const {
    if (!m_next_page->IsShown()) {
        return panel_width;
    }
    return std::max(FromDIP(60),
                    panel_width - m_previous_page->GetBestSize().x - m_next_page->GetBestSize().x - FromDIP(10));
}

void EvidencePreviewPanel::ShowItemSoon(const core::EvidenceItem& item) {
    // Queued on this panel: destroyed with it when the page goes first.
    CallAfter([this, item] { ShowItem(item); });
}

wxString EvidencePreviewPanel::Caption() const {
    return m_caption->Text();
}

int EvidencePreviewPanel::PictureHeight() const {
    return FromDIP(420);  // a page shows whole under the evidence list, a photo readably
}

void EvidencePreviewPanel::Scale() {
    const int width = std::max(GetClientSize().x, FromDIP(120));
    m_scaled_width = GetClientSize().x;
    if (!m_picture.IsOk()) {
        m_bitmap->SetBitmap(wxBitmap());
        m_bitmap->Hide();
    } else {
        // At most the panel's width and a readable height: a page shows whole, a photo fits.
        const double factor = std::min({1.0, static_cast<double>(width) / m_picture.GetWidth(),
                                        static_cast<double>(PictureHeight()) / m_picture.GetHeight()});
        const int w = std::max(1, static_cast<int>(m_picture.GetWidth() * factor));
        const int h = std::max(1, static_cast<int>(m_picture.GetHeight() * factor));
        m_bitmap->SetBitmap(wxBitmap(m_picture.Scale(w, h, wxIMAGE_QUALITY_BILINEAR)));
        m_bitmap->Show();
    }
    m_caption->Rewrap(CaptionWidth(GetClientSize().x));
    m_caption->Show(!m_caption->Text().empty());
    const Shape shape{.picture = m_bitmap->IsShown() ? m_bitmap->GetBitmap().GetSize() : wxSize(),
                      .caption = m_caption->Text(),
                      .caption_width = m_caption->Text().empty() ? 0 : CaptionWidth(GetClientSize().x),
                      .pages = m_next_page->IsShown()};
    if (shape == m_laid_out) {
        return;  // a new picture of the same size is drawn by its control; nothing moves
    }
    m_laid_out = shape;
    // The page grows or shrinks with the picture: every window up to the scrolled page is laid
    // out again, and the page's scrollable height follows.
    InvalidateBestSize();
    Layout();
    for (wxWindow* above = GetParent(); above != nullptr && !above->IsTopLevel(); above = above->GetParent()) {
        above->InvalidateBestSize();
        if (auto* page = dynamic_cast<wxScrolledWindow*>(above)) {
            page->Layout();
            page->FitInside();
            break;
        }
    }
}

}  // namespace ziwb::gui
