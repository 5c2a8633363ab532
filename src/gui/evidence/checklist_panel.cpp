// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/checklist_panel.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "common/error.hpp"
#include "evidence/evidence_service.hpp"
#include "util/list_tooltips.hpp"
#include "util/message_dialog.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

/// The state of a line in the user's words, with the mark that leads the line.
wxString DescribeState(const core::ChecklistEntry& line) {
    if (line.state == "accepted") {
        // TRANSLATORS: checklist state: the evaluator (TPI) accepted the evidence of this line
        return wxString::FromUTF8("\u2714 ") + _("Accepted by the evaluator");
    }
    if (line.state == "rejected") {
        // TRANSLATORS: checklist state: the evaluator rejected the evidence; %s is the reason
        return wxString::FromUTF8("\u2718 ") + wxString::Format(_("Rejected: %s"), Wx(line.reason));
    }
    if (line.state == "attached") {
        // TRANSLATORS: checklist state: %d evidence items are attached to this line
        return wxString::FromUTF8("\u2611 ") +
               wxString::Format(wxPLURAL("%d item attached", "%d items attached", static_cast<int>(line.items.size())),
                                static_cast<int>(line.items.size()));
    }
    // TRANSLATORS: checklist state: nothing is attached to this line yet
    return wxString::FromUTF8("\u2610 ") + _("Missing");
}

}  // namespace

ChecklistPanel::ChecklistPanel(wxWindow* parent, EvidenceService& service, WorkspaceSession& session, int node)
    : wxPanel(parent, wxID_ANY), m_service(service), m_session(session), m_node(node) {
    SetName("checklist_panel");
    // TRANSLATORS: box listing the documents expected as evidence of a criterion; the form's
    // suggestions are one agency's guidance, not requirements of the regulation
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Evidence checklist (suggestions, not requirements)"));
    wxWindow* area = box->GetStaticBox();
    m_list = new wxListView(area, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    ShowCutOffCellsAsToolTips(m_list);
    m_list->SetName("checklist_list");
    // TRANSLATORS: checklist column: the document expected
    m_list->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(300));
    // TRANSLATORS: checklist column: missing, attached, accepted or rejected
    m_list->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(230));
    // TRANSLATORS: checklist column: whether the line comes from the form or from the team
    m_list->AppendColumn(_("From"), wxLIST_FORMAT_LEFT, FromDIP(60));
    // The document's name takes the width the state and source columns leave.
    m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int rest = m_list->GetClientSize().x - m_list->GetColumnWidth(1) - m_list->GetColumnWidth(2);
        m_list->SetColumnWidth(0, std::max(FromDIP(160), rest));
        event.Skip();
    });
    box->Add(m_list, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));

    auto* buttons = new wxWrapSizer(wxHORIZONTAL);  // a second line on a narrow page
    const auto add = [&](const wxString& label, const char* name, void (ChecklistPanel::*action)()) {
        auto* button = new wxButton(area, wxID_ANY, label);
        button->SetName(name);
        // After the handler returns: the action may refill the list this button sits beside.
        button->Bind(wxEVT_BUTTON, [this, action, label](wxCommandEvent&) {
            CallAfter([this, action, label] { RunUserAction(this, label, [&] { (this->*action)(); }); });
        });
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
    };
    // TRANSLATORS: checklist button: attach one of the criterion's evidence items to the selected line
    add(_("Attach evidence..."), "checklist_attach", &ChecklistPanel::AttachToSelected);
    // TRANSLATORS: checklist button: the team adds a document it wants to track
    add(_("Add line..."), "checklist_add_line", &ChecklistPanel::AddLine);
    if (m_session.Role().evaluator) {
        // The evaluator's verdicts, also on the Review menu's keys.
        // TRANSLATORS: checklist button of the evaluator: accept the evidence of the selected line
        add(_("Accept line"), "checklist_accept", &ChecklistPanel::AcceptSelected);
        // TRANSLATORS: checklist button of the evaluator: reject the selected line, with a reason
        add(_("Reject line..."), "checklist_reject", &ChecklistPanel::RejectSelected);
    }
    box->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
        CallAfter([this] { RunUserAction(this, _("Attach evidence"), [this] { AttachToSelected(); }); });
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Evidence && (change.node < 0 || change.node == m_node)) {
            Fill();
        }
    });
    Fill();
}

void ChecklistPanel::Fill() {
    const int selected = SelectedLine();
    m_lines = m_service.Checklist(m_node);
    m_list->DeleteAllItems();
    for (const auto& line : m_lines) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), Wx(line.title));
        m_list->SetItem(row, 1, DescribeState(line));
        // TRANSLATORS: checklist "From" column: suggested by the LKE form / added by the team
        m_list->SetItem(row, 2, line.suggested_by_form ? _("form") : _("team"));
    }
    const int rows = std::max(2, std::min(static_cast<int>(m_lines.size()), 8));
    m_list->SetInitialSize(wxSize(-1, m_list->GetCharHeight() * (rows + 2) + FromDIP(12)));
    if (selected >= 0 && selected < LineCount()) {
        m_list->Select(selected);
    }
    if (GetParent() != nullptr) {
        // The page scrolls: its virtual size follows the list's new height.
        GetParent()->Layout();
        GetParent()->FitInside();
    }
}

int ChecklistPanel::LineCount() const {
    return m_list->GetItemCount();
}

wxString ChecklistPanel::StateText(int line) const {
    return m_list->GetItemText(line, 1);
}

void ChecklistPanel::SelectLine(int line) {
    m_list->Select(line);
    m_list->Focus(line);
}

int ChecklistPanel::SelectedLine() const {
    return m_list == nullptr ? -1 : static_cast<int>(m_list->GetFirstSelected());
}

void ChecklistPanel::AddLine() {
    // TRANSLATORS: dialog asking for the name of a document the team wants on the checklist
    wxTextEntryDialog dialog(this, _("Name of the document, e.g. \"SK Tim Kerja ZI 2026\""), _("Add checklist line"));
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    try {
        m_service.AddChecklistLine(m_node, Utf8(dialog.GetValue().Strip(wxString::both)));
    } catch (const core::UserError& error) {
        MessageDialog message(this, Wx(error.what()), _("Add checklist line"), wxOK | wxICON_WARNING);
        message.ShowModal();
    }
}

std::string ChecklistPanel::SelectedKey() const {
    const int line = SelectedLine();
    return line >= 0 && line < static_cast<int>(m_lines.size()) ? m_lines[static_cast<std::size_t>(line)].key
                                                                : std::string();
}

bool ChecklistPanel::ReviewSelected(bool accept, const std::string& reason) {
    const std::string key = SelectedKey();
    if (key.empty()) {
        // TRANSLATORS: the evaluator pressed Accept or Reject without choosing a checklist line
        MessageDialog message(this, _("Choose a line of the checklist first."), _("Review checklist line"),
                              wxOK | wxICON_INFORMATION);
        message.ShowModal();
        return false;
    }
    m_service.ReviewLine(m_node, key, accept, reason);
    return true;
}

void ChecklistPanel::AcceptSelected() {
    (void)ReviewSelected(true, std::string());
}

void ChecklistPanel::RejectSelected() {
    if (SelectedKey().empty()) {
        (void)ReviewSelected(false, std::string());
        return;
    }
    // TRANSLATORS: dialog asking the evaluator why a checklist line is rejected
    wxTextEntryDialog dialog(this, _("Why is this evidence not enough?"), _("Reject checklist line"));
    dialog.SetName("reject_reason_dialog");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    (void)ReviewSelected(false, Utf8(dialog.GetValue().Strip(wxString::both)));
}

void ChecklistPanel::AttachToSelected() {
    const int line = SelectedLine();
    // TRANSLATORS: title of the dialogs that attach evidence to a checklist line
    const wxString title = _("Attach evidence");
    if (line < 0 || line >= static_cast<int>(m_lines.size())) {
        // TRANSLATORS: the user pressed Attach without choosing a checklist line
        MessageDialog message(this, _("Choose a line of the checklist first."), title, wxOK | wxICON_INFORMATION);
        message.ShowModal();
        return;
    }
    const auto& items = m_service.Items(m_node);
    if (items.empty()) {
        // TRANSLATORS: attaching needs evidence of the criterion to choose from
        MessageDialog message(this,
                              _("This criterion has no evidence yet. Add files or a link below, then attach them."),
                              title, wxOK | wxICON_INFORMATION);
        message.ShowModal();
        return;
    }
    wxArrayString choices;
    for (const auto& item : items) {
        choices.Add(Wx(item.title));
    }
    // TRANSLATORS: question when attaching evidence; %s is the checklist line
    wxSingleChoiceDialog dialog(this, wxString::Format(_("Which evidence backs \"%s\"?"), Wx(m_lines[line].title)),
                                title, choices);
    if (dialog.ShowModal() != wxID_OK || dialog.GetSelection() < 0) {
        return;
    }
    const std::int64_t item = items[static_cast<std::size_t>(dialog.GetSelection())].id;
    try {
        m_service.AttachToLine(m_node, m_lines[static_cast<std::size_t>(line)].key, item);
    } catch (const core::UserError& error) {
        MessageDialog message(this, Wx(error.what()), title, wxOK | wxICON_WARNING);
        message.ShowModal();
    }
}

}  // namespace ziwb::gui
