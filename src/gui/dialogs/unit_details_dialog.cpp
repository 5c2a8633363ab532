#include "dialogs/unit_details_dialog.hpp"

#include <wx/dialog.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "session/workspace_session.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

void ShowUnitDetailsDialog(wxWindow* parent, WorkspaceSession& session) {
    const auto& info = session.Workspace().Info();
    // TRANSLATORS: dialog title
    wxDialog dialog(parent, wxID_ANY, _("Unit details"));
    dialog.SetName("unit_details_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    const auto row = [&](const wxString& label, const wxString& value) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, label));
        grid->Add(new wxStaticText(&dialog, wxID_ANY, value));
    };
    // TRANSLATORS: unit details field
    row(_("Unit"), Wx(info.unit_name));
    // TRANSLATORS: unit details field
    row(_("Agency"), Wx(info.agency));
    // TRANSLATORS: unit details field
    row(_("Year"), wxString::Format("%d", info.year));
    // TRANSLATORS: unit details field
    row(_("Form"), Wx(info.form_id) + " " + Wx(info.form_version));
    // TRANSLATORS: unit details field
    row(_("File"), Wx(session.Workspace().Path()));
    wxArrayString predicates;
    predicates.Add(_("None yet (aiming for WBK)"));
    predicates.Add(_("WBK already (aiming for WBBM)"));
    auto* predicate = new wxRadioBox(&dialog, wxID_ANY, _("Predicate the unit holds now"), wxDefaultPosition,
                                     wxDefaultSize, predicates, 1, wxRA_SPECIFY_COLS);
    predicate->SetName("unit_predicate");
    predicate->SetSelection(info.current_predicate == "WBK" ? 1 : 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(predicate, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() == wxID_OK) {
        session.SetCurrentPredicate(predicate->GetSelection() == 1 ? "WBK" : "");
    }
}

}  // namespace ziwb::gui
