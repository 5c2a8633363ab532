// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator/navigator_panel.hpp"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <algorithm>

#include "common/error.hpp"
#include "navigator/node_text.hpp"
#include "review/review_status.hpp"
#include "review/review_text.hpp"
#include "util/text_label.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

NavigatorPanel::NavigatorPanel(wxWindow* parent, WorkspaceSession& session, std::function<bool(int)> has_evidence,
                               std::function<void(int)> on_select)
    : wxPanel(parent, wxID_ANY),
      m_session(session),
      m_on_select(std::move(on_select)),
      m_model(new NavigatorModel(session, std::move(has_evidence))) {
    SetName("navigator");

    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_search->SetName("navigator_search");
    // TRANSLATORS: placeholder of the navigator's search box
    m_search->SetDescriptiveText(_("Search questions and options"));
    m_search->ShowCancelButton(true);

    m_filter = new wxChoice(this, wxID_ANY);
    m_filter->SetName("navigator_filter");
    // TRANSLATORS: navigator filter: show every criterion
    m_filter->Append(_("All criteria"));
    // TRANSLATORS: navigator filter
    m_filter->Append(_("Unanswered"));
    // TRANSLATORS: navigator filter
    m_filter->Append(_("Without evidence"));
    // TRANSLATORS: navigator filter: the evaluator (%s: TPI) answered differently
    m_filter->Append(
        wxString::Format(_("Differs from evaluator (%s)"), ShortLayerName(m_session.Form(), m_session.Role().layer)));
    // TRANSLATORS: navigator filter: criteria the evaluator (%s: TPI) sent back for revision
    m_filter->Append(
        wxString::Format(_("Revision asked (%s)"), ShortLayerName(m_session.Form(), m_session.Role().layer)));
    m_filter->SetSelection(0);
    if (!m_session.MyAreas().empty()) {
        // TRANSLATORS: navigator filter: the change areas the team register gives the user
        m_filter->Append(_("My areas"));
        // A member starts on their own areas.
        m_filter->SetSelection(static_cast<int>(NavigatorFilter::MyAreas));
    }
    // TRANSLATORS: accessible name of the filter list
    m_filter->SetToolTip(_("Which criteria the tree shows"));

    m_tree = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_SINGLE | wxDV_NO_HEADER | wxDV_ROW_LINES);
    m_tree->SetName("navigator_tree");
    m_tree->AssociateModel(m_model.get());
    // The title column can be widened by dragging; the score column, last, takes the rest.
    auto* title = m_tree->AppendTextColumn(_("Criterion"), NavigatorModel::kTitle, wxDATAVIEW_CELL_INERT, FromDIP(250),
                                           wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
    title->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    m_tree->SetExpanderColumn(title);
    // The names take the width the counts and scores leave: a wide screen shows them whole.
    m_tree->Bind(wxEVT_SIZE, [this, title](wxSizeEvent& event) {
        const int others = FromDIP(58) + FromDIP(104) + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
        title->SetWidth(std::max(FromDIP(120), event.GetSize().x - others - FromDIP(8)));
        event.Skip();
    });
    m_tree->AppendTextColumn(_("Done"), NavigatorModel::kDone, wxDATAVIEW_CELL_INERT, FromDIP(58), wxALIGN_CENTER);
    m_tree->AppendTextColumn(_("Score"), NavigatorModel::kScore, wxDATAVIEW_CELL_INERT, FromDIP(104), wxALIGN_RIGHT);

    m_count = new TextLabel(this, wxString());
    m_count->SetName("navigator_count");

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_search, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP));
    sizer->Add(m_filter, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP));
    sizer->Add(m_tree, wxSizerFlags(1).Expand().Border(wxALL));
    sizer->Add(m_count, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));
    SetSizer(sizer);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { ApplyFilter(); });
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        m_search->Clear();
        ApplyFilter();
    });
    m_search->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        // Enter in the search box opens the first criterion found.
        const auto shown = m_model->ShownCriteria();
        if (!shown.empty()) {
            m_on_select(shown.front());
        }
    });
    m_filter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { ApplyFilter(); });
    m_tree->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent& event) {
        if (!m_syncing && event.GetItem().IsOk()) {
            m_on_select(NavigatorModel::NodeOf(event.GetItem()));
        }
    });
    // GTK's tree has a main window of its own in the generic build, and is its own main window in GTK's.
    m_tree->GetMainWindow()->Bind(wxEVT_CHAR, &NavigatorPanel::OnTreeChar, this);
    m_tree->GetMainWindow()->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        HoverAt(event.GetPosition());
        event.Skip();
    });
    m_subscription = m_session.Subscribe([this](const SessionChange& change) { OnSessionChange(change); });
    ApplyFilter();
}

wxString NavigatorPanel::ToolTipFor(int node) const {
    const core::Form& form = m_session.Form();
    wxString tip = Wx(form.Node(node).code) + "\n" + Wx(NodeTitle(form, form.Node(node)));
    if (const wxString difference = m_model->DifferenceText(node); !difference.empty()) {
        tip << "\n" << difference;
    }
    if (const wxString revision = m_model->RevisionText(node); !revision.empty()) {
        tip << "\n" << revision;
    }
    return tip;
}

void NavigatorPanel::HoverAt(const wxPoint& point) {
    wxDataViewItem item;
    wxDataViewColumn* column = nullptr;
    m_tree->HitTest(point, item, column);
    const int node = item.IsOk() ? NavigatorModel::NodeOf(item) : -1;
    if (node == m_hovered) {
        return;
    }
    m_hovered = node;
    if (node < 0) {
        m_tree->UnsetToolTip();
    } else {
        m_tree->SetToolTip(ToolTipFor(node));
    }
}

void NavigatorPanel::OnTreeChar(wxKeyEvent& event) {
    const wxChar typed = event.GetUnicodeKey();
    if (typed < ' ' || event.HasAnyModifiers() ||  // WXK_NONE (0) is below ' ' too
        (event.GetKeyCode() == WXK_SPACE && m_search->GetValue().empty())) {
        event.Skip();
        return;
    }
    m_search->SetFocus();
    m_search->ChangeValue(m_search->GetValue() + wxString(typed));
    m_search->SetInsertionPointEnd();
    ApplyFilter();
}

void NavigatorPanel::OnSessionChange(const SessionChange& change) {
    if (change.kind == SessionChange::Kind::Answer && change.node >= 0) {
        m_model->ScoresChanged(change.node);
    }
    // A status set or a re-check asked for changes the list of revisions being looked at.
    if (change.kind == SessionChange::Kind::Review &&
        static_cast<NavigatorFilter>(m_filter->GetSelection()) == NavigatorFilter::RevisionAsked) {
        ApplyFilter();
    }
}

void NavigatorPanel::LoadRevisions() {
    std::map<int, wxString> revisions;
    try {
        for (const auto& review : core::LoadReviews(m_session.Workspace(), m_session.Role().layer)) {
            if (review.state != core::ReviewState::NeedsRevision &&
                review.state != core::ReviewState::ReadyForRecheck) {
                continue;
            }
            const int node = m_session.Form().Find(review.code);
            if (node < 0) {
                continue;
            }
            wxString text = Wx(core::ReviewStateLabel(review.state));
            if (review.state == core::ReviewState::NeedsRevision && !review.note.empty()) {
                text << ": " << Wx(review.note);
            }
            revisions.emplace(node, text);
        }
    } catch (const core::UserError&) {
        // A file of an older format, read as it is, has no reviews: nothing was asked.
    }
    m_model->SetRevisions(std::move(revisions));
}

void NavigatorPanel::SetFilter(NavigatorFilter filter, const wxString& search) {
    m_filter->SetSelection(static_cast<int>(filter));
    m_search->ChangeValue(search);
    ApplyFilter();
}

void NavigatorPanel::ApplyFilter() {
    const int selected = SelectedNode();
    const auto filter = static_cast<NavigatorFilter>(std::max(0, m_filter->GetSelection()));
    m_syncing = true;
    if (filter == NavigatorFilter::RevisionAsked) {
        LoadRevisions();
    }
    m_model->SetFilter(filter, Utf8(m_search->GetValue()));
    ExpandShown();
    if (selected >= 0 && m_model->IsShown(selected)) {
        ShowSelected(selected);
    }
    m_syncing = false;
    const auto count = m_model->ShownCriteria().size();
    // TRANSLATORS: below the navigator: how many criteria the filter shows
    m_count->SetLabel(wxString::Format(wxPLURAL("%d criterion shown", "%d criteria shown", static_cast<int>(count)),
                                       static_cast<int>(count)));
    Layout();
}

void NavigatorPanel::ExpandShown() {
    // Everything is open while a filter or search narrows the tree; otherwise the parts and
    // areas are open and the subindicators closed, so the tree starts short.
    const core::Form& form = m_session.Form();
    const bool narrowed = m_filter->GetSelection() > 0 || !m_search->GetValue().empty();
    for (std::size_t i = 1; i < form.Nodes().size(); ++i) {
        const auto& node = form.Nodes()[i];
        const int index = static_cast<int>(i);
        if (node.children.empty() || !m_model->IsShown(index)) {
            continue;
        }
        const bool open = narrowed || node.kind == core::NodeKind::Component || node.kind == core::NodeKind::Part;
        if (open) {
            m_tree->Expand(NavigatorModel::ItemOf(index));
        }
    }
}

void NavigatorPanel::ShowSelected(int node) {
    if (node < 0 || !m_model->IsShown(node)) {
        m_tree->UnselectAll();
        return;
    }
    const bool was_syncing = m_syncing;
    m_syncing = true;
    const auto item = NavigatorModel::ItemOf(node);
    m_tree->ExpandAncestors(item);
    m_tree->Select(item);
    m_tree->EnsureVisible(item);
    m_syncing = was_syncing;
}

int NavigatorPanel::SelectedNode() const {
    const auto item = m_tree->GetSelection();
    return item.IsOk() ? NavigatorModel::NodeOf(item) : -1;
}

void NavigatorPanel::FocusSearch() {
    m_search->SetFocus();
    m_search->SelectAll();
}

void NavigatorPanel::FocusTree() {
    m_tree->SetFocus();
}

}  // namespace ziwb::gui
