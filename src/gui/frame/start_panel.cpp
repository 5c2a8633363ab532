// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/start_panel.hpp"

#include <wx/button.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "util/wrap_text.hpp"

namespace ziwb::gui {

StartPanel::StartPanel(wxWindow* parent, const wxFileHistory& history,
                       std::function<void(const std::string&)> run_command,
                       std::function<void(const wxString&)> open_path)
    : wxPanel(parent, wxID_ANY) {
    SetName("start_panel");
    auto* column = new wxBoxSizer(wxVERTICAL);

    auto* title = new wxStaticText(this, wxID_ANY, "ZI Workbench");
    ScaleFont(title, 6, true);
    column->Add(title, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    // TRANSLATORS: subtitle on the start screen
    auto* subtitle = new wxStaticText(this, wxID_ANY, _("Zona Integritas self-assessment (LKE PermenPANRB 90/2021)"));
    ScaleFont(subtitle, 1, false);
    subtitle->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    column->Add(subtitle, wxSizerFlags().Border(wxBOTTOM, FromDIP(24)));

    const auto add_button = [&](const wxString& label, const wxString& note, const char* name,
                                const std::string& command) {
        auto* button = new wxButton(this, wxID_ANY, label);
        button->SetName(name);
        ScaleFont(button, 1, false);
        button->Bind(wxEVT_BUTTON, [run_command, command, this](wxCommandEvent&) {
            CallAfter([run_command, command] { run_command(command); });
        });
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(button, wxSizerFlags().Expand().Proportion(0));
        auto* text = new wxStaticText(this, wxID_ANY, note);
        text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        row->Add(text, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));
        column->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(10)));
        return button;
    };
    // TRANSLATORS: start screen button
    add_button(_("New assessment..."), _("unit, agency, year and form version"), "start_new", "file/new");
    // TRANSLATORS: start screen button
    add_button(_("Open..."), _("a .ziwb workspace file"), "start_open", "file/open");
    // TRANSLATORS: start screen button
    add_button(_("Try the demo"), _("a Dinas Tenaga Kerja with a partly filled LKE"), "start_demo", "file/open_demo");

    // TRANSLATORS: heading of the recent workspaces list on the start screen
    auto* recent_title = new wxStaticText(this, wxID_ANY, _("Recent workspaces"));
    ScaleFont(recent_title, 0, true);
    column->Add(recent_title, wxSizerFlags().Border(wxTOP, FromDIP(20)));
    m_recent = new wxListBox(this, wxID_ANY);
    m_recent->SetName("recent_list");
    std::vector<wxString> paths;
    for (size_t i = 0; i < history.GetCount(); ++i) {
        const wxString path = history.GetHistoryFile(i);
        const wxFileName name(path);
        m_recent->Append(name.GetName() + L"   \u2014   " + name.GetPath());
        paths.push_back(path);
    }
    if (paths.empty()) {
        // TRANSLATORS: in the empty recent list
        m_recent->Append(_("(none yet)"));
        m_recent->Enable(false);
    }
    m_recent->SetInitialSize(wxSize(FromDIP(560), m_recent->GetCharHeight() * 8));
    m_recent->Bind(wxEVT_LISTBOX_DCLICK, [this, paths, open_path = std::move(open_path)](wxCommandEvent& event) {
        const int index = event.GetSelection();
        if (index >= 0 && static_cast<std::size_t>(index) < paths.size()) {
            const wxString& path = paths[static_cast<std::size_t>(index)];
            CallAfter([open_path, path] { open_path(path); });
        }
    });
    column->Add(m_recent, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    // TRANSLATORS: hint under the recent list
    auto* hint = new wxStaticText(this, wxID_ANY,
                                  _("Double-click a workspace (or press Enter) to open it. Every "
                                    "change is saved at once."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    column->Add(hint, wxSizerFlags().Border(wxTOP, FromDIP(6)));

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->AddStretchSpacer(1);
    outer->Add(column, wxSizerFlags().Center().Border(wxALL, FromDIP(24)));
    outer->AddStretchSpacer(2);
    SetSizer(outer);
}

}  // namespace ziwb::gui
