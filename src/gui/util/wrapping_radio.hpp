// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/radiobut.h>

namespace ziwb::gui {

/// A radio button whose label may hold line breaks (an option's wrapped description). GTK lays such
/// a label out by itself; a Windows radio button shows a break as a box and sizes itself for one
/// line, so there it is told to wrap (BS_MULTILINE) and measures every line.
class WrappingRadio : public wxRadioButton {
public:
    WrappingRadio(wxWindow* parent, const wxString& label, long style);

#ifdef __WXMSW__
protected:
    wxSize DoGetBestSize() const override;
#endif
};

}  // namespace ziwb::gui
