// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterion/history_panel.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

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

/// "History of this criterion (3 changes)": the changes of both layers.
wxString HeadingOf(const WorkspaceSession& session, int node) {
    const std::string& code = session.Form().Node(node).code;
    const core::Workspace& workspace = session.Workspace();
    const int changes = static_cast<int>(workspace.HistoryCount(core::Layer::Unit(), code) +
                                         workspace.HistoryCount(core::Layer::Tpi(), code));
    // TRANSLATORS: heading of the folded history of a criterion, with the number of changes
    return wxString::Format(
        wxPLURAL("History of this criterion (%d change)", "History of this criterion (%d changes)", changes), changes);
}

}  // namespace

/// The rows are drawn from the entries as they scroll into view (a virtual list): filling a list of
/// 200 rows cell by cell was a fifth of every answer's work.
class HistoryList final : public wxListView {
public:
    explicit HistoryList(wxWindow* parent)
        : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_VIRTUAL) {
    }

    void SetEntries(std::vector<core::HistoryEntry> entries) {
        m_entries = std::move(entries);
        // A selection is kept by row, and a new change comes in at the top: it would move to
        // another change.
        if (const long selected = GetFirstSelected(); selected >= 0) {
            Select(selected, false);
        }
        SetItemCount(static_cast<long>(m_entries.size()));
        Refresh();
    }

protected:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_entries.size()) {
            return {};
        }
        const core::HistoryEntry& entry = m_entries[static_cast<std::size_t>(item)];
        switch (column) {
            case 0: return ShownTime(entry.changed_at);
            case 1: return Wx(entry.author);
            case 2:
                // TRANSLATORS: history: the layer of the unit's own answers / the evaluator's
                return entry.layer == "tpi" ? wxString("TPI") : _("unit");
            case 3: return ActionText(entry.action);
            case 4: return entry.value ? Wx(*entry.value) : wxString(L"\u2013");
            case 5: return Wx(entry.note);
            default: return {};
        }
    }

private:
    std::vector<core::HistoryEntry> m_entries;
};

HistoryPanel::HistoryPanel(wxWindow* parent, WorkspaceSession& session, int node)
    : wxCollapsiblePane(parent, wxID_ANY, HeadingOf(session, node)), m_session(session), m_node(node) {
    SetName("history_panel");
    GetPane()->SetSizer(new wxBoxSizer(wxVERTICAL));  // the list comes into it when first unfolded
    // wxWidgets' GTK pane keeps the size it measured while it was made, before it knew its
    // folded size: nothing in it makes it measure again until it is unfolded.
    InvalidateBestSize();
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Answer && change.node == m_node) {
            Fill();
        }
    });
    Fill();
}

bool HistoryPanel::TryBefore(wxEvent& event) {
    // Before any handler of the unfolding (the page's lays itself out again around the list).
    if (event.GetEventType() == wxEVT_COLLAPSIBLEPANE_CHANGED && !IsCollapsed()) {
        MakeList();
    }
    return wxCollapsiblePane::TryBefore(event);
}

void HistoryPanel::Collapse(bool collapse) {
    if (!collapse) {
        MakeList();
    }
    wxCollapsiblePane::Collapse(collapse);
}

void HistoryPanel::MakeList() {
    if (m_list != nullptr) {
        return;
    }
    wxWindow* pane = GetPane();
    m_list = new HistoryList(pane);
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
    pane->GetSizer()->Add(m_list, wxSizerFlags(1).Expand());
    InvalidateBestSize();
    Fill();
}

void HistoryPanel::Fill() {
    const std::string code = m_session.Form().Node(m_node).code;
    const core::Workspace& workspace = m_session.Workspace();
    if (m_list != nullptr) {
        auto entries = workspace.NewestHistory(core::Layer::Unit(), code, kShownChanges);
        auto evaluator = workspace.NewestHistory(core::Layer::Tpi(), code, kShownChanges);
        entries.insert(entries.end(), std::make_move_iterator(evaluator.begin()),
                       std::make_move_iterator(evaluator.end()));
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.seq > b.seq; });
        if (entries.size() > kShownChanges) {
            entries.resize(kShownChanges);
        }
        m_list->SetEntries(std::move(entries));
    }
    m_heading = HeadingOf(m_session, m_node);
    if (GetLabel() != m_heading) {
        SetLabel(m_heading);
    }
}

int HistoryPanel::RowCount() const {
    return m_list == nullptr ? 0 : m_list->GetItemCount();
}

wxString HistoryPanel::CellText(int row, int column) const {
    return m_list == nullptr ? wxString() : m_list->GetItemText(row, column);
}

}  // namespace ziwb::gui
