// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_preview_panel.hpp"

#include <wx/bitmap.h>
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
    if (picture.encoding == core::PreviewPicture::Encoding::None) {
        return {};
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
    m_caption = new WrapText(this, wxString(), "evidence_preview_caption");
    m_caption->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_bitmap, wxSizerFlags().Center());
    sizer->Add(m_caption, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        m_caption->Rewrap(event.GetSize().x);
        if (event.GetSize().x != m_scaled_width) {
            CallAfter([this] { Scale(); });
        }
        event.Skip();
    });
}

void EvidencePreviewPanel::Clear() {
    m_shown.clear();
    m_picture = wxImage();
    m_caption->SetText(wxString());
    Scale();
}

void EvidencePreviewPanel::ShowItem(const core::EvidenceItem& item) {
    const std::string shown = item.kind + ":" + item.sha256 + ":" + item.url;
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    core::PreviewPicture picture;
    try {
        picture = core::EvidencePreview(m_session.Workspace(), item);
    } catch (const core::Error&) {
        picture = core::PreviewPicture{};  // the list says what is wrong with the file
    }
    m_picture = Decode(picture);
    wxString caption;
    if (m_picture.IsOk() && picture.pages > 0) {
        // TRANSLATORS: under the preview of a scanned PDF: "Page 1 of 3"
        caption = wxString::Format(_("Page 1 of %d (open the file for the rest)"), picture.pages);
    } else if (!m_picture.IsOk() && item.kind == "file") {
        // TRANSLATORS: instead of a preview: a PDF of text, a document, or a file not received yet
        caption = _("No preview for this file: open it (Enter) to read it.");
    }
    m_caption->SetText(caption);
    Scale();
}

void EvidencePreviewPanel::ShowItemSoon(const core::EvidenceItem& item) {
    // Queued on this panel: destroyed with it when the page goes first.
    CallAfter([this, item] { ShowItem(item); });
}

wxString EvidencePreviewPanel::Caption() const {
    return m_caption->Text();
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
                                        static_cast<double>(FromDIP(420)) / m_picture.GetHeight()});
        const int w = std::max(1, static_cast<int>(m_picture.GetWidth() * factor));
        const int h = std::max(1, static_cast<int>(m_picture.GetHeight() * factor));
        m_bitmap->SetBitmap(wxBitmap(m_picture.Scale(w, h, wxIMAGE_QUALITY_BILINEAR)));
        m_bitmap->Show();
    }
    m_caption->Show(!m_caption->Text().empty());
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
