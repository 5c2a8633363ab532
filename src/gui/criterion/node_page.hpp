// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/scrolwin.h>
#include <wx/timer.h>

#include <functional>
#include <string>
#include <vector>

#include "session/workspace_session.hpp"

class wxTextCtrl;
class wxDataViewListCtrl;
class wxSizer;

namespace ziwb::gui {

class AnswerEditor;
class ReviewDesk;
class RevisionNotice;
class WrapText;

/// What the page needs from the window around it.
struct NodePageHooks {
    std::function<void(int)> select;                      ///< open another node
    std::function<void(const std::string&)> run_command;  ///< "go/next", ...
    /// Builds the evidence panel of a criterion, or null while the workspace has no evidence vault.
    std::function<wxWindow*(wxWindow* parent, int node)> evidence_panel;
    /// Builds the evidence checklist of a criterion (the form's suggestions and the team's lines).
    std::function<wxWindow*(wxWindow* parent, int node)> checklist_panel;
};

/// The page of one node. For a criterion: its place in the LKE, the question, every option with the
/// regulation's description in the control that fits the answer type, the note, the suggested
/// evidence and the evidence panel, and previous/next. For a group: its score and its children.
class NodePage final : public wxScrolledWindow {
public:
    NodePage(wxWindow* parent, WorkspaceSession& session, NodePageHooks hooks);
    ~NodePage() override;

    void ShowNode(int node);
    [[nodiscard]] int Node() const { return m_node; }
    /// Writes the typed note or counts that wait for a pause.
    void CommitPending();
    void FocusAnswer();
    /// Rebuilds the page in the current language.
    void Relabel();
    /// The evaluator's desk of the page shown (null for the unit, or on a group).
    [[nodiscard]] ReviewDesk* Desk() { return m_desk; }
    /// The review notice of the unit's page shown (null when none).
    [[nodiscard]] RevisionNotice* Notice() { return m_notice; }

private:
    void Build();
    void BuildCriterion(wxSizer* sizer);
    /// The unit's own answer and note, editable.
    void BuildUnitAnswer(wxSizer* sizer);
    void BuildGroup(wxSizer* sizer);
    void CommitAnswer(const std::optional<core::Answer>& answer);
    void CommitNote();
    void OnNoteKillFocus(wxFocusEvent& event);
    void OnSessionChange(const SessionChange& change);
    bool RefreshCriterionState();
    void RebuildEditor();
    void RewrapAll();
    /// The width texts on the page wrap to, and the answer editor's (-1 while the page is too narrow).
    [[nodiscard]] int TextWidth() const;
    [[nodiscard]] int EditorWidth() const;
    WrapText* AddWrap(wxSizer* sizer, const wxString& text, const wxString& name, int font_step = 0, bool bold = false);

    WorkspaceSession& m_session;
    NodePageHooks m_hooks;
    int m_node = -1;
    AnswerEditor* m_editor = nullptr;
    wxTextCtrl* m_note = nullptr;
    ReviewDesk* m_desk = nullptr;        ///< an evaluator's page
    RevisionNotice* m_notice = nullptr;  ///< the unit's page of a reviewed criterion
    wxDataViewListCtrl* m_children = nullptr;
    std::vector<WrapText*> m_wraps;
    WrapText* m_position = nullptr;
    wxTimer m_note_timer;
    bool m_note_dirty = false;
    int m_wrap_width = -1;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
