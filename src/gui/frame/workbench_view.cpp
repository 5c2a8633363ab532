#include "frame/workbench_view.hpp"

#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include "criterion/node_page.hpp"
#include "navigator/navigator_panel.hpp"
#include "score/score_panel.hpp"

namespace ziwb::gui {

WorkbenchView::WorkbenchView(wxWindow* parent, WorkspaceSession& session, Hooks hooks)
    : wxPanel(parent, wxID_ANY), m_session(session), m_hooks(std::move(hooks)) {
    SetName("workbench_view");
    m_outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_outer->SetName("navigator_splitter");
    m_inner = new wxSplitterWindow(m_outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_inner->SetName("score_splitter");
    m_outer->SetMinimumPaneSize(FromDIP(200));
    m_inner->SetMinimumPaneSize(FromDIP(240));
    m_inner->SetSashGravity(1.0);  // the page grows with the window; the panels keep their width

    m_navigator = new NavigatorPanel(m_outer, session, m_hooks.has_evidence, [this](int node) { SelectNode(node); });
    NodePageHooks page_hooks;
    page_hooks.select = [this](int node) { SelectNode(node); };
    page_hooks.run_command = m_hooks.run_command;
    page_hooks.evidence_panel = m_hooks.evidence_panel;
    page_hooks.checklist_panel = m_hooks.checklist_panel;
    m_page = new NodePage(m_inner, session, page_hooks);
    m_score = new ScorePanel(m_inner, session, [this](int node) { SelectNode(node); });

    m_outer->SplitVertically(m_navigator, m_inner, FromDIP(440));
    m_inner->SplitVertically(m_page, m_score, -FromDIP(380));
    wxPersistentRegisterAndRestore(m_outer, "navigator_splitter");
    wxPersistentRegisterAndRestore(m_inner, "score_splitter");

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_outer, wxSizerFlags(1).Expand());
    SetSizer(sizer);
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
}

}  // namespace ziwb::gui
