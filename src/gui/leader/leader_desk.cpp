// SPDX-License-Identifier: GPL-3.0-or-later
#include "leader/leader_desk.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/html/htmlwin.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "documents/documents_dialog.hpp"
#include "frame/main_frame.hpp"
#include "leader/leader_page.hpp"
#include "leader/leader_summary.hpp"
#include "log/change_log.hpp"
#include "readiness/action_plan.hpp"
#include "session/workspace_session.hpp"
#include "signoff/signoff.hpp"
#include "util/html_text.hpp"
#include "util/message_dialog.hpp"
#include "util/program_dir.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

wxString Item(const std::string& text) {
    return "<li>" + HtmlEscape(Wx(text)) + "</li>";
}

/// The leader's page as HTML: the same summary the PDF prints, with the same words.
wxString LeaderHtml(const core::Form& form, const core::LeaderSummary& summary) {
    wxString html = "<html><body>";
    html << "<h3>" << HtmlEscape(Wx(summary.info.unit_name)) << "</h3><p>" << HtmlEscape(Wx(summary.info.agency))
         << ", " << summary.info.year << "</p>";
    // TRANSLATORS: heading of the leader's page
    html << "<h4>1. " << _("Score and verdict") << "</h4><p><b><font size=\"+2\">"
         << Wx(core::FormatNumber(summary.total, 2)) << "</font></b> / 100 &middot; "
         << wxString::Format(_("%s%% of the criteria answered"),
                             Wx(core::FormatNumber(summary.completeness * 100.0, 0)))
         << "</p><ul>";
    for (const auto& verdict : summary.verdicts) {
        html << Item(core::VerdictLine(verdict));
    }
    for (const auto& judged : summary.proposal) {
        html << Item(core::ProposalLine(judged));
    }
    if (const std::string deadline = core::DeadlineLine(summary); !deadline.empty()) {
        html << Item(deadline);
    }
    // TRANSLATORS: heading of the leader's page
    html << "</ul><h4>2. " << _("What is missing") << "</h4><ul>";
    if (summary.open_prerequisites > 0) {
        html << "<li>" << wxString::Format(_("%zu prerequisites not confirmed met"), summary.open_prerequisites)
             << "</li>";
    }
    for (const auto& finding : summary.missing) {
        const core::FormNode* node = form.FindNode(finding.code);
        html << "<li><b>" << HtmlEscape(Wx(finding.code)) << "</b> "
             << (node != nullptr ? HtmlEscape(Wx(node->name)) : wxString()) << " &mdash; "
             << HtmlEscape(Wx(finding.problem)) << " (" << Wx(core::FormatNumber(finding.points, 2)) << ")</li>";
    }
    if (summary.missing_count > summary.missing.size()) {
        html << "<li>"
             << wxString::Format(_("and %zu more in Readiness"), summary.missing_count - summary.missing.size())
             << "</li>";
    }
    // TRANSLATORS: heading of the leader's page
    html << "</ul><h4>3. " << _("Who has not signed") << "</h4><ul>";
    for (const auto& progress : summary.signatures) {
        html << "<li>"
             << wxString::Format(_("%s: %zu of %zu signed"), HtmlEscape(Wx(progress.template_name)),
                                 progress.signed_count, progress.expected)
             << "</li>";
    }
    // TRANSLATORS: heading of the leader's page
    html << "</ul><h4>4. " << _("Waiting for your signature") << "</h4><ul>";
    for (const auto& action : summary.awaiting) {
        html << Item(action);
    }
    if (summary.awaiting.empty()) {
        // TRANSLATORS: nothing waits for the leader's signature
        html << "<li>" << _("Nothing now.") << "</li>";
    }
    html << "</ul><p><i>" << HtmlEscape(Wx(core::SignoffLine(summary.signoff))) << "</i></p></body></html>";
    return html;
}

core::LeaderSummary Collect(WorkspaceSession& session) {
    const auto signer = core::SessionSigner();
    return core::CollectLeaderSummary(session.Workspace(), core::TodayDate(), signer ? signer->nip : std::string());
}

}  // namespace

bool ShowSignoffDialog(wxWindow* parent, WorkspaceSession& session) {
    const auto report = session.Workspace().Score(core::Layer::Unit());
    // TRANSLATORS: dialog title: the leader signs off the unit's submission
    wxDialog dialog(parent, wxID_ANY, _("Sign off the submission"));
    dialog.SetName("signoff_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxString explanation = wxString::Format(
        // TRANSLATORS: %s: the unit, the total, the share of criteria answered
        _("You sign off the submission of %s as it stands now: a total of %s, with %s%% of the criteria "
          "answered, and the evidence and prerequisites behind it. Your key signs it. Any later change of the "
          "unit's answers, evidence, prerequisites or details will show as changed after sign-off until you "
          "sign off again."),
        Wx(session.Workspace().Info().unit_name), Wx(core::FormatNumber(report.Total(), 2)),
        Wx(core::FormatNumber(report.Completeness() * 100.0, 0)));
    auto* text = new WrapText(&dialog, explanation, "signoff_explanation");
    text->Rewrap(dialog.FromDIP(480));
    sizer->Add(text, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    // TRANSLATORS: label of the sign-off's note
    sizer->Add(new wxStaticText(&dialog, wxID_ANY, _("Note (optional)")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    auto* note = new wxTextCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE);
    note->SetName("signoff_note");
    note->SetMinSize(dialog.FromDIP(wxSize(480, 60)));
    sizer->Add(note, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, dialog.FromDIP(12)));
    auto* buttons = dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK))) {
        // TRANSLATORS: button that signs off the submission
        ok->SetLabel(_("Sign Off"));
    }
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    while (dialog.ShowModal() == wxID_OK) {
        try {
            (void)core::SignOff(session.Workspace(), Utf8(note->GetValue().Strip(wxString::both)));
            session.Refresh();
            return true;
        } catch (const core::UserError& error) {
            MessageDialog message(&dialog, Wx(error.what()), _("Sign off the submission"), wxOK | wxICON_WARNING);
            message.ShowModal();
            return false;
        }
    }
    return false;
}

void ShowLeaderDesk(MainFrame& frame) {
    WorkspaceSession& session = *frame.Session();
    // TRANSLATORS: title of the leader's page window
    wxDialog dialog(&frame, wxID_ANY, _("Leader's Page"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("leader_desk");
    auto* page =
        new wxHtmlWindow(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO, "leader_page");
    const auto show = [&] { page->SetPage(LeaderHtml(session.Workspace().FormInUse(), Collect(session))); };
    show();
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: button on the leader's page
    auto* sign = new wxButton(&dialog, wxID_ANY, _("Sign Off..."));
    sign->SetName("leader_signoff");
    // TRANSLATORS: button on the leader's page
    auto* save = new wxButton(&dialog, wxID_ANY, _("Save as PDF..."));
    save->SetName("leader_save_pdf");
    // TRANSLATORS: button on the leader's page: the documents window (who has signed what)
    auto* documents = new wxButton(&dialog, wxID_ANY, _("Documents..."));
    documents->SetName("leader_documents");
    buttons->Add(sign, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(documents, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(save);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(&dialog, wxID_CLOSE));
    sign->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        if (ShowSignoffDialog(&dialog, session)) {
            show();
        }
    });
    documents->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        ShowDocuments(frame);
        show();
    });
    save->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        // TRANSLATORS: suggested file name of the leader's page PDF
        const wxString target = AskSavePath(frame, _("Save the leader's page"), _("leader-page") + ".pdf",
                                            _("PDF documents (*.pdf)|*.pdf"));
        if (target.empty()) {
            return;
        }
        try {
            core::WriteLeaderPdf(session.Workspace().FormInUse(), Collect(session), ProgramDirectory(), PathOf(target),
                                 true);
            frame.SetStatusText(wxString::Format(_("The leader's page was saved as %s."), target));
        } catch (const core::UserError& error) {
            MessageDialog message(&dialog, Wx(error.what()), _("Leader's Page"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    });
    dialog.Bind(
        wxEVT_BUTTON, [&](wxCommandEvent&) { dialog.EndModal(wxID_CLOSE); }, wxID_CLOSE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page, wxSizerFlags(1).Expand());
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizer(sizer);
    const wxRect screen = wxDisplay(&frame).GetClientArea();
    dialog.SetSize(std::min(frame.FromDIP(720), screen.width - 40), std::min(frame.FromDIP(760), screen.height - 60));
    dialog.CentreOnParent();
    dialog.ShowModal();
}

}  // namespace ziwb::gui
