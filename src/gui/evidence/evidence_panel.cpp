// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_panel.hpp"

#include "evidence/evidence_preview_panel.hpp"
#include "evidence/evidence_service.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/dirdlg.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "app/preferences.hpp"
#include "common/error.hpp"
#include "util/list_tooltips.hpp"
#include "util/message_dialog.hpp"
#include "util/size_text.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

class DropFiles final : public wxFileDropTarget {
public:
    explicit DropFiles(EvidencePanel* panel) : m_panel(panel) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& paths) override {
        // Stored after the drop ends: the drag source must not wait for a long copy.
        m_panel->CallAfter([panel = m_panel, paths] {
            // TRANSLATORS: title of a message when dropped files could not be added
            RunUserAction(panel, _("Add evidence"), [&] { panel->AddPaths(paths); });
        });
        return true;
    }

private:
    EvidencePanel* m_panel;
};

/// "PDF", "DOCX": what a civil servant recognises, from the file's extension (or its media type).
wxString KindOf(const core::EvidenceItem& item) {
    const auto dot = item.file_name.rfind('.');
    if (dot != std::string::npos && dot + 1 < item.file_name.size()) {
        return Wx(item.file_name.substr(dot + 1)).Upper();
    }
    return Wx(item.media_type);
}

}  // namespace

EvidencePanel::EvidencePanel(wxWindow* parent, EvidenceService& service, WorkspaceSession& session, int node)
    : wxPanel(parent, wxID_ANY), m_service(service), m_session(session), m_node(node) {
    SetName("evidence_panel");
    // TRANSLATORS: box around the evidence of a criterion
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Evidence (drop files or folders here)"));
    wxWindow* area = box->GetStaticBox();
    m_list = new wxListView(area, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("evidence_list");
    // TRANSLATORS: evidence list column
    m_list->AppendColumn(_("Title"), wxLIST_FORMAT_LEFT, FromDIP(260));
    // TRANSLATORS: evidence list column: file type or "link"
    m_list->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(60));
    // TRANSLATORS: evidence list column
    m_list->AppendColumn(_("Size"), wxLIST_FORMAT_RIGHT, FromDIP(80));  // "806 bytes" whole
    // TRANSLATORS: evidence list column
    m_list->AppendColumn(_("Added"), wxLIST_FORMAT_LEFT, FromDIP(90));
    // TRANSLATORS: evidence list column: the evaluator's review of the checklist lines it backs
    m_list->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(210));  // "Accepted by the evaluator" whole
    // The title takes the width the other columns leave.
    m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        int others = 0;
        for (int column = 1; column < m_list->GetColumnCount(); ++column) {
            others += m_list->GetColumnWidth(column);
        }
        m_list->SetColumnWidth(0, std::max(FromDIP(160), m_list->GetClientSize().x - others));
        event.Skip();
    });
    m_list->SetInitialSize(wxSize(-1, m_list->GetCharHeight() * 7));
    ShowCutOffCellsAsToolTips(m_list);
    box->Add(m_list, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));

    auto* buttons = new wxWrapSizer(wxHORIZONTAL);  // a second line on a narrow page
    const auto add = [&](const wxString& label, const char* name, auto handler) {
        auto* button = new wxButton(area, wxID_ANY, label);
        button->SetName(name);
        button->Bind(wxEVT_BUTTON, [this, handler, label](wxCommandEvent&) {
            CallAfter([this, handler, label] { RunUserAction(this, wxStripMenuCodes(label), [&] { handler(this); }); });
        });
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
    };
    // TRANSLATORS: evidence button
    add(_("Add files..."), "evidence_add_files", [](EvidencePanel* panel) { panel->AddFiles(); });
    // TRANSLATORS: evidence button
    add(_("Add folder..."), "evidence_add_folder", [](EvidencePanel* panel) { panel->AddFolder(); });
    // TRANSLATORS: evidence button
    add(_("Add link..."), "evidence_add_link", [](EvidencePanel* panel) { panel->AddLink(); });
    // TRANSLATORS: evidence button
    add(_("Open"), "evidence_open", [](EvidencePanel* panel) {
        if (const auto item = panel->SelectedItem(); item > 0) {
            panel->m_service.Open(panel, item);
        }
    });
    // TRANSLATORS: evidence button
    add(_("Remove"), "evidence_remove", [](EvidencePanel* panel) {
        if (const auto item = panel->SelectedItem(); item > 0) {
            panel->m_service.Remove(panel, panel->m_node, item);
        }
    });
    if (m_session.Role().evaluator) {
        // TRANSLATORS: evidence button of the evaluator: the selected document is acceptable
        add(_("Accept"), "evidence_accept", [](EvidencePanel* panel) { panel->AcceptSelected(); });
        // TRANSLATORS: evidence button of the evaluator: the selected document is not, saying why
        add(_("Reject..."), "evidence_reject", [](EvidencePanel* panel) { panel->RejectSelected(); });
    }
    box->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    m_preview = new EvidencePreviewPanel(area, m_session);
    box->Add(m_preview, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        ShowPreview(static_cast<int>(event.GetIndex()));
        event.Skip();
    });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& event) {
        if (m_list->GetSelectedItemCount() == 0) {
            m_preview->Clear();
        }
        event.Skip();
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
        if (const auto item = SelectedItem(); item > 0) {
            RunUserAction(this, _("Open"), [&] { m_service.Open(this, item); });
        }
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    SetDropTarget(new DropFiles(this));
    m_list->SetDropTarget(new DropFiles(this));
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Evidence && (change.node < 0 || change.node == m_node)) {
            Fill();
        }
    });
    Fill();
}

wxString EvidencePanel::ReviewState(std::int64_t item, const std::vector<core::ChecklistEntry>& checklist,
                                    const core::EvidenceItemReview* own) {
    bool listed = false;
    bool accepted = own != nullptr && own->state == "accepted";
    // The verdict on the document itself comes first: a line can be right while its scan is not.
    wxString rejected = own != nullptr && own->state == "rejected" ? Wx(own->reason) : wxString();
    for (const auto& line : checklist) {
        if (std::find(line.items.begin(), line.items.end(), item) == line.items.end()) {
            continue;
        }
        listed = true;
        accepted = accepted || line.state == "accepted";
        if (line.state == "rejected" && rejected.empty()) {
            rejected = Wx(line.reason);
        }
    }
    if (!rejected.empty()) {
        // TRANSLATORS: evidence state: the evaluator rejected it (or a checklist line it backs); %s is why
        return wxString::Format(_("Rejected: %s"), rejected);
    }
    if (accepted) {
        // TRANSLATORS: evidence state
        return _("Accepted by the evaluator");
    }
    // TRANSLATORS: evidence state: attached to a checklist line / not yet attached to any line
    return listed ? _("On the checklist, not reviewed") : _("Not on the checklist");
}

void EvidencePanel::Fill() {
    m_list->DeleteAllItems();
    m_items.clear();
    const auto checklist = m_service.Checklist(m_node);
    const auto reviews = m_service.ItemReviews();
    for (const auto& item : m_service.Items(m_node)) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), Wx(item.title));
        // TRANSLATORS: kind of an evidence item that is a web link
        // A PDF signed electronically (TTE) says so in its kind, and who signed and whether the
        // signature holds after its state (the cut-off cell shows whole as a tooltip).
        const wxString signature = m_service.SignatureLine(item);
        // TRANSLATORS: added to an evidence item's kind when the PDF carries an electronic signature
        const wxString kind = signature.empty() ? KindOf(item) : KindOf(item) + " " + _("(e-signed)");
        m_list->SetItem(row, 1, item.kind == "link" ? _("link") : kind);
        m_list->SetItem(row, 2, item.kind == "link" ? wxString() : FileSizeText(item.size));
        m_list->SetItem(row, 3, Wx(item.added_at.substr(0, 10)));
        const auto own = reviews.find(item.id);
        const wxString state = ReviewState(item.id, checklist, own == reviews.end() ? nullptr : &own->second);
        m_list->SetItem(row, 4, signature.empty() ? state : state + wxString::FromUTF8(" \xC2\xB7 ") + signature);
        m_items.push_back(item.id);
    }
    // The evaluator reads the documents: the first one shows at once.
    if (m_session.Role().evaluator && !m_items.empty()) {
        SelectRow(0);
        ShowPreview(0);
    } else {
        m_preview->Clear();
    }
}

void EvidencePanel::ShowPreview(int row) {
    const auto& items = m_service.Items(m_node);
    if (row < 0 || static_cast<std::size_t>(row) >= items.size()) {
        m_preview->Clear();
        return;
    }
    m_preview->ShowItemSoon(items[static_cast<std::size_t>(row)]);
}

wxString EvidencePanel::StateText(int row) const {
    return m_list->GetItemText(row, 4);
}

int EvidencePanel::ItemCount() const {
    return m_list->GetItemCount();
}

void EvidencePanel::SelectRow(int row) {
    m_list->Select(row);
    m_list->Focus(row);
}

bool EvidencePanel::ReviewSelected(bool accept, const std::string& reason) {
    const std::int64_t item = SelectedItem();
    if (item <= 0) {
        // TRANSLATORS: the evaluator pressed Accept or Reject without choosing an evidence item
        MessageDialog message(this, _("Choose an evidence item first."), _("Review evidence"),
                              wxOK | wxICON_INFORMATION);
        message.ShowModal();
        return false;
    }
    m_service.ReviewItem(m_node, item, accept, reason);
    return true;
}

void EvidencePanel::AcceptSelected() {
    (void)ReviewSelected(true, std::string());
}

void EvidencePanel::RejectSelected() {
    if (SelectedItem() <= 0) {
        (void)ReviewSelected(false, std::string());
        return;
    }
    // TRANSLATORS: dialog asking the evaluator why an evidence item is rejected
    wxTextEntryDialog dialog(this, _("Why is this document not acceptable?"), _("Reject evidence"));
    dialog.SetName("reject_item_reason_dialog");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    (void)ReviewSelected(false, Utf8(dialog.GetValue().Strip(wxString::both)));
}

std::int64_t EvidencePanel::SelectedItem() const {
    const long row = m_list->GetFirstSelected();
    return row >= 0 && static_cast<std::size_t>(row) < m_items.size() ? m_items[static_cast<std::size_t>(row)] : -1;
}

void EvidencePanel::AddPaths(const wxArrayString& paths) {
    m_service.AddPaths(this, m_node, paths);
}

void EvidencePanel::AddFiles() {
    // TRANSLATORS: file dialog title
    wxFileDialog dialog(this, _("Add evidence files"), Preferences::LastFolder(), wxString(), "*",
                        wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    wxArrayString paths;
    dialog.GetPaths(paths);
    if (!paths.empty()) {
        Preferences::RememberFolderOf(paths[0]);
    }
    AddPaths(paths);
}

void EvidencePanel::AddFolder() {
    // TRANSLATORS: folder dialog title
    wxDirDialog dialog(this, _("Add every file of a folder"), Preferences::LastFolder(), wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    Preferences::SetLastFolder(dialog.GetPath());
    wxArrayString paths;
    paths.Add(dialog.GetPath());
    AddPaths(paths);
}

void EvidencePanel::AddLink() {
    // TRANSLATORS: dialog title: a web link as evidence
    wxDialog dialog(this, wxID_ANY, _("Add link"));
    dialog.SetName("evidence_link_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1, 1);
    // TRANSLATORS: field of the link dialog
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Address (https://...)")), wxSizerFlags().CenterVertical());
    auto* url = new wxTextCtrl(&dialog, wxID_ANY);
    url->SetName("link_url");
    url->SetMinSize(wxSize(dialog.FromDIP(420), -1));
    grid->Add(url, wxSizerFlags().Expand());
    // TRANSLATORS: field of the link dialog
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Title")), wxSizerFlags().CenterVertical());
    auto* title = new wxTextCtrl(&dialog, wxID_ANY);
    title->SetName("link_title");
    // TRANSLATORS: hint in the link title field
    title->SetHint(_("What the page shows (e.g. Maklumat pelayanan)"));
    grid->Add(title, wxSizerFlags().Expand());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    // A refused address is said, and the dialog opens again with what was typed.
    while (dialog.ShowModal() == wxID_OK) {
        try {
            m_service.AddLink(m_node, Utf8(url->GetValue().Strip(wxString::both)),
                              Utf8(title->GetValue().Strip(wxString::both)));
            return;
        } catch (const core::UserError& error) {
            MessageDialog message(this, Wx(error.what()), _("Add link"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
}

}  // namespace ziwb::gui
