// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/workbench_view.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <algorithm>

#include "common/text.hpp"
#include "criterion/node_page.hpp"
#include "navigator/navigator_panel.hpp"
#include "score/score_panel.hpp"
#include "util/set_label.hpp"
#include "util/text_label.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

// Shares of the width and their bounds, in DIPs: the page keeps at least kPageMin, or the score
// panel folds.
constexpr int kNavigatorPercent = 26;
constexpr int kNavigatorMin = 220;
constexpr int kNavigatorMax = 560;
constexpr int kScorePercent = 24;
constexpr int kScoreMin = 260;
constexpr int kScoreMax = 480;
constexpr int kPageMin = 560;
/// With the score panel folded, the tree may take what the page does not need up to this: at
/// 1024 pixels the names and the scores then both show.
constexpr int kNavigatorFolded = 330;

}  // namespace

WorkbenchView::WorkbenchView(wxWindow* parent, WorkspaceSession& session, Hooks hooks)
    // Made at the size it is about to get, and the score panel split off at its own width at
    // once (AdaptToWidth below): its texts are not wrapped first at a width it only passes through.
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, parent->GetClientSize()),
      m_session(session),
      m_hooks(std::move(hooks)) {
    SetName("workbench_view");
    m_summary = new wxPanel(this, wxID_ANY);
    m_summary->SetName("score_summary");
    m_summary_text = new TextLabel(m_summary, wxString(), wxST_ELLIPSIZE_END, "score_summary_text");
    m_summary_button = new wxButton(m_summary, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                                    wxDefaultValidator, "score_panel_toggle");
    m_summary_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ToggleScorePanel(); });
    auto* summary_sizer = new wxBoxSizer(wxHORIZONTAL);
    summary_sizer->Add(m_summary_text, wxSizerFlags(1).CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    summary_sizer->Add(m_summary_button, wxSizerFlags().Border(wxALL, FromDIP(2)));
    m_summary->SetSizer(summary_sizer);

    m_outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, GetClientSize(), wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outer->SetName("navigator_splitter");
    m_inner = new wxSplitterWindow(m_outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_inner->SetName("score_splitter");
    m_outer->SetMinimumPaneSize(FromDIP(kNavigatorMin) / 2);
    m_inner->SetMinimumPaneSize(FromDIP(kScoreMin) / 2);
    m_inner->SetSashGravity(1.0);  // the page grows with the window; the panels keep their width

    m_navigator = new NavigatorPanel(m_outer, session, m_hooks.has_evidence, [this](int node) { SelectNode(node); });
    NodePageHooks page_hooks;
    page_hooks.select = [this](int node) { SelectNode(node); };
    page_hooks.run_command = m_hooks.run_command;
    page_hooks.evidence_panel = m_hooks.evidence_panel;
    page_hooks.checklist_panel = m_hooks.checklist_panel;
    m_page = new NodePage(m_inner, session, page_hooks);
    m_score = new ScorePanel(m_inner, session, [this](int node) { SelectNode(node); });

    m_outer->SplitVertically(m_navigator, m_inner, FromDIP(kNavigatorMin));
    // Split by AdaptToWidth, at the width the score panel keeps.
    m_inner->Initialize(m_page);
    m_score->Hide();

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_summary, wxSizerFlags().Expand());
    sizer->Add(m_outer, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_summary->Hide();
    AdaptToWidth(GetClientSize().x);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_laid_out_width) {
            AdaptToWidth(event.GetSize().x);
        }
    });
    m_subscription = m_session.Subscribe([this](const SessionChange&) { UpdateSummary(); });
    UpdateSummary();
}

bool WorkbenchView::IsScorePanelShown() const {
    return m_score_choice.value_or(!m_compact);
}

void WorkbenchView::ToggleScorePanel() {
    m_score_choice = !IsScorePanelShown();
    m_laid_out_width = -1;
    AdaptToWidth(GetClientSize().x);
    if (!IsScorePanelShown()) {
        m_summary_button->SetFocus();
    }
}

void WorkbenchView::AdaptToWidth(int width) {
    if (width <= 0) {
        return;
    }
    m_laid_out_width = width;
    int navigator = std::clamp(width * kNavigatorPercent / 100, FromDIP(kNavigatorMin), FromDIP(kNavigatorMax));
    int score = std::clamp(width * kScorePercent / 100, FromDIP(kScoreMin), FromDIP(kScoreMax));
    m_compact = width - navigator - score < FromDIP(kPageMin);
    const bool show_score = IsScorePanelShown();
    if (m_compact && show_score) {
        // Asked for on a narrow screen: the panels take their minimum and the page the rest.
        navigator = FromDIP(kNavigatorMin);
        score = FromDIP(kScoreMin);
    } else if (m_compact) {
        navigator = std::max(navigator, std::min(FromDIP(kNavigatorFolded), width - FromDIP(kPageMin)));
    }
    Freeze();
    m_summary->Show(!show_score);
    Layout();
    m_outer->SetSashPosition(navigator);
    const int inner = std::max(width - navigator - m_outer->GetSashSize(), FromDIP(100));
    if (show_score) {
        if (!m_inner->IsSplit()) {
            m_score->Show();
            m_inner->SplitVertically(m_page, m_score, inner - score);
        } else {
            m_inner->SetSashPosition(inner - score);
        }
    } else if (m_inner->IsSplit()) {
        m_inner->Unsplit(m_score);
    }
    UpdateSummary();
    Thaw();
}

void WorkbenchView::UpdateSummary() {
    if (m_summary == nullptr || !m_summary->IsShown()) {
        if (m_summary_button != nullptr) {
            // TRANSLATORS: button that folds the score panel away on a narrow screen
            SetLabelIfChanged(m_summary_button, _("Hide the score panel"));
        }
        return;
    }
    const auto& report = m_session.Report();
    // TRANSLATORS: one-line summary of the folded score panel: "Score 62,35 of 100"
    wxString text = wxString::Format(_("Score %s of 100"), Wx(core::FormatNumber(report.Total(), 2)));
    for (const auto& verdict : report.verdicts) {
        // TRANSLATORS: in the folded score panel: a predicate is met / not yet met
        text << L"   \u00b7   " << Wx(verdict.predicate) << " " << (verdict.eligible ? _("met") : _("not yet"));
    }
    const bool moved = SetLabelIfChanged(m_summary_text, text);
    if (moved) {
        m_summary_text->SetToolTip(text);
    }
    // TRANSLATORS: button that shows the folded score panel (F9)
    if (SetLabelIfChanged(m_summary_button, _("Show the score panel") + " (F9)") || moved) {
        m_summary->Layout();
    }
}

void WorkbenchView::SelectNode(int node) {
    if (node < 0 || node >= static_cast<int>(m_session.Form().Nodes().size())) {
        return;
    }
    m_page->ShowNode(node);
    m_navigator->ShowSelected(node);
    if (m_hooks.selected) {
        m_hooks.selected(node);
    }
}

int WorkbenchView::CurrentNode() const {
    return m_page->Node();
}

void WorkbenchView::CommitPending() {
    m_page->CommitPending();
}

void WorkbenchView::Relabel() {
    m_page->Relabel();
    m_score->Relabel();
    UpdateSummary();
}

}  // namespace ziwb::gui
