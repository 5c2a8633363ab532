// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

#include "documents/document_signatures.hpp"
#include "documents/document_template.hpp"

class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;
class wxButton;

namespace ziwb::gui {

class MainFrame;
class WorkspaceSession;

/// The unit's commitment documents (Pakta Integritas, Komitmen Bersama, SPTJM, Surat Pengajuan
/// Evaluasi): for the one chosen, who is expected to sign it and who has (when, in ink or
/// electronically, as which evidence item); buttons make the PDFs of the chosen people or of all,
/// and attach a folder of signed scans matched by the NIP in their names.
class DocumentsDialog : public wxDialog {
public:
    DocumentsDialog(MainFrame& frame, WorkspaceSession& session);

    /// The signatures shown, after the filter (for the tests).
    [[nodiscard]] const std::vector<core::SignerStatus>& Shown() const { return m_shown; }

private:
    void ShowTemplate();
    [[nodiscard]] const core::DocumentTemplate& Chosen() const;
    [[nodiscard]] std::vector<std::string> SelectedNips() const;
    void OnMake(bool everyone);
    void OnAttach();

    MainFrame& m_frame;
    WorkspaceSession& m_session;
    std::vector<core::DocumentTemplate> m_templates;  ///< those whose signatures the register keeps
    std::vector<core::SignerStatus> m_shown;
    wxChoice* m_choice = nullptr;
    wxStaticText* m_summary = nullptr;
    wxCheckBox* m_only_unsigned = nullptr;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_place = nullptr;
    wxButton* m_make_selected = nullptr;
    wxButton* m_make_all = nullptr;
};

/// Shows the documents window over the frame's workspace.
void ShowDocuments(MainFrame& frame);

}  // namespace ziwb::gui
