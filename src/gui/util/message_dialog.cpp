// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/message_dialog.hpp"

#include <wx/stockitem.h>

namespace ziwb::gui {

MessageDialog::MessageDialog(wxWindow* parent, const wxString& message, const wxString& caption, long style)
    : wxMessageDialog(parent, message, caption, style) {
    // Plain strings, not stock ids: a stock id would hand GTK its own untranslated label again.
    const wxString ok = wxGetStockLabel(wxID_OK);
    const wxString cancel = wxGetStockLabel(wxID_CANCEL);
    if ((style & wxYES_NO) != 0) {
        const wxString yes = wxGetStockLabel(wxID_YES);
        const wxString no = wxGetStockLabel(wxID_NO);
        if ((style & wxCANCEL) != 0) {
            SetYesNoCancelLabels(yes, no, cancel);
        } else {
            SetYesNoLabels(yes, no);
        }
    } else if ((style & wxCANCEL) != 0) {
        SetOKCancelLabels(ok, cancel);
    } else {
        SetOKLabel(ok);
    }
    if ((style & wxHELP) != 0) {
        SetHelpLabel(wxGetStockLabel(wxID_HELP));
    }
}

int ShowMessage(const wxString& message, const wxString& caption, long style, wxWindow* parent) {
    MessageDialog dialog(parent, message, caption, style);
    switch (dialog.ShowModal()) {
        case wxID_YES: return wxYES;
        case wxID_NO: return wxNO;
        case wxID_OK: return wxOK;
        case wxID_HELP: return wxHELP;
        default: return wxCANCEL;  // as wxMessageBox: closed without a choice
    }
}

}  // namespace ziwb::gui
