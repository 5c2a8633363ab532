// SPDX-License-Identifier: GPL-3.0-or-later
// What the pages of the services window share: lists, dialogs that stay open on a problem, the
// files the user gives, the problems of a file shown row by row.
#include "services/service_ui.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>

#include "app/preferences.hpp"
#include "commands/command.hpp"
#include "common/error.hpp"
#include "frame/main_frame.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

wxListCtrl* NewServiceList(wxWindow* parent, const wxString& name,
                           const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    for (const auto& [title, width] : columns) {
        list->AppendColumn(title, wxLIST_FORMAT_LEFT, parent->FromDIP(width));
    }
    return list;
}

wxTextCtrl* NewText(wxWindow* parent, const char* name, const wxString& value, long style) {
    auto* text = new wxTextCtrl(parent, wxID_ANY, value, wxDefaultPosition, wxDefaultSize, style);
    text->SetName(name);
    text->SetMinSize(wxSize(parent->FromDIP(340), (style & wxTE_MULTILINE) != 0 ? parent->FromDIP(70) : -1));
    return text;
}

void AppendRow(wxListCtrl* list, const std::vector<wxString>& cells) {
    const long row = list->InsertItem(list->GetItemCount(), cells.empty() ? wxString() : cells.front());
    for (std::size_t c = 1; c < cells.size(); ++c) {
        list->SetItem(row, static_cast<int>(c), cells[c]);
    }
}

long SelectedRow(const wxListCtrl* list) {
    return list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

bool RunDialog(wxDialog& dialog, const wxString& title, const std::function<void()>& apply) {
    bool done = false;
    while (!done && dialog.ShowModal() == wxID_OK) {
        RunUserAction(&dialog, title, [&] {
            apply();
            done = true;
        });
    }
    return done;
}

std::string ReadUserFile(const wxString& path, std::size_t limit) {
    std::ifstream in(PathOf(path), std::ios::binary);
    if (!in) {
        // TRANSLATORS: a file the user chose cannot be read; %s is the file
        throw core::UserError(Utf8(wxString::Format(_("%s cannot be read."), path)));
    }
    std::string text(limit + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return text;
}

void ShowProblems(wxWindow* parent, const wxString& title, const wxString& summary,
                  const std::vector<std::pair<wxString, int>>& columns,
                  const std::vector<std::vector<wxString>>& rows) {
    wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("problems_dialog");
    auto* text = new wxStaticText(&dialog, wxID_ANY, summary);
    text->SetName("problems_summary");
    text->Wrap(dialog.FromDIP(640));
    wxListCtrl* list = NewServiceList(&dialog, "problems_list", columns);
    for (const auto& row : rows) {
        AppendRow(list, row);
    }
    list->SetMinSize(dialog.FromDIP(wxSize(680, 260)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(text, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(10)));
    sizer->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(10)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(6)));
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

wxString ServiceNameOf(const std::vector<core::Service>& services, const std::string& uid) {
    const auto found =
        std::find_if(services.begin(), services.end(), [&](const core::Service& s) { return s.uid == uid; });
    // TRANSLATORS: a forum or survey names a service that is not in the catalogue
    return found == services.end() ? _("(unknown service)") : Wx(found->name);
}

wxString GroupNameOf(const core::ServiceRules& rules, const std::string& id) {
    const core::StakeholderGroup* group = rules.FindGroup(id);
    return group == nullptr ? Wx(id) : Wx(group->name);
}

void AddField(wxSizer* grid, wxWindow* parent, const wxString& label, wxWindow* control) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CenterVertical());
    grid->Add(control, wxSizerFlags().Expand());
}

}  // namespace ziwb::gui
