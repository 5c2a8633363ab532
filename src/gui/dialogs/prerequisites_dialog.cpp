// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/prerequisites_dialog.hpp"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <vector>

#include "common/error.hpp"
#include "proposal/proposal_rules.hpp"
#include "session/workspace_session.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::gui {

namespace {

int ChoiceOf(const std::optional<bool>& met) {
    return !met ? 0 : (*met ? 1 : 2);
}

std::optional<bool> MetOf(int choice) {
    if (choice == 1) {
        return true;
    }
    if (choice == 2) {
        return false;
    }
    return std::nullopt;
}

}  // namespace

bool ShowPrerequisitesDialog(wxWindow* parent, WorkspaceSession& session) {
    const auto& info = session.Workspace().Info();
    // Only what binds the unit: another agency type's Indeks RB threshold is left out (Tabel 5).
    std::vector<core::PrerequisiteState> states;
    for (auto& state : core::LoadPrerequisites(session.Workspace())) {
        if (core::PrerequisiteApplies(*state.prerequisite, info.agency_type)) {
            states.push_back(std::move(state));
        }
    }
    // TRANSLATORS: dialog title: the conditions for proposing the unit that the LKE does not score
    wxDialog dialog(parent, wxID_ANY, _("Prerequisites for the proposal"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("prerequisites_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: explanation at the top of the prerequisites dialog
    auto* intro = new WrapText(&dialog,
                               _("These are not scored, but the unit can be proposed for a predicate only when "
                                 "every prerequisite of it is confirmed met. Say what shows it in the note."),
                               "prerequisites_intro");
    intro->Rewrap(dialog.FromDIP(640));
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    auto* area = new wxScrolledWindow(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    area->SetScrollRate(0, dialog.FromDIP(12));
    auto* grid = new wxFlexGridSizer(3, dialog.FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(0, 2);
    grid->AddGrowableCol(2, 1);
    wxArrayString choices;
    // TRANSLATORS: state of a prerequisite
    choices.Add(_("Not confirmed"));
    // TRANSLATORS: state of a prerequisite
    choices.Add(_("Met"));
    // TRANSLATORS: state of a prerequisite
    choices.Add(_("Not met"));
    std::vector<wxChoice*> state_controls;
    std::vector<wxTextCtrl*> notes;
    for (const auto& state : states) {
        const auto& prerequisite = *state.prerequisite;
        wxString predicates;
        for (const auto& predicate : prerequisite.predicates) {
            predicates << (predicates.empty() ? "" : ", ") << Wx(predicate);
        }
        auto* text = new WrapText(area, Wx(prerequisite.text) + "  (" + predicates + ")",
                                  "prerequisite_text_" + Wx(prerequisite.id));
        text->Rewrap(dialog.FromDIP(380));
        text->SetToolTip(Wx(prerequisite.id));
        grid->Add(text, wxSizerFlags().Expand());
        auto* choice = new wxChoice(area, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices);
        choice->SetName("prerequisite_" + Wx(prerequisite.id));
        choice->SetSelection(ChoiceOf(state.met));
        grid->Add(choice, wxSizerFlags().Top());
        auto* note = new wxTextCtrl(area, wxID_ANY, Wx(state.note));
        note->SetName("prerequisite_note_" + Wx(prerequisite.id));
        // TRANSLATORS: hint in a prerequisite's note field
        note->SetHint(_("What shows it (e.g. LHP Inspektorat 2026)"));
        grid->Add(note, wxSizerFlags().Expand().Top());
        state_controls.push_back(choice);
        notes.push_back(note);
    }
    area->SetSizer(grid);
    area->FitInside();
    area->SetMinSize(dialog.FromDIP(wxSize(900, 420)));
    sizer->Add(area, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    // Where the proposal stands now: the score, these prerequisites, and any exemption.
    wxString standing;
    for (const auto& judged :
         core::JudgeProposability(session.Workspace().FormInUse(), session.Workspace().Score(core::Layer::Unit()),
                                  core::LoadPrerequisites(session.Workspace()), info)) {
        standing << (standing.empty() ? "" : "\n") << Wx(core::ProposalLine(judged));
    }
    if (const std::string deadline = core::ProposalDeadline(session.Workspace().FormInUse(), info); !deadline.empty()) {
        // TRANSLATORS: %s is a date, e.g. 2026-05-31
        standing << "\n" << wxString::Format(_("Proposal deadline: %s"), Wx(deadline));
    }
    auto* proposal = new WrapText(&dialog, standing, "prerequisites_proposal");
    proposal->Rewrap(dialog.FromDIP(640));
    sizer->Add(proposal, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() != wxID_OK) {
        return false;
    }
    bool changed = false;
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto met = MetOf(state_controls[i]->GetSelection());
        const std::string note = Utf8(notes[i]->GetValue().Strip(wxString::both));
        if (met != states[i].met || note != states[i].note) {
            core::SetPrerequisite(session.Workspace(), states[i].prerequisite->id, met, note, core::DefaultAuthor());
            changed = true;
        }
    }
    return changed;
}

}  // namespace ziwb::gui
