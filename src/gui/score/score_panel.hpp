// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

#include "score/verdict_list.hpp"
#include "session/workspace_session.hpp"

class wxGauge;
class wxStaticText;

namespace ziwb::gui {

class AreaBar;
class ScoreComparisonView;
class WrapText;

/// Always beside the pages: the engine's total, Pengungkit and Hasil, completeness and the total
/// with unanswered criteria as 0, each change area against its weight with the WBK and WBBM
/// minimums marked, and the verdicts with every unmet condition. A condition is a link to where
/// the points are missing. It shows the engine's numbers only; it computes none. An evaluator sees
/// their own layer's score there, with the unit's total under it.
class ScorePanel final : public wxScrolledWindow {
public:
    ScorePanel(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> jump);

    /// Rebuilds the panel in the current language.
    void Relabel();
    /// Follows a link of the verdicts ("node:A.I.3"), as a click does.
    void OpenLink(const wxString& href);
    /// The unit's and the evaluator's scores side by side; null while no evaluator answered.
    [[nodiscard]] ScoreComparisonView* Comparison() { return m_comparison; }

private:
    void Build();
    /// Shows the report's values; `layout_all` lays the whole panel out again (built or resized).
    void UpdateValues(bool layout_all);
    /// Wraps the texts and the verdicts to the panel's width when it changed.
    void WrapToWidth();
    [[nodiscard]] int TextWidth() const;
    [[nodiscard]] int VerdictWidth() const;
    /// The report the panel shows: the evaluator's layer for an evaluator, else the unit's.
    [[nodiscard]] const core::ScoreReport& Shown() const;
    /// Scores the evaluator's layer again (nothing for the unit, whose report the session keeps).
    void RescoreLayer();
    [[nodiscard]] std::vector<VerdictList::Line> VerdictLines() const;
    WrapText* AddText(const wxString& text, const wxString& name, int font_step = 0, bool bold = false,
                      bool grey = false);

    WorkspaceSession& m_session;
    std::function<void(int)> m_jump;
    wxStaticText* m_total = nullptr;
    wxStaticText* m_pengungkit = nullptr;
    wxStaticText* m_hasil = nullptr;
    WrapText* m_other_total = nullptr;  ///< for an evaluator: the unit's own total
    core::ScoreReport m_layer_report;   ///< for an evaluator: their layer's score
    wxGauge* m_completeness_gauge = nullptr;
    WrapText* m_completeness = nullptr;
    WrapText* m_if_zero = nullptr;
    std::vector<wxStaticText*> m_area_values;
    std::vector<AreaBar*> m_area_bars;
    VerdictList* m_verdicts = nullptr;
    ScoreComparisonView* m_comparison = nullptr;
    std::vector<WrapText*> m_wraps;
    int m_wrapped_width = -1;  ///< the client width the texts were last wrapped to
    Subscription m_subscription;
};

}  // namespace ziwb::gui
