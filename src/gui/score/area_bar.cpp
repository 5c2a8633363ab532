// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/area_bar.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

namespace ziwb::gui {

AreaBar::AreaBar(wxWindow* parent, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
    SetName(name);
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &AreaBar::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void AreaBar::SetValue(double fraction, std::vector<Marker> markers) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_fraction && markers == m_markers) {
        return;  // an answer changes one area: the other bars are not repainted
    }
    m_fraction = fraction;
    m_markers = std::move(markers);
    Refresh();
}

wxSize AreaBar::DoGetBestClientSize() const {
    return FromDIP(wxSize(120, 14));
}

void AreaBar::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) {
        return;
    }
    const wxSize size = GetClientSize();
    const double height = size.y;
    const double bar_top = height * 0.2;
    const double bar_height = height * 0.6;
    const double radius = bar_height / 2.0;
    const wxColour track = wxSystemSettings::GetColour(wxSYS_COLOUR_BTNSHADOW);
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(track.ChangeLightness(150)));
    gc->DrawRoundedRectangle(0, bar_top, size.x, bar_height, radius);

    // Green once every marker is passed, amber past the first, red below it.
    double first = 1.0;
    double last = 0.0;
    for (const auto& marker : m_markers) {
        first = std::min(first, marker.fraction);
        last = std::max(last, marker.fraction);
    }
    const double rounded = std::round(m_fraction * 10000.0) / 10000.0;
    const wxColour fill = m_markers.empty() || rounded >= last ? wxColour(0x2E, 0x7D, 0x32)
                          : rounded >= first                   ? wxColour(0xC7, 0x8A, 0x00)
                                                               : wxColour(0xC6, 0x28, 0x28);
    if (m_fraction > 0.0) {
        gc->SetBrush(wxBrush(fill));
        gc->DrawRoundedRectangle(0, bar_top, std::max(bar_height, size.x * m_fraction), bar_height, radius);
    }
    const wxColour ink = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    gc->SetPen(wxPen(ink, FromDIP(2)));
    for (const auto& marker : m_markers) {
        const double x = std::round(size.x * marker.fraction);
        gc->StrokeLine(x, 0, x, height);
    }
}

}  // namespace ziwb::gui
