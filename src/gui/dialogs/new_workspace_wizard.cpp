// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/new_workspace_wizard.hpp"

#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/wizard.h>

#include "app/preferences.hpp"
#include "common/error.hpp"
#include "form/form_catalog.hpp"
#include "util/message_dialog.hpp"
#include "util/program_dir.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::gui {

namespace {

wxStaticText* Label(wxWindow* parent, const wxString& text) {
    return new wxStaticText(parent, wxID_ANY, text);
}

}  // namespace

std::optional<wxString> RunNewWorkspaceWizard(wxWindow* parent) {
    const auto forms = core::FormCatalog::Default(ProgramDirectory()).List();
    if (forms.empty()) {
        // TRANSLATORS: the installation has no LKE form files
        ShowMessage(_("This installation has no LKE form: reinstall ZI Workbench."), _("New assessment"),
                    wxOK | wxICON_ERROR, parent);
        return std::nullopt;
    }

    // TRANSLATORS: title of the new-workspace wizard
    wxWizard wizard(parent, wxID_ANY, _("New assessment"));
    wizard.SetName("new_workspace_wizard");

    // Page 1: who.
    auto* unit_page = new wxWizardPageSimple(&wizard);
    auto* unit_sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: wizard page heading
    auto* unit_heading = Label(unit_page, _("Which unit is assessed?"));
    ScaleFont(unit_heading, 1, true);
    unit_sizer->Add(unit_heading, wxSizerFlags().Border(wxBOTTOM));
    // TRANSLATORS: wizard field
    unit_sizer->Add(Label(unit_page, _("Unit name (e.g. Dinas Tenaga Kerja)")));
    auto* unit = new wxTextCtrl(unit_page, wxID_ANY);
    unit->SetName("wizard_unit");
    unit_sizer->Add(unit, wxSizerFlags().Expand().Border(wxBOTTOM));
    // TRANSLATORS: wizard field
    unit_sizer->Add(Label(unit_page, _("Agency (e.g. Pemerintah Kabupaten Banyumas)")));
    auto* agency = new wxTextCtrl(unit_page, wxID_ANY);
    agency->SetName("wizard_agency");
    unit_sizer->Add(agency, wxSizerFlags().Expand().Border(wxBOTTOM));
    // TRANSLATORS: wizard field
    unit_sizer->Add(Label(unit_page, _("Assessment year")));
    auto* year = new wxSpinCtrl(unit_page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                2000, 2100, wxDateTime::Now().GetYear());
    year->SetName("wizard_year");
    unit_sizer->Add(year, wxSizerFlags().Border(wxBOTTOM));
    unit_page->SetSizer(unit_sizer);

    // Page 2: which LKE, and the predicate held.
    auto* form_page = new wxWizardPageSimple(&wizard);
    auto* form_sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: wizard page heading
    auto* form_heading = Label(form_page, _("Which LKE, and what the unit holds now"));
    ScaleFont(form_heading, 1, true);
    form_sizer->Add(form_heading, wxSizerFlags().Border(wxBOTTOM));
    // TRANSLATORS: wizard field
    form_sizer->Add(Label(form_page, _("Form version")));
    auto* form = new wxChoice(form_page, wxID_ANY);
    form->SetName("wizard_form");
    for (const auto& entry : forms) {
        form->Append(Wx(entry.title) + " (" + Wx(entry.version) + ")");
    }
    form->SetSelection(0);
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (forms[i].id == "lke-permenpanrb-90-2021") {
            form->SetSelection(static_cast<int>(i));
        }
    }
    form_sizer->Add(form, wxSizerFlags().Expand().Border(wxBOTTOM));
    wxArrayString predicates;
    // TRANSLATORS: the unit holds no predicate yet
    predicates.Add(_("None yet (aiming for WBK)"));
    // TRANSLATORS: the unit holds WBK already
    predicates.Add(_("WBK already (aiming for WBBM)"));
    // TRANSLATORS: wizard field
    auto* predicate = new wxRadioBox(form_page, wxID_ANY, _("Predicate the unit holds now"), wxDefaultPosition,
                                     wxDefaultSize, predicates, 1, wxRA_SPECIFY_COLS);
    predicate->SetName("wizard_predicate");
    form_sizer->Add(predicate, wxSizerFlags().Expand().Border(wxBOTTOM));
    form_page->SetSizer(form_sizer);

    // Page 3: where.
    auto* file_page = new wxWizardPageSimple(&wizard);
    auto* file_sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: wizard page heading
    auto* file_heading = Label(file_page, _("Where to keep the workspace"));
    ScaleFont(file_heading, 1, true);
    file_sizer->Add(file_heading, wxSizerFlags().Border(wxBOTTOM));
    // TRANSLATORS: wizard explanation
    auto* explanation = new WrapText(file_page,
                                     _("One file holds the whole assessment: answers, notes, history and evidence. "
                                       "Every change is saved into it at once; keep it in a shared or backed-up "
                                       "folder."),
                                     "wizard_explanation");
    explanation->Rewrap(wizard.FromDIP(420));
    file_sizer->Add(explanation, wxSizerFlags().Border(wxBOTTOM));
    wxString folder = Preferences::LastFolder();
    if (folder.empty()) {
        folder = wxStandardPaths::Get().GetDocumentsDir();
    }
    // TRANSLATORS: file picker title
    auto* file = new wxFilePickerCtrl(file_page, wxID_ANY, wxString(), _("Save the workspace as"),
                                      _("ZI Workbench workspaces (*.ziwb)|*.ziwb"), wxDefaultPosition, wxDefaultSize,
                                      wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    file->SetName("wizard_file");
    file_sizer->Add(file, wxSizerFlags().Expand());
    file_page->SetSizer(file_sizer);

    wxWizardPageSimple::Chain(unit_page, form_page);
    wxWizardPageSimple::Chain(form_page, file_page);
    // Every page sizes the page area, not only the first: the later pages are taller (the form list,
    // the predicate choice, the explanation), and the wizard's buttons were drawn over them.
    for (wxWizardPageSimple* page : {unit_page, form_page, file_page}) {
        page->SetMinSize(page->GetSizer()->CalcMin());
        wizard.GetPageAreaSizer()->Add(page);
    }

    wizard.Bind(wxEVT_WIZARD_PAGE_CHANGING, [&](wxWizardEvent& event) {
        if (!event.GetDirection()) {
            return;
        }
        wxString problem;
        if (event.GetPage() == unit_page) {
            if (unit->GetValue().Strip(wxString::both).empty()) {
                // TRANSLATORS: wizard check
                problem = _("Give the unit's name.");
            } else if (agency->GetValue().Strip(wxString::both).empty()) {
                // TRANSLATORS: wizard check
                problem = _("Give the agency the unit belongs to.");
            } else if (file->GetPath().empty()) {
                wxFileName suggested(
                    folder, unit->GetValue().Strip(wxString::both) + wxString::Format(" %d.ziwb", year->GetValue()));
                file->SetPath(suggested.GetFullPath());
            }
        } else if (event.GetPage() == file_page) {
            const wxFileName name(file->GetPath());
            if (file->GetPath().empty()) {
                // TRANSLATORS: wizard check
                problem = _("Choose where to save the workspace.");
            } else if (name.FileExists()) {
                // TRANSLATORS: wizard check
                problem = _("That file exists already. Choose another name: a workspace is never overwritten.");
            } else if (!name.DirExists()) {
                // TRANSLATORS: wizard check
                problem = _("That folder does not exist.");
            }
        }
        if (!problem.empty()) {
            ShowMessage(problem, _("New assessment"), wxOK | wxICON_INFORMATION, &wizard);
            event.Veto();
        }
    });

    while (wizard.RunWizard(unit_page)) {
        wxString path = file->GetPath();
        if (!path.Lower().EndsWith(".ziwb")) {
            path += ".ziwb";
        }
        core::WorkspaceInfo info;
        info.unit_name = Utf8(unit->GetValue().Strip(wxString::both));
        info.agency = Utf8(agency->GetValue().Strip(wxString::both));
        info.year = year->GetValue();
        info.current_predicate = predicate->GetSelection() == 1 ? "WBK" : "";
        try {
            const auto& entry = forms[static_cast<std::size_t>(std::max(0, form->GetSelection()))];
            (void)core::Workspace::Create(PathOf(path), info,
                                          core::FormCatalog::Default(ProgramDirectory()).Find(entry.id));
            Preferences::RememberFolderOf(path);
            return path;
        } catch (const core::UserError& error) {
            ShowMessage(Wx(error.what()), _("New assessment"), wxOK | wxICON_WARNING, parent);
        }
    }
    return std::nullopt;
}

}  // namespace ziwb::gui
