// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <string>
#include <vector>

#include "evidence/checklist.hpp"
#include "session/workspace_session.hpp"

class wxListView;

namespace ziwb::gui {

class EvidenceService;

/// The evidence checklist of one criterion: the documents the form suggests and the lines the team
/// added, each with what is attached to it and the evaluator's verdict (accepted, or rejected with
/// the reason). The team attaches one of the criterion's evidence items to a line, or adds a line.
class ChecklistPanel final : public wxPanel {
public:
    ChecklistPanel(wxWindow* parent, EvidenceService& service, WorkspaceSession& session, int node);

    [[nodiscard]] int LineCount() const;
    /// The state column of a line as shown ("Belum ada", "Terlampir (2)", ...).
    [[nodiscard]] wxString StateText(int line) const;
    /// Selects a line (as a click does).
    void SelectLine(int line);
    /// Asks for the title of a new line and adds it.
    void AddLine();
    /// Asks which of the criterion's evidence items backs the selected line and attaches it.
    void AttachToSelected();
    /// The evaluator's verdict on the selected line: accepted, or rejected with `reason`. Returns
    /// false (and says so) when no line is selected; a refusal of the core is thrown.
    bool ReviewSelected(bool accept, const std::string& reason);
    /// The key of the selected line, empty when none.
    [[nodiscard]] std::string SelectedKey() const;
    /// The buttons' and the Review menu's actions on the selected line (a reason is asked to reject).
    void AcceptSelected();
    void RejectSelected();

private:
    void Fill();
    [[nodiscard]] int SelectedLine() const;

    EvidenceService& m_service;
    WorkspaceSession& m_session;
    int m_node;
    wxListView* m_list = nullptr;
    std::vector<core::ChecklistEntry> m_lines;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
