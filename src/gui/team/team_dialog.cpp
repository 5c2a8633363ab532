// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/team_dialog.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <fstream>
#include <sstream>

#include "app/preferences.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "people/team_register.hpp"
#include "session/workspace_session.hpp"
#include "team/person_dialog.hpp"
#include "team/team_progress.hpp"
#include "util/message_dialog.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

wxString AreasText(const std::vector<int>& areas) {
    wxString text;
    for (const int area : areas) {
        text << (text.empty() ? "" : ", ") << area;
    }
    return text;
}

wxString ProgressText(const AreaProgress& progress) {
    // TRANSLATORS: progress of a person or an area: answered criteria of how many
    return wxString::Format(_("%d of %d"), progress.answered, progress.criteria);
}

wxListCtrl* MakeList(wxWindow* parent, const char* name, const std::vector<wxString>& columns, wxSize size) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, size, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        list->AppendColumn(columns[i]);
    }
    return list;
}

class TeamDialog final : public wxDialog {
public:
    TeamDialog(wxWindow* parent, WorkspaceSession& session)
        : wxDialog(parent, wxID_ANY, _("Team register"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          m_session(session) {
        SetName("team_dialog");
        const int border = FromDIP(12);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        // TRANSLATORS: explanation at the top of the team register
        auto* intro = new wxStaticText(this, wxID_ANY,
                                       _("Once someone has a key here, every change must be signed by a person of "
                                         "this register, within their role: members answer in their areas, "
                                         "evaluators in their layer."));
        intro->Wrap(FromDIP(760));
        sizer->Add(intro, wxSizerFlags().Border(wxALL, border));
        // TRANSLATORS: columns of the team register
        m_people = MakeList(this, "team_list", {_("Name"), _("NIP"), _("Role"), _("Areas"), _("Key"), _("Progress")},
                            FromDIP(wxSize(780, 220)));
        sizer->Add(m_people, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        const auto button = [&](const wxString& label, const char* name, void (TeamDialog::*run)()) {
            auto* control = new wxButton(this, wxID_ANY, label);
            control->SetName(name);
            control->Bind(wxEVT_BUTTON, [this, run](wxCommandEvent&) {
                // TRANSLATORS: title of a message when a change of the team register was refused
                RunUserAction(this, _("Team register"), [this, run] { (this->*run)(); });
            });
            buttons->Add(control, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
        };
        // TRANSLATORS: buttons of the team register
        button(_("&Add..."), "team_add", &TeamDialog::Add);
        button(_("&Change..."), "team_edit", &TeamDialog::Edit);
        button(_("&Remove"), "team_remove", &TeamDialog::Remove);
        button(_("&Import CSV..."), "team_import", &TeamDialog::Import);
        sizer->Add(buttons, wxSizerFlags().Border(wxALL, border));
        // TRANSLATORS: heading of the progress of each change area
        sizer->Add(new wxStaticText(this, wxID_ANY, _("Progress by change area (answers of the unit)")),
                   wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
        // TRANSLATORS: columns of the progress by change area
        m_areas = MakeList(this, "team_area_progress", {_("Change area"), _("Answered"), _("In charge")},
                           FromDIP(wxSize(780, 170)));
        sizer->Add(m_areas, wxSizerFlags().Expand().Border(wxALL, border));
        sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL));
        SetEscapeId(wxID_CLOSE);
        SetSizerAndFit(sizer);
        Fill();
    }

    [[nodiscard]] bool Changed() const { return m_changed; }

private:
    void Fill() {
        m_team = core::LoadTeam(m_session.Workspace());
        const auto& form = m_session.Form();
        m_people->DeleteAllItems();
        for (const auto& person : m_team) {
            const long row = m_people->InsertItem(m_people->GetItemCount(), Wx(person.name));
            m_people->SetItem(row, 1, Wx(person.nip));
            m_people->SetItem(row, 2, Wx(person.role));
            m_people->SetItem(row, 3, AreasText(person.areas));
            // TRANSLATORS: whether a person's public key is in the register
            m_people->SetItem(row, 4, person.public_key.empty() ? _("no") : _("yes"));
            if (!person.areas.empty()) {
                m_people->SetItem(row, 5, ProgressText(ProgressOfAreas(form, m_session.Report(), person.areas)));
            }
        }
        m_areas->DeleteAllItems();
        for (const auto& area : form.ChangeAreas()) {
            const long row =
                m_areas->InsertItem(m_areas->GetItemCount(), wxString::Format("%d. %s", area.number, Wx(area.name)));
            m_areas->SetItem(row, 1, ProgressText(ProgressOfAreas(form, m_session.Report(), {area.number})));
            wxString in_charge;
            for (const auto& person : m_team) {
                if (std::find(person.areas.begin(), person.areas.end(), area.number) != person.areas.end()) {
                    in_charge << (in_charge.empty() ? "" : ", ") << Wx(person.name);
                }
            }
            m_areas->SetItem(row, 2, in_charge);
        }
        for (auto* list : {m_people, m_areas}) {
            for (int column = 0; column < list->GetColumnCount(); ++column) {
                list->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
            }
        }
    }

    [[nodiscard]] const core::Person* Selected() const {
        const long row = m_people->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        return row < 0 ? nullptr : &m_team[static_cast<std::size_t>(row)];
    }

    void Save(const core::Person& person) {
        core::SetPeople(m_session.Workspace(), {person}, core::DefaultAuthor());
        m_changed = true;
    }

    void Add() {
        if (AskPerson(this, m_session.Form(), {}, [this](const core::Person& person) { Save(person); })) {
            Fill();
        }
    }

    void Edit() {
        const core::Person* person = Selected();
        if (person != nullptr &&
            AskPerson(this, m_session.Form(), *person, [this](const core::Person& changed) { Save(changed); })) {
            Fill();
        }
    }

    void Remove() {
        const core::Person* person = Selected();
        if (person == nullptr) {
            return;
        }
        // TRANSLATORS: question before removing a person from the team register; %s is the name
        MessageDialog ask(this,
                          wxString::Format(_("Remove %s from the team register? Their earlier changes stay valid; "
                                             "new ones are refused."),
                                           Wx(person->name)),
                          _("Team register"), wxYES_NO | wxICON_QUESTION);
        if (ask.ShowModal() != wxID_YES) {
            return;
        }
        core::RemovePerson(m_session.Workspace(), person->nip, core::DefaultAuthor());
        m_changed = true;
        Fill();
    }

    void Import() {
        // TRANSLATORS: file dialog title
        wxFileDialog dialog(this, _("Import the team from a CSV file"), Preferences::LastFolder(), wxString(),
                            // TRANSLATORS: file type filter
                            _("CSV files (*.csv)|*.csv|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK) {
            return;
        }
        Preferences::RememberFolderOf(dialog.GetPath());
        std::ifstream in(PathOf(dialog.GetPath()), std::ios::binary);
        if (!in) {
            // TRANSLATORS: a CSV file that cannot be read; %s is the file
            throw core::UserError(Utf8(wxString::Format(_("%s cannot be read."), dialog.GetPath())));
        }
        std::ostringstream text;
        text << in.rdbuf();
        auto people = core::ParseTeamCsv(text.str(), Utf8(dialog.GetFilename()));
        core::SetPeople(m_session.Workspace(), std::move(people), core::DefaultAuthor());
        m_changed = true;
        Fill();
    }

    WorkspaceSession& m_session;
    std::vector<core::Person> m_team;
    wxListCtrl* m_people = nullptr;
    wxListCtrl* m_areas = nullptr;
    bool m_changed = false;
};

}  // namespace

bool ShowTeamDialog(wxWindow* parent, WorkspaceSession& session) {
    TeamDialog dialog(parent, session);
    dialog.ShowModal();
    return dialog.Changed();
}

}  // namespace ziwb::gui
