// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/value_label.hpp"

namespace ziwb::gui {

bool SetValueLabel(wxStaticText* label, const wxString& text) {
    const wxString before = label->GetLabel();
    if (before == text) {
        return false;
    }
    SetLabelOnly(label, text);
    const wxSize size = label->GetTextExtent(text);
    const wxSize old_size = label->GetTextExtent(before);
    const bool fits = label->HasFlag(wxALIGN_RIGHT) ? size.x <= old_size.x : size.x == old_size.x;
    return !fits || size.y != old_size.y;
}

void SetLabelOnly(wxStaticText* label, const wxString& text) {
    if (label->GetLabel() != text) {
        label->SetLabel(text);
        label->InvalidateBestSize();  // a label that does not resize itself keeps its old one
    }
}

}  // namespace ziwb::gui
