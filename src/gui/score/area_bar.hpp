// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/window.h>

#include <vector>

namespace ziwb::gui {

/// A horizontal bar: how much of a weight is reached, with the predicates' minimums marked
/// (60% WBK, 75% WBBM by default). Drawn in device-independent units, so it is sharp at any DPI.
class AreaBar final : public wxWindow {
public:
    struct Marker {
        double fraction = 0.0;
        wxString label;
        bool operator==(const Marker&) const = default;
    };
    AreaBar(wxWindow* parent, const wxString& name);
    void SetValue(double fraction, std::vector<Marker> markers);
    [[nodiscard]] double Value() const { return m_fraction; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void OnPaint(wxPaintEvent& event);
    double m_fraction = 0.0;
    std::vector<Marker> m_markers;
};

}  // namespace ziwb::gui
