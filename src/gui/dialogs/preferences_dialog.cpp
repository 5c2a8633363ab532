// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/preferences_dialog.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "app/preferences.hpp"
#include "app/translations.hpp"

namespace ziwb::gui {

bool ShowPreferencesDialog(wxWindow* parent) {
    // TRANSLATORS: dialog title
    wxDialog dialog(parent, wxID_ANY, _("Preferences"));
    dialog.SetName("preferences_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 8)));
    // TRANSLATORS: preferences field
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Language")), wxSizerFlags().CenterVertical());
    auto* language = new wxChoice(&dialog, wxID_ANY);
    language->SetName("preferences_language");
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    language->Append("Bahasa Indonesia");
    language->Append("English");
    language->SetSelection(Preferences::Language() == "en" ? 1 : 0);
    grid->Add(language, wxSizerFlags().Expand());
    // TRANSLATORS: preferences field
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Warn before evidence files larger than (MB)")),
              wxSizerFlags().CenterVertical());
    auto* warning = new wxSpinCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                                   4096, Preferences::EvidenceWarningMb());
    warning->SetName("preferences_evidence_warning");
    grid->Add(warning, wxSizerFlags().Expand());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    // TRANSLATORS: preferences note
    auto* note = new wxStaticText(&dialog, wxID_ANY, _("The national portal refuses PDF files above 2 MB."));
    sizer->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() != wxID_OK) {
        return false;
    }
    const wxString code = language->GetSelection() == 1 ? "en" : "id";
    Preferences::SetLanguage(code);
    Preferences::SetEvidenceWarningMb(warning->GetValue());
    ApplyLanguage(code == "en" ? core::Language::English : core::Language::Indonesian);
    return true;
}

}  // namespace ziwb::gui
