// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

#include "review/review_status.hpp"
#include "scoring/answer.hpp"
#include "session/workspace_session.hpp"

class wxChoice;
class wxTextCtrl;
class wxStaticText;

namespace ziwb::gui {

class WrapText;

/// The evaluator's desk on a criterion page: the unit's answer and note (read-only) beside the
/// evaluator's own answer and note in their layer at their level, then the review status with the
/// reason for "needs revision", the revisions asked so far and the unit's "ready for re-check"
/// note. Everything is written through the core calls the command line uses; what the core refuses
/// (a closed layer, a missing reason) is shown as its one line under the buttons.
class ReviewDesk final : public wxPanel {
public:
    ReviewDesk(wxWindow* parent, WorkspaceSession& session, int node);

    /// Writes the evaluator's answer and note as the controls hold them.
    void SaveAnswer();
    /// Writes the review status and reason as the controls hold them.
    void SaveStatus();
    /// The last refusal shown (empty after a change went through).
    [[nodiscard]] wxString Problem() const;
    void Rewrap(int width);
    /// Puts the keyboard focus on the evaluator's answer (Go > Answer, F7).
    void FocusAnswer();

private:
    void Fill();
    /// The answer the answer control holds; empty for "no answer". Throws core::UserError.
    [[nodiscard]] std::optional<core::Answer> ReadAnswer() const;
    /// Runs a write; a refusal is shown as one line instead of being thrown.
    void Write(const std::function<void()>& write);

    WorkspaceSession& m_session;
    int m_node;
    WrapText* m_locked = nullptr;
    WrapText* m_unit_answer = nullptr;
    wxTextCtrl* m_unit_note = nullptr;
    WrapText* m_levels = nullptr;
    wxChoice* m_answer_choice = nullptr;  ///< choice criteria
    wxTextCtrl* m_answer_text = nullptr;  ///< percentage and index criteria: the canonical text
    wxTextCtrl* m_note = nullptr;
    wxChoice* m_status = nullptr;
    wxTextCtrl* m_reason = nullptr;
    WrapText* m_revisions = nullptr;
    WrapText* m_ready = nullptr;
    WrapText* m_problem = nullptr;
    std::vector<WrapText*> m_wraps;
    Subscription m_subscription;
};

/// The statuses an evaluator sets, in the order the status control lists them.
[[nodiscard]] const std::vector<core::ReviewState>& SettableReviewStates();

}  // namespace ziwb::gui
