#include "dialogs/unit_details_dialog.hpp"

#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.hpp"
#include "session/workspace_session.hpp"
#include "util/wx_text.hpp"
#include "workspace/unit_details.hpp"

namespace ziwb::gui {

bool ShowUnitDetailsDialog(wxWindow* parent, WorkspaceSession& session) {
    const auto& info = session.Workspace().Info();
    // TRANSLATORS: dialog title
    wxDialog dialog(parent, wxID_ANY, _("Unit details"));
    dialog.SetName("unit_details_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(1, 1);
    const auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, text), wxSizerFlags().CenterVertical());
    };
    const auto field = [&](const wxString& text, const wxString& value, const char* name) {
        label(text);
        auto* control = new wxTextCtrl(&dialog, wxID_ANY, value);
        control->SetName(name);
        control->SetMinSize(wxSize(dialog.FromDIP(360), -1));
        grid->Add(control, wxSizerFlags().Expand());
        return control;
    };
    // TRANSLATORS: unit details field
    auto* unit = field(_("Unit"), Wx(info.unit_name), "details_unit");
    // TRANSLATORS: unit details field
    auto* agency = field(_("Agency"), Wx(info.agency), "details_agency");
    // TRANSLATORS: unit details field
    label(_("Year"));
    auto* year = new wxSpinCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 2000,
                                2100, info.year);
    year->SetName("details_year");
    grid->Add(year);
    // TRANSLATORS: unit details field
    label(_("Form"));
    grid->Add(new wxStaticText(&dialog, wxID_ANY, Wx(info.form_id) + " " + Wx(info.form_version)));
    // TRANSLATORS: unit details field
    label(_("File"));
    grid->Add(new wxStaticText(&dialog, wxID_ANY, Wx(session.Workspace().Path())));
    wxArrayString predicates;
    predicates.Add(_("None yet (aiming for WBK)"));
    predicates.Add(_("WBK already (aiming for WBBM)"));
    auto* predicate = new wxRadioBox(&dialog, wxID_ANY, _("Predicate the unit holds now"), wxDefaultPosition,
                                     wxDefaultSize, predicates, 1, wxRA_SPECIFY_COLS);
    predicate->SetName("unit_predicate");
    predicate->SetSelection(info.current_predicate == "WBK" ? 1 : 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(predicate, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    while (dialog.ShowModal() == wxID_OK) {
        core::UnitDetailsChange change;
        change.unit_name = Utf8(unit->GetValue().Strip(wxString::both));
        change.agency = Utf8(agency->GetValue().Strip(wxString::both));
        change.year = year->GetValue();
        try {
            const bool changed = !core::ChangeUnitDetails(session.Workspace(), change, core::DefaultAuthor()).empty();
            session.SetCurrentPredicate(predicate->GetSelection() == 1 ? "WBK" : "");
            return changed;
        } catch (const core::UserError& error) {
            // Said, and the dialog stays open with what was typed.
            wxMessageDialog message(&dialog, Wx(error.what()), _("Unit details"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
    return false;
}

}  // namespace ziwb::gui
