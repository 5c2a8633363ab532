// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/msgdlg.h>

namespace ziwb::gui {

/// wxMessageDialog with buttons labelled from our catalogs. wxGTK otherwise asks GTK for its stock
/// buttons, which GTK translates only where the system has the Indonesian locale installed (most
/// laptops do not): a question in Indonesian was answered with "Yes" and "No". Every message box
/// of the workbench is one of these; the test gui_message_boxes_are_ours refuses a bare one.
class MessageDialog : public wxMessageDialog {
public:
    MessageDialog(wxWindow* parent, const wxString& message, const wxString& caption, long style);
};

/// wxMessageBox's replacement: shows a MessageDialog and returns wxYES, wxNO, wxOK, wxHELP or wxCANCEL.
int ShowMessage(const wxString& message, const wxString& caption, long style, wxWindow* parent);

}  // namespace ziwb::gui
