// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>

#include "session/workspace_session.hpp"

class wxButton;
class wxSplitterWindow;
class wxStaticText;

namespace ziwb::gui {

class NavigatorPanel;
class NodePage;
class ScorePanel;

/// The working view of an open workspace: the navigator on the left, the page of the chosen node
/// in the middle, the score panel on the right. The panes share the width in proportion, so a
/// wide screen gives the tree and the score panel room too; on a narrow one (1024 px) the score
/// panel folds into a one-line summary above the panes, with a button to show it again.
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

    /// Whether the window is too narrow for three panes side by side.
    [[nodiscard]] bool IsCompact() const { return m_compact; }
    [[nodiscard]] bool IsScorePanelShown() const;
    /// Shows or folds the score panel (the user's choice, kept until the next toggle).
    void ToggleScorePanel();

    [[nodiscard]] NavigatorPanel& Navigator() { return *m_navigator; }
    [[nodiscard]] NodePage& Page() { return *m_page; }
    [[nodiscard]] ScorePanel& Score() { return *m_score; }

private:
    void AdaptToWidth(int width);
    void UpdateSummary();

    WorkspaceSession& m_session;
    Hooks m_hooks;
    wxSplitterWindow* m_outer = nullptr;
    wxSplitterWindow* m_inner = nullptr;
    NavigatorPanel* m_navigator = nullptr;
    NodePage* m_page = nullptr;
    ScorePanel* m_score = nullptr;
    wxPanel* m_summary = nullptr;  ///< the folded score panel: total, verdicts, a button to show it
    wxStaticText* m_summary_text = nullptr;
    wxButton* m_summary_button = nullptr;
    int m_laid_out_width = -1;
    bool m_compact = false;
    std::optional<bool> m_score_choice;  ///< the user's toggle; by default shown unless compact
    Subscription m_subscription;
};

}  // namespace ziwb::gui
