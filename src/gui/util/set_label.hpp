// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/window.h>

namespace ziwb::gui {

/// Sets a control's label only when it differs, and says whether it did. On GTK a new label
/// measures the control again and makes the whole window lay out and repaint: an answer must not
/// pay that for labels that stay the same.
inline bool SetLabelIfChanged(wxWindow* window, const wxString& label) {
    if (window->GetLabel() == label) {
        return false;
    }
    window->SetLabel(label);
    return true;
}

}  // namespace ziwb::gui
