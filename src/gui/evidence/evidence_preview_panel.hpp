// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/image.h>
#include <wx/panel.h>

#include <string>

#include "evidence/evidence_vault.hpp"
#include "evidence/pdf_page_renderer.hpp"
#include "session/workspace_session.hpp"

class wxButton;
class wxStaticBitmap;

namespace ziwb::gui {

class WrapText;

/// The selected evidence item, inline under the list: a photo or scan as it is, a scanned PDF's
/// first page (core::EvidencePreview), any other PDF's first page drawn by PdfPageRenderer, scaled
/// to the panel; otherwise one line saying the file opens outside. The pages of a PDF turn with two
/// buttons beside the caption (drawn by the renderer). The evaluator reads the document without
/// leaving the criterion.
class EvidencePreviewPanel final : public wxPanel {
public:
    EvidencePreviewPanel(wxWindow* parent, WorkspaceSession& session);

    /// Shows `item` (nothing to show for a link or another kind of file).
    void ShowItem(const core::EvidenceItem& item);
    /// Shows `item` once the events queued now are handled: the page it is on paints first, and a
    /// large scan's decoding never holds up moving to the next criterion.
    void ShowItemSoon(const core::EvidenceItem& item);
    void Clear();
    /// The picture decoded for the item shown (a large JPEG decoded at a half, a quarter or an
    /// eighth of its size); not ok when there is none.
    [[nodiscard]] const wxImage& Picture() const { return m_picture; }
    /// The line under the picture ("Halaman 1 dari 3") or instead of it.
    [[nodiscard]] wxString Caption() const;
    /// Whether a PDF's page is being drawn (the picture follows).
    [[nodiscard]] bool Drawing() const { return m_renderer.Busy(); }
    /// The page shown (from 1), and whether the next or previous one can be drawn.
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] bool CanTurnTo(int page) const;
    /// Draws `page` of the PDF shown (the picture follows); false when it cannot (CanTurnTo).
    bool TurnTo(int page);

private:
    void Scale();
    /// The most a picture is shown high, in pixels: PDF pages are drawn at this height.
    [[nodiscard]] int PictureHeight() const;
    /// Whether the PDF shown has pages to turn: more than one, and a renderer to draw them.
    [[nodiscard]] bool PagesTurn() const;
    bool DrawPage(int page);
    void ShowPicture(const core::PreviewPicture& picture, int page);
    void ShowPageNotDrawn(int page);
    void UpdatePageButtons();
    /// The caption's width: the panel's, less the page buttons when they show.
    [[nodiscard]] int CaptionWidth(int panel_width) const;

    WorkspaceSession& m_session;
    wxStaticBitmap* m_bitmap = nullptr;
    WrapText* m_caption = nullptr;
    wxButton* m_previous_page = nullptr;
    wxButton* m_next_page = nullptr;
    wxImage m_picture;
    std::string m_pdf;  ///< the PDF shown, for drawing its other pages
    int m_pages = 0;
    int m_page = 0;
    PdfPageRenderer m_renderer;
    std::string m_shown;  ///< the file (or link) shown: selecting it again decodes nothing
    int m_scaled_width = -1;
    /// What the page around the preview was last laid out for. The same again (no picture and
    /// no caption at another width, say) needs no layout of the page.
    struct Shape {
        wxSize picture;  ///< the scaled picture's size; empty when none shows
        wxString caption;
        int caption_width = 0;  ///< 0 when there is no caption to wrap
        bool pages = false;     ///< the page buttons show
        bool operator==(const Shape&) const = default;
    };
    Shape m_laid_out;
};

}  // namespace ziwb::gui
