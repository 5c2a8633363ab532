// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/collpane.h>

#include "session/workspace_session.hpp"

namespace ziwb::gui {

class HistoryList;

/// Who changed a criterion's answer or note, to what and when: the workspace's history of the
/// criterion in both layers (the unit's and the evaluator's), newest first, folded under a heading
/// that counts the changes; the list is made when first unfolded. It follows the session's
/// changes of the criterion, reading only the newest changes it shows: a criterion answered a
/// thousand times costs an answer no more.
class HistoryPanel final : public wxCollapsiblePane {
public:
    HistoryPanel(wxWindow* parent, WorkspaceSession& session, int node);

    /// Unfolded, the list is made first.
    void Collapse(bool collapse = true) override;

    /// The rows the list shows (none while it was never unfolded).
    [[nodiscard]] int RowCount() const;
    /// The heading: "History of this criterion (3 changes)".
    [[nodiscard]] const wxString& Heading() const { return m_heading; }
    /// The text of a cell of the list (0 when, 1 who, 2 layer, 3 what, 4 answer, 5 note); empty
    /// while it was never unfolded.
    [[nodiscard]] wxString CellText(int row, int column) const;

protected:
    /// Folded, only the heading shows: the list is made when the pane is first unfolded (a list of
    /// six columns is a fair part of opening a criterion, and most histories stay folded).
    bool TryBefore(wxEvent& event) override;

private:
    void MakeList();
    void Fill();

    WorkspaceSession& m_session;
    int m_node;
    HistoryList* m_list = nullptr;
    wxString m_heading;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
