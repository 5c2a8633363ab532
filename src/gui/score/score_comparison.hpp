// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>
#include <vector>

#include "review/score_compare.hpp"
#include "session/workspace_session.hpp"

class wxListView;
class wxStaticText;

namespace ziwb::gui {

/// The unit's and the evaluator's scores side by side (core::CompareLayers): totals, areas and
/// verdicts in two columns, then the criteria they answer differently, ranked by the points at
/// stake. A difference opens its criterion when activated. It shows the engine's numbers only.
class ScoreComparisonView final : public wxPanel {
public:
    ScoreComparisonView(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> jump);

    /// The comparison shown.
    [[nodiscard]] const core::ScoreComparison& Comparison() const { return m_comparison; }
    void Fill();

private:
    WorkspaceSession& m_session;
    std::function<void(int)> m_jump;
    core::ScoreComparison m_comparison;
    wxListView* m_scores = nullptr;
    wxListView* m_differences = nullptr;
    wxStaticText* m_summary = nullptr;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
