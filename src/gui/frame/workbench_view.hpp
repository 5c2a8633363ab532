#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>

#include "session/workspace_session.hpp"

class wxSplitterWindow;

namespace ziwb::gui {

class NavigatorPanel;
class NodePage;
class ScorePanel;

/// The working view of an open workspace: the navigator on the left, the page of the chosen node
/// in the middle, the score panel on the right. Sash positions are remembered.
class WorkbenchView final : public wxPanel {
public:
    struct Hooks {
        std::function<void(const std::string&)> run_command;
        std::function<wxWindow*(wxWindow*, int)> evidence_panel;
        std::function<bool(int)> has_evidence;
        std::function<wxWindow*(wxWindow*, int)> checklist_panel;
        std::function<void(int)> selected;  ///< after the shown node changed
    };
    WorkbenchView(wxWindow* parent, WorkspaceSession& session, Hooks hooks);

    /// Shows `node` in the page and the navigator.
    void SelectNode(int node);
    [[nodiscard]] int CurrentNode() const;
    void CommitPending();
    void Relabel();

    [[nodiscard]] NavigatorPanel& Navigator() { return *m_navigator; }
    [[nodiscard]] NodePage& Page() { return *m_page; }
    [[nodiscard]] ScorePanel& Score() { return *m_score; }

private:
    WorkspaceSession& m_session;
    Hooks m_hooks;
    wxSplitterWindow* m_outer = nullptr;
    wxSplitterWindow* m_inner = nullptr;
    NavigatorPanel* m_navigator = nullptr;
    NodePage* m_page = nullptr;
    ScorePanel* m_score = nullptr;
};

}  // namespace ziwb::gui
