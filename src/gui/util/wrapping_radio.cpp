// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/wrapping_radio.hpp"

#ifdef __WXMSW__
#include <wx/dcclient.h>
#include <wx/msw/wrapwin.h>

#include <algorithm>
#endif

namespace ziwb::gui {

WrappingRadio::WrappingRadio(wxWindow* parent, const wxString& label, long style)
    : wxRadioButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, style) {
#ifdef __WXMSW__
    const auto window = static_cast<HWND>(GetHWND());
    ::SetWindowLongPtr(window, GWL_STYLE, ::GetWindowLongPtr(window, GWL_STYLE) | BS_MULTILINE | BS_TOP);
#endif
}

#ifdef __WXMSW__
wxSize WrappingRadio::DoGetBestSize() const {
    wxClientDC dc(const_cast<WrappingRadio*>(this));
    dc.SetFont(GetFont());
    wxCoord width = 0;
    wxCoord height = 0;
    dc.GetMultiLineTextExtent(GetLabelText(), &width, &height);
    // The circle and the gap after it take about a line's height and a character.
    const wxCoord circle = dc.GetCharHeight();
    return {width + circle + dc.GetCharWidth(), std::max(height, circle)};
}
#endif

}  // namespace ziwb::gui
