// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>

#include "navigator/navigator_model.hpp"
#include "session/workspace_session.hpp"

class wxChoice;
class wxDataViewCtrl;
class wxSearchCtrl;
class wxStaticText;

namespace ziwb::gui {

/// The LKE tree with its search box and filter. Tells `on_select` which node the user chose; follows
/// the session's changes on its own.
class NavigatorPanel final : public wxPanel {
public:
    NavigatorPanel(wxWindow* parent, WorkspaceSession& session, std::function<bool(int)> has_evidence,
                   std::function<void(int)> on_select);

    /// Shows `node` selected (expanding what is above it) without telling on_select.
    void ShowSelected(int node);
    void SetFilter(NavigatorFilter filter, const wxString& search);
    void FocusSearch();
    void FocusTree();
    [[nodiscard]] const NavigatorModel& Model() const { return *m_model; }
    /// The node the tree has selected, or -1.
    [[nodiscard]] int SelectedNode() const;
    /// The tooltip the tree shows over `node`: its code and full name (the column cuts long ones).
    [[nodiscard]] wxString ToolTipFor(int node) const;
    /// Hovering over a row at `point` (tree coordinates) shows its tooltip.
    void HoverAt(const wxPoint& point);

private:
    void ApplyFilter();
    void ExpandShown();
    void OnSessionChange(const SessionChange& change);
    /// Reads the review layer's open revisions into the model, for the "revision asked" filter.
    void LoadRevisions();
    /// A printable key typed in the tree goes to our search box (instead of GTK's own).
    void OnTreeChar(wxKeyEvent& event);

    WorkspaceSession& m_session;
    std::function<void(int)> m_on_select;
    wxObjectDataPtr<NavigatorModel> m_model;
    wxSearchCtrl* m_search = nullptr;
    wxChoice* m_filter = nullptr;
    wxDataViewCtrl* m_tree = nullptr;
    wxStaticText* m_count = nullptr;
    bool m_syncing = false;
    int m_hovered = -1;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
