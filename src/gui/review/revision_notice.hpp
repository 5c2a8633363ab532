// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <vector>

#include "session/workspace_session.hpp"

class wxButton;
class wxTextCtrl;

namespace ziwb::gui {

class WrapText;

/// For the unit's team on a criterion page: what the evaluator says of it (the status, and when
/// it "needs revision" the reason and how many revisions were asked), and the unit's answer to a
/// revision: "ready for re-check" with a note of what was changed (MarkReadyForRecheck). Shown
/// only once the evaluator has looked at the criterion.
class RevisionNotice final : public wxPanel {
public:
    RevisionNotice(wxWindow* parent, WorkspaceSession& session, int node);

    /// Marks the revision done with the note typed; a refusal is shown as one line.
    void MarkReady();
    void Rewrap(int width);

private:
    void Fill();

    WorkspaceSession& m_session;
    int m_node;
    WrapText* m_status = nullptr;
    WrapText* m_reason = nullptr;
    WrapText* m_ready = nullptr;
    wxTextCtrl* m_note = nullptr;
    wxButton* m_mark = nullptr;
    WrapText* m_problem = nullptr;
    std::vector<WrapText*> m_wraps;
    Subscription m_subscription;
};

/// Whether the page of `node` has a review to show the unit (the evaluator set a status).
[[nodiscard]] bool HasReviewToShow(WorkspaceSession& session, int node);

}  // namespace ziwb::gui
