// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>

namespace ziwb::test_support {

/// Answers a message box of the workbench and keeps its text, and with `buttons` its Yes and No
/// labels ("_Ya|_Tidak" as GTK writes mnemonics). Every message box must carry our labels
/// (gui::MessageDialog): GTK's stock ones stay English without the system's Indonesian locale.
class AnswerMessage : public wxExpectModalBase<wxMessageDialog> {
public:
    AnswerMessage(int answer, wxString& text, wxString* buttons = nullptr)
        : m_answer(answer), m_text(text), m_buttons(buttons) {}
    explicit AnswerMessage(wxString& text) : AnswerMessage(wxID_OK, text) {}

protected:
    int OnInvoked(wxMessageDialog* dialog) const override {
        m_text = dialog->GetMessage();
        EXPECT_TRUE(dialog->HasCustomLabels()) << "a bare wxMessageDialog: " << m_text;
        if (m_buttons != nullptr) {
            *m_buttons = dialog->GetYesLabel() + "|" + dialog->GetNoLabel();
        }
        return m_answer;
    }

private:
    int m_answer;
    wxString& m_text;
    wxString* m_buttons;
};

}  // namespace ziwb::test_support
