// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/stattext.h>

namespace ziwb::gui {

/// A static text that shows its text as given, line breaks included, and never wraps it itself:
/// text that must wrap is wrapped before it comes (WrapText, BreakIntoLines).
///
/// Why not wxStaticText as it is: on GTK it leaves the label wrapping, and measures it by turning
/// wrapping off and on again, which throws away the label's shaped text every time. GTK then
/// shapes it anew for each of the many measures a window's layout makes, and again to draw it.
/// With wrapping off for good the text is shaped once and measured from then on: 8% of the
/// launch's instructions (bench/gui/launch_instructions.py). Elsewhere this is wxStaticText.
class TextLabel : public wxStaticText {
public:
    TextLabel(wxWindow* parent, const wxString& text, long style = 0, const wxString& name = wxStaticTextNameStr);

protected:
    wxSize DoGetBestSize() const override;
};

}  // namespace ziwb::gui
