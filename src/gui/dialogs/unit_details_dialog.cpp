// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/unit_details_dialog.hpp"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.hpp"
#include "proposal/proposal_rules.hpp"
#include "session/workspace_session.hpp"
#include "util/message_dialog.hpp"
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
    // The proposal details (PermenPANRB 5/2024 Bab II), from the form's <proposal>.
    const core::Form& form = session.Workspace().FormInUse();
    const core::ProposalRules& rules = form.Proposal();
    const auto choice = [&](const wxString& text, const std::vector<core::NamedChoice>& choices,
                            const std::string& current, const char* name) {
        label(text);
        wxArrayString names;
        // TRANSLATORS: a unit detail that has not been chosen yet
        names.Add(_("Not set"));
        int selection = 0;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            names.Add(Wx(choices[i].name));
            if (choices[i].id == current) {
                selection = static_cast<int>(i) + 1;
            }
        }
        auto* control = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
        control->SetName(name);
        control->SetSelection(selection);
        grid->Add(control, wxSizerFlags().Expand());
        return control;
    };
    const auto chosen = [](const wxChoice* control, const std::vector<core::NamedChoice>& choices) {
        const int selection = control->GetSelection();
        return selection <= 0 ? std::string() : choices[static_cast<std::size_t>(selection) - 1].id;
    };
    wxChoice* agency_type = nullptr;
    wxChoice* service_type = nullptr;
    wxStaticText* exemption = nullptr;
    wxTextCtrl* deadline = nullptr;
    wxCheckBox* self_evaluation = nullptr;
    if (!rules.agency_types.empty()) {
        // TRANSLATORS: unit details field (Pemerintah Daerah or Kementerian/Lembaga)
        agency_type = choice(_("Agency type"), rules.agency_types, info.agency_type, "details_agency_type");
    }
    if (!rules.service_types.empty()) {
        // TRANSLATORS: unit details field: the kind of public service the unit runs
        service_type = choice(_("Service type"), rules.service_types, info.service_type, "details_service_type");
        label(wxString());
        exemption = new wxStaticText(&dialog, wxID_ANY, wxString());
        exemption->SetName("details_exemption");
        grid->Add(exemption, wxSizerFlags().Expand());
    }
    if (rules.deadline_month != 0) {
        // TRANSLATORS: unit details field: the date by which the proposal must reach the TPN
        label(_("Proposal deadline"));
        deadline = new wxTextCtrl(&dialog, wxID_ANY, Wx(info.proposal_deadline));
        deadline->SetName("details_deadline");
        core::WorkspaceInfo yearly = info;
        yearly.proposal_deadline.clear();
        // TRANSLATORS: hint in the deadline field; {0} is the yearly date, e.g. 2026-05-31
        deadline->SetHint(
            wxString::Format(_("%s unless the TPN announces another date"), Wx(core::ProposalDeadline(form, yearly))));
        grid->Add(deadline, wxSizerFlags().Expand());
    }
    if (const core::SelfEvaluation* rule = rules.self_evaluations.empty() ? nullptr : &rules.self_evaluations.front()) {
        label(wxString());
        // TRANSLATORS: {0} is a predicate (WBK)
        self_evaluation = new wxCheckBox(
            &dialog, wxID_ANY,
            wxString::Format(_("The agency evaluates %s itself (evaluasi mandiri)"), Wx(rule->predicate)));
        self_evaluation->SetName("details_self_evaluation");
        self_evaluation->SetValue(info.self_evaluation == rule->predicate);
        grid->Add(self_evaluation);
    }
    const auto show_exemption = [&] {
        if (exemption == nullptr) {
            return;
        }
        core::WorkspaceInfo wanted = info;
        wanted.agency_type = agency_type != nullptr ? chosen(agency_type, rules.agency_types) : std::string();
        wanted.service_type = chosen(service_type, rules.service_types);
        const core::ProposalExemption* applies = core::ApplicableExemption(form, wanted);
        exemption->SetLabel(applies != nullptr ? Wx(applies->text) : wxString());
        exemption->Wrap(dialog.FromDIP(360));
        dialog.Layout();
    };
    show_exemption();
    for (wxChoice* control : {agency_type, service_type}) {
        if (control != nullptr) {
            control->Bind(wxEVT_CHOICE, [&](wxCommandEvent&) {
                show_exemption();
                dialog.Fit();
            });
        }
    }
    // The standings the form allows: none, each predicate another requires, each self-evaluation's.
    std::vector<std::string> standings{""};
    wxArrayString predicates;
    predicates.Add(_("None yet (aiming for WBK)"));
    for (const auto& declared : form.Predicates()) {
        if (form.IsStanding(declared.id)) {
            standings.push_back(declared.id);
            // TRANSLATORS: {0} is a predicate the unit holds (WBK)
            predicates.Add(wxString::Format(_("%s already (aiming for WBBM)"), Wx(declared.id)));
        }
    }
    for (const auto& rule : rules.self_evaluations) {
        standings.push_back(rule.standing);
        // TRANSLATORS: {0} is a predicate (WBK)
        predicates.Add(
            wxString::Format(_("%s from the agency's own evaluation (evaluasi mandiri)"), Wx(rule.predicate)));
    }
    auto* predicate = new wxRadioBox(&dialog, wxID_ANY, _("Predicate the unit holds now"), wxDefaultPosition,
                                     wxDefaultSize, predicates, 1, wxRA_SPECIFY_COLS);
    predicate->SetName("unit_predicate");
    const auto held = std::find(standings.begin(), standings.end(), info.current_predicate);
    predicate->SetSelection(held == standings.end() ? 0 : static_cast<int>(held - standings.begin()));
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
        if (agency_type != nullptr) {
            change.agency_type = chosen(agency_type, rules.agency_types);
        }
        if (service_type != nullptr) {
            change.service_type = chosen(service_type, rules.service_types);
        }
        if (deadline != nullptr) {
            change.proposal_deadline = Utf8(deadline->GetValue().Strip(wxString::both));
        }
        if (self_evaluation != nullptr) {
            change.self_evaluation = self_evaluation->GetValue() ? rules.self_evaluations.front().predicate : "";
        }
        try {
            const bool changed = !core::ChangeUnitDetails(session.Workspace(), change, core::DefaultAuthor()).empty();
            session.SetCurrentPredicate(standings[static_cast<std::size_t>(std::max(predicate->GetSelection(), 0))]);
            return changed;
        } catch (const core::UserError& error) {
            // Said, and the dialog stays open with what was typed.
            MessageDialog message(&dialog, Wx(error.what()), _("Unit details"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
    return false;
}

}  // namespace ziwb::gui
