// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterion/history_panel.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>

#include <algorithm>

#include "util/list_tooltips.hpp"
#include "util/shown_time.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

constexpr std::size_t kShownChanges = 200;

/// What a history action means, in the user's words.
wxString ActionText(const std::string& action) {
    // TRANSLATORS: history: a change made in the workbench
    if (action == "workbench") return _("changed here");
    // TRANSLATORS: history: a change undone in the workbench
    if (action == "undo") return _("undone");
    // TRANSLATORS: history: a change redone in the workbench
    if (action == "redo") return _("redone");
    // TRANSLATORS: history: a change made with `ziwb answer`
    if (action == "answer") return _("command line");
    // TRANSLATORS: history: answers imported from a CSV file
    if (action == "import") return _("imported");
    return Wx(action);
}

}  // namespace

HistoryPanel::HistoryPanel(wxWindow* parent, WorkspaceSession& session, int node)
    : wxCollapsiblePane(parent, wxID_ANY, wxString()), m_session(session), m_node(node) {
    SetName("history_panel");
    wxWindow* pane = GetPane();
    m_list = new wxListView(pane, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("criterion_history");
    // TRANSLATORS: history column
    m_list->AppendColumn(_("When (UTC)"), wxLIST_FORMAT_LEFT, FromDIP(130));
    // TRANSLATORS: history column
    m_list->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, FromDIP(90));
    // TRANSLATORS: history column: the unit or the evaluator (TPI)
    m_list->AppendColumn(_("Layer"), wxLIST_FORMAT_LEFT, FromDIP(60));
    // TRANSLATORS: history column: how the change was made
    m_list->AppendColumn(_("How"), wxLIST_FORMAT_LEFT, FromDIP(100));
    // TRANSLATORS: history column
    m_list->AppendColumn(_("Answer"), wxLIST_FORMAT_LEFT, FromDIP(110));
    // TRANSLATORS: history column
    m_list->AppendColumn(_("Note"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_list->SetInitialSize(wxSize(-1, m_list->GetCharHeight() * 9));
    ShowCutOffCellsAsToolTips(m_list);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_list, wxSizerFlags(1).Expand());
    pane->SetSizer(sizer);
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Answer && change.node == m_node) {
            Fill();
        }
    });
    Fill();
}

void HistoryPanel::Fill() {
    const std::string code = m_session.Form().Node(m_node).code;
    auto entries = m_session.Workspace().History(core::Layer::Unit(), code);
    auto evaluator = m_session.Workspace().History(core::Layer::Tpi(), code);
    entries.insert(entries.end(), std::make_move_iterator(evaluator.begin()), std::make_move_iterator(evaluator.end()));
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.seq > b.seq; });
    if (entries.size() > kShownChanges) {
        entries.resize(kShownChanges);
    }
    m_list->DeleteAllItems();
    for (const auto& entry : entries) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), ShownTime(entry.changed_at));
        m_list->SetItem(row, 1, Wx(entry.author));
        // TRANSLATORS: history: the layer of the unit's own answers / the evaluator's
        m_list->SetItem(row, 2, entry.layer == "tpi" ? wxString("TPI") : _("unit"));
        m_list->SetItem(row, 3, ActionText(entry.action));
        m_list->SetItem(row, 4, entry.value ? Wx(*entry.value) : wxString(L"\u2013"));
        m_list->SetItem(row, 5, Wx(entry.note));
    }
    // TRANSLATORS: heading of the folded history of a criterion, with the number of changes
    const int changes = static_cast<int>(entries.size());
    m_heading = wxString::Format(
        wxPLURAL("History of this criterion (%d change)", "History of this criterion (%d changes)", changes), changes);
    SetLabel(m_heading);
}

int HistoryPanel::RowCount() const {
    return m_list->GetItemCount();
}

wxString HistoryPanel::CellText(int row, int column) const {
    return m_list->GetItemText(row, column);
}

}  // namespace ziwb::gui
