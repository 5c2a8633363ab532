// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/send_changes_dialog.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/error.hpp"
#include "exchange/exchange.hpp"
#include "review/review_text.hpp"
#include "util/shown_time.hpp"
#include "util/size_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

/// The dialog's heading and list for the plan, with or without its evidence files.
void ShowPlan(const core::ExportPlan& plan, bool with_evidence, wxStaticText* heading, wxListBox* list) {
    wxString text;
    if (with_evidence && plan.files > 0) {
        // TRANSLATORS: heading of the Send Changes preview: changes, evidence files and their size ("48 KB")
        text = wxString::Format(_("%zu changes and %zu evidence files (%s) will be written to the file:"),
                                plan.entries.size(), plan.files, FileSizeText(plan.file_bytes));
    } else {
        // TRANSLATORS: heading of the Send Changes preview without evidence files
        text = wxString::Format(_("%zu changes will be written to the file:"), plan.entries.size());
    }
    heading->SetLabel(text);
    wxArrayString lines;
    for (const auto& line : plan.entries) {
        lines.Add(WithShownTime(line));
    }
    list->Set(lines);
}

}  // namespace

std::optional<SendChoice> ShowSendChangesPreview(wxWindow* parent, core::Workspace& workspace,
                                                 const std::optional<std::string>& review_layer) {
    // One plan serves both evidence choices: leaving the files out sends the same entries. The
    // workspace cannot change while this modal dialog is open.
    const core::ExportPlan whole = core::PlanExport(workspace, std::nullopt, true);
    // An evaluator's review alone, when the core can send it (it cannot when the review follows
    // something of another layer this copy made itself, which the unit would lack).
    std::optional<core::ExportPlan> layer_plan;
    std::string unit_mark;
    if (review_layer) {
        try {
            unit_mark = core::MarkOfOtherLayers(workspace, *review_layer);
            layer_plan = core::PlanExport(workspace, unit_mark, true, review_layer);
        } catch (const core::UserError&) {
            layer_plan.reset();
        }
    }
    // TRANSLATORS: title of the preview before sending changes
    wxDialog dialog(parent, wxID_ANY, _("Send changes"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("send_changes_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = dialog.FromDIP(12);
    auto* heading =
        new wxStaticText(&dialog, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0, "send_heading");
    sizer->Add(heading, wxSizerFlags().Border(wxALL, border));
    auto* list = new wxListBox(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(680, 260)));
    list->SetName("send_changes");
    sizer->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    wxCheckBox* only_layer = nullptr;
    if (layer_plan) {
        // TRANSLATORS: check box in the Send Changes preview of an evaluator: %s their layer (TPI)
        only_layer = new wxCheckBox(
            &dialog, wxID_ANY,
            wxString::Format(
                _("Only my review (%s): the unit already has the rest"),
                ShortLayerName(workspace.FormInUse(), core::ParseLayer(workspace.FormInUse(), *review_layer))),
            wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "send_only_layer");
        only_layer->SetValue(true);
        sizer->Add(only_layer, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    }
    const auto plan = [&]() -> const core::ExportPlan& {
        return only_layer != nullptr && only_layer->GetValue() ? *layer_plan : whole;
    };
    // TRANSLATORS: check box in the Send Changes preview
    auto* evidence = new wxCheckBox(&dialog, wxID_ANY, _("With the evidence files these changes name"),
                                    wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "send_with_evidence");
    evidence->SetValue(true);
    sizer->Add(evidence, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    // TRANSLATORS: explanation under the evidence check box of the Send Changes preview
    auto* hint =
        new wxStaticText(&dialog, wxID_ANY,
                         _("Without them the file stays small for e-mail or chat; the receiver sees those files "
                           "as \"not received yet\" until a copy of the workspace brings them."));
    hint->Wrap(dialog.FromDIP(640));
    sizer->Add(hint, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    auto* buttons = dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* save = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
    // TRANSLATORS: button of the Send Changes preview that asks where to save the file
    save->SetLabel(_("Save..."));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL));

    const auto refresh = [&] {
        evidence->Enable(plan().files > 0);
        ShowPlan(plan(), evidence->GetValue(), heading, list);
        heading->Wrap(dialog.FromDIP(640));
        dialog.Layout();
    };
    evidence->Bind(wxEVT_CHECKBOX, [&](wxCommandEvent&) { refresh(); });
    if (only_layer != nullptr) {
        only_layer->Bind(wxEVT_CHECKBOX, [&](wxCommandEvent&) { refresh(); });
    }
    refresh();
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    SendChoice choice{evidence->GetValue(), std::nullopt, std::nullopt};
    if (only_layer != nullptr && only_layer->GetValue()) {
        choice.only_layer = review_layer;
        choice.since = unit_mark;
    }
    return choice;
}

}  // namespace ziwb::gui
