// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/changes_preview_dialog.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "util/message_dialog.hpp"
#include "util/shown_time.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

bool ShowChangesPreview(wxWindow* parent, const wxString& title, const wxString& source,
                        const core::ImportSummary& summary) {
    if (summary.applied.empty()) {
        // TRANSLATORS: receiving a file whose changes are all here already; %s is the file
        MessageDialog message(
            parent, wxString::Format(_("Nothing new: this workspace already holds every change in %s."), source), title,
            wxOK | wxICON_INFORMATION);
        message.ShowModal();
        return false;
    }
    wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("changes_preview_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = dialog.FromDIP(12);
    // TRANSLATORS: heading of the preview: how many changes would be applied, how many are here already, from which
    // file
    auto* heading = new wxStaticText(&dialog, wxID_ANY,
                                     wxString::Format(_("%zu changes from %s would be applied (%zu are here already):"),
                                                      summary.applied.size(), source, summary.already_held),
                                     wxDefaultPosition, wxDefaultSize, 0, "preview_heading");
    heading->Wrap(dialog.FromDIP(640));
    sizer->Add(heading, wxSizerFlags().Border(wxALL, border));
    wxArrayString lines;
    for (const auto& line : summary.applied) {
        lines.Add(WithShownTime(line));
    }
    auto* changes = new wxListBox(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(680, 260)), lines);
    changes->SetName("preview_changes");
    sizer->Add(changes, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    if (!summary.conflicts.empty()) {
        // TRANSLATORS: in the preview: items both copies changed differently
        auto* warning = new wxStaticText(
            &dialog, wxID_ANY,
            wxString::Format(_("%zu items would be in conflict: both versions are kept until the coordinator chooses "
                               "one (Team > Conflicts)."),
                             summary.conflicts.size()),
            wxDefaultPosition, wxDefaultSize, 0, "preview_conflict_heading");
        warning->SetForegroundColour(wxColour(0x7A, 0x10, 0x10));
        warning->Wrap(dialog.FromDIP(640));
        sizer->Add(warning, wxSizerFlags().Border(wxALL, border));
        wxArrayString keys;
        for (const auto& conflict : summary.conflicts) {
            // TRANSLATORS: one item in conflict and how many versions it has
            keys.Add(wxString::Format(_("%s (%zu versions)"), Wx(conflict.key), conflict.versions.size()));
        }
        auto* conflicts = new wxListBox(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(680, 100)), keys);
        conflicts->SetName("preview_conflicts");
        sizer->Add(conflicts, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    }
    auto* buttons = dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    // TRANSLATORS: button of the preview that applies the changes
    dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK))->SetLabel(_("Apply"));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    return dialog.ShowModal() == wxID_OK;
}

}  // namespace ziwb::gui
