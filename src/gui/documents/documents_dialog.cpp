// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/documents_dialog.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <filesystem>

#include "app/preferences.hpp"
#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/utf8.hpp"
#include "documents/document_make.hpp"
#include "documents/letterhead_dialog.hpp"
#include "documents/signed_scans.hpp"
#include "frame/main_frame.hpp"
#include "readiness/action_plan.hpp"
#include "services/service_ui.hpp"
#include "session/workspace_session.hpp"
#include "util/message_dialog.hpp"
#include "util/program_dir.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

wxString SignatureState(const core::SignerStatus& row) {
    wxString state;
    if (!row.is_signed) {
        // TRANSLATORS: a person has not signed the document yet
        state = _("Not yet signed");
    } else if (row.how == "electronic") {
        // TRANSLATORS: %s: the date signed (YYYY-MM-DD)
        state = wxString::Format(_("Signed %s, electronically (TTE)"), Wx(row.date));
    } else {
        // TRANSLATORS: %s: the date signed (YYYY-MM-DD)
        state = wxString::Format(_("Signed %s, in ink"), Wx(row.date));
    }
    if (!row.expected) {
        // TRANSLATORS: after a signature: the person has left the team register since
        state << " " << _("(no longer in the register)");
    }
    return state;
}

}  // namespace

DocumentsDialog::DocumentsDialog(MainFrame& frame, WorkspaceSession& session)
    : wxDialog(&frame, wxID_ANY,
               // TRANSLATORS: title of the window of the commitment documents and their signatures
               _("Documents and Signatures"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_frame(frame),
      m_session(session) {
    SetName("documents_dialog");
    for (auto& document : core::LoadShippedTemplates(ProgramDirectory())) {
        if (core::IsSignedInTheRegister(document)) {
            m_templates.push_back(std::move(document));
        }
    }
    // The Pakta Integritas (everyone signs one) first: it is the document most of the work is about.
    std::stable_partition(m_templates.begin(), m_templates.end(), [](const core::DocumentTemplate& document) {
        return document.scope == core::TemplateScope::Person;
    });
    if (m_templates.empty()) {
        throw core::Error(Utf8(_("the document templates are missing from this installation; reinstall ZI Workbench")));
    }
    const int gap = FromDIP(8);
    auto* top = new wxFlexGridSizer(2, wxSize(gap, gap / 2));
    top->AddGrowableCol(1);
    // TRANSLATORS: label of the choice of a commitment document
    top->Add(new wxStaticText(this, wxID_ANY, _("Document:")), wxSizerFlags().CenterVertical());
    m_choice = new wxChoice(this, wxID_ANY);
    m_choice->SetName("documents_template");
    for (const auto& document : m_templates) {
        m_choice->Append(Wx(document.name));
    }
    m_choice->SetSelection(0);
    top->Add(m_choice, wxSizerFlags().Expand());
    // TRANSLATORS: label of the city the documents are dated in
    top->Add(new wxStaticText(this, wxID_ANY, _("Place of signing:")), wxSizerFlags().CenterVertical());
    m_place = new wxTextCtrl(this, wxID_ANY, Preferences::SigningPlace());
    m_place->SetName("documents_place");
    // TRANSLATORS: hint in the empty place field
    m_place->SetHint(_("City, as printed above the signatures"));
    top->Add(m_place, wxSizerFlags().Expand());

    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName("documents_summary");
    // TRANSLATORS: check box: show only the people who have not signed
    m_only_unsigned = new wxCheckBox(this, wxID_ANY, _("Only those who have not signed"));
    m_only_unsigned->SetName("documents_only_unsigned");
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT);
    m_list->SetName("documents_signers");
    // TRANSLATORS: column of the signers list
    m_list->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(190));
    // TRANSLATORS: column of the signers list
    m_list->AppendColumn(_("NIP"), wxLIST_FORMAT_LEFT, FromDIP(165));
    // TRANSLATORS: column of the signers list: the person's position (jabatan)
    m_list->AppendColumn(_("Position"), wxLIST_FORMAT_LEFT, FromDIP(125));
    // TRANSLATORS: column of the signers list: signed or not, when and how
    m_list->AppendColumn(_("Signature"), wxLIST_FORMAT_LEFT, FromDIP(265));
    // TRANSLATORS: column of the signers list: the evidence item of the signed scan
    m_list->AppendColumn(_("Evidence"), wxLIST_FORMAT_RIGHT, FromDIP(95));
    m_list->SetMinSize(FromDIP(wxSize(560, 220)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: button: make the PDFs of the people selected in the list
    m_make_selected = new wxButton(this, wxID_ANY, _("Make PDF of the &Selected..."));
    m_make_selected->SetName("documents_make_selected");
    // TRANSLATORS: button: make the PDFs of everyone expected to sign (or the unit's one PDF)
    m_make_all = new wxButton(this, wxID_ANY, _("Make &All PDFs..."));
    m_make_all->SetName("documents_make_all");
    // TRANSLATORS: button: attach a folder of signed scans, matched to people by the NIP in their names
    auto* attach = new wxButton(this, wxID_ANY, _("A&ttach Signed Scans..."));
    attach->SetName("documents_attach");
    buttons->Add(m_make_selected, wxSizerFlags().Border(wxRIGHT, gap / 2));
    buttons->Add(m_make_all, wxSizerFlags().Border(wxRIGHT, gap / 2));
    // TRANSLATORS: button: the letterhead (kop surat) every document is printed with
    auto* letterhead = new wxButton(this, wxID_ANY, _("&Letterhead..."));
    letterhead->SetName("documents_letterhead");
    buttons->Add(attach);
    buttons->AddStretchSpacer();
    buttons->Add(letterhead, wxSizerFlags().Border(wxRIGHT, gap / 2));
    buttons->Add(new wxButton(this, wxID_CLOSE));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_only_unsigned, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);

    m_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { ShowTemplate(); });
    m_only_unsigned->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { ShowTemplate(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { m_make_selected->Enable(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED,
                 [this](wxListEvent&) { m_make_selected->Enable(m_list->GetSelectedItemCount() > 0); });
    m_make_selected->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnMake(false); });
    m_make_all->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnMake(true); });
    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAttach(); });
    letterhead->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (ShowLetterheadDialog(this, m_session)) {
            // TRANSLATORS: status bar after the letterhead was changed
            m_frame.SetStatusText(_("The letterhead was saved: the documents made from now on carry it."));
        }
    });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    ShowTemplate();

    const wxRect screen = wxDisplay(&frame).GetClientArea();
    SetSize(std::min(FromDIP(860), screen.width - 40), std::min(FromDIP(560), screen.height - 60));
    CentreOnParent();
}

const core::DocumentTemplate& DocumentsDialog::Chosen() const {
    return m_templates.at(static_cast<std::size_t>(std::max(m_choice->GetSelection(), 0)));
}

void DocumentsDialog::ShowTemplate() {
    const core::DocumentTemplate& document = Chosen();
    const auto rows = core::DocumentStatus(m_session.Workspace(), {document});
    const auto progress = core::SignatureProgressOf(rows);
    if (progress.empty() || progress.front().expected == 0) {
        m_summary->SetLabel(document.scope == core::TemplateScope::Person
                                // TRANSLATORS: the documents window, when the register has nobody to sign
                                ? _("Nobody is expected to sign yet: add the team in Team > Team Register.")
                                // TRANSLATORS: the documents window: a unit document with no leader to sign
                                : _("Signed by the unit's leaders: the team register has no leader (pimpinan) yet."));
    } else {
        const auto& counted = progress.front();
        m_summary->SetLabel(
            // TRANSLATORS: %1$zu people signed of %2$zu expected; %3$zu have not
            wxString::Format(_("%1$zu of %2$zu have signed; %3$zu have not."), counted.signed_count, counted.expected,
                             counted.expected - counted.signed_count));
    }
    m_shown.clear();
    for (const auto& row : rows) {
        if (!m_only_unsigned->GetValue() || !row.is_signed) {
            m_shown.push_back(row);
        }
    }
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (const auto& row : m_shown) {
        const long item = m_list->InsertItem(m_list->GetItemCount(), Wx(core::OneLine(row.name)));
        m_list->SetItem(item, 1, Wx(row.nip));
        m_list->SetItem(item, 2, Wx(core::OneLine(row.position)));
        m_list->SetItem(item, 3, SignatureState(row));
        m_list->SetItem(
            item, 4,
            row.evidence_id > 0 ? wxString::Format("%lld", static_cast<long long>(row.evidence_id)) : wxString());
    }
    m_list->Thaw();
    // A unit document is one PDF (its signer the first leader): there is nobody to choose.
    const bool per_person = document.scope == core::TemplateScope::Person;
    m_make_selected->Show(per_person);
    m_make_selected->Enable(per_person && m_list->GetSelectedItemCount() > 0);
    m_make_all->SetLabel(per_person ? _("Make &All PDFs...")
                                    // TRANSLATORS: button: make the unit's one PDF of the chosen document
                                    : _("Make the &PDF..."));
    Layout();
}

std::vector<std::string> DocumentsDialog::SelectedNips() const {
    std::vector<std::string> nips;
    for (long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item != -1;
         item = m_list->GetNextItem(item, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)) {
        nips.push_back(m_shown.at(static_cast<std::size_t>(item)).nip);
    }
    return nips;
}

void DocumentsDialog::OnMake(bool everyone) {
    const core::DocumentTemplate& document = Chosen();
    const bool per_person = document.scope == core::TemplateScope::Person;
    const std::vector<std::string> nips = everyone || !per_person ? std::vector<std::string>() : SelectedNips();
    if (!everyone && per_person && nips.empty()) {
        return;
    }
    // TRANSLATORS: title of the messages about making documents
    const wxString title = _("Make Documents");
    RunUserAction(this, title, [&] {
        // TRANSLATORS: folder dialog title
        const wxString folder = AskFolder(*this, _("Choose a folder for the documents"), Wx(document.id));
        if (folder.empty()) {
            return;
        }
        core::MakeRequest request;
        request.place = Utf8(m_place->GetValue().Strip(wxString::both));
        request.date = core::TodayDate();
        // Files already there (made before, and perhaps printed) are replaced only when the user says so.
        std::vector<std::string> targets;
        if (!per_person) {
            targets.push_back(core::DocumentFileName(document, ""));
        } else {
            for (const auto& row : core::DocumentStatus(m_session.Workspace(), {document})) {
                if ((everyone && row.expected) || std::find(nips.begin(), nips.end(), row.nip) != nips.end()) {
                    targets.push_back(core::DocumentFileName(document, row.nip));
                }
            }
        }
        const auto existing = std::count_if(targets.begin(), targets.end(), [&](const std::string& name) {
            std::error_code error;
            return std::filesystem::exists(PathOf(folder) / name, error);
        });
        if (existing > 0) {
            MessageDialog ask(this,
                              // TRANSLATORS: %zu files of the documents exist already in the folder chosen
                              wxString::Format(_("%zu of these documents exist already in that folder. Replace "
                                                 "them?"),
                                               static_cast<std::size_t>(existing)),
                              title, wxYES_NO | wxICON_QUESTION);
            ask.SetName("documents_replace");
            if (ask.ShowModal() != wxID_YES) {
                return;
            }
            request.overwrite = true;
        }
        std::size_t made = 0;
        if (per_person && !everyone) {
            for (const std::string& nip : nips) {
                request.nip = nip;
                made +=
                    core::MakeDocuments(m_session.Workspace(), document, request, PathOf(folder), ProgramDirectory())
                        .size();
            }
        } else {
            request.all = per_person;
            made = core::MakeDocuments(m_session.Workspace(), document, request, PathOf(folder), ProgramDirectory())
                       .size();
        }
        Preferences::SetSigningPlace(m_place->GetValue().Strip(wxString::both));
        // TRANSLATORS: %1$zu documents (%2$s: which) were written into the folder %3$s
        const wxString said = wxString::Format(_("%1$zu %2$s written into %3$s. Once signed, attach the scans with "
                                                 "Attach Signed Scans."),
                                               made, Wx(document.name), folder);
        m_frame.SetStatusText(said);
        MessageDialog done(this, said, title, wxOK | wxICON_INFORMATION);
        done.SetName("documents_made");
        done.ShowModal();
    });
}

void DocumentsDialog::OnAttach() {
    const core::DocumentTemplate& document = Chosen();
    // TRANSLATORS: title of the messages about attaching signed scans
    const wxString title = _("Attach Signed Scans");
    RunUserAction(this, title, [&] {
        // TRANSLATORS: folder dialog title
        const wxString folder = AskOpenFolder(*this, _("Choose the folder of the signed scans"));
        if (folder.empty()) {
            return;
        }
        core::SignedScanPlan plan = core::PlanSignedScans(m_session.Workspace(), document, PathOf(folder));
        if (!plan.problems.empty()) {
            std::vector<std::vector<wxString>> rows;
            for (const auto& problem : plan.problems) {
                rows.push_back({Wx(problem)});
            }
            ShowProblems(this, title,
                         // TRANSLATORS: %zu files of the folder cannot be attached
                         wxString::Format(_("%zu file(s) in the folder cannot be attached, so nothing was attached. "
                                            "Rename or move them, then attach the folder again."),
                                          plan.problems.size()),
                         // TRANSLATORS: column of the list of files that cannot be attached
                         {{_("Problem"), 640}}, rows);
            return;
        }
        if (plan.scans.empty()) {
            throw core::UserError(
                Utf8(_("the folder holds no signed scan: name each scan with the signer's 18-digit NIP, such as "
                       "pakta-199001012015031001.pdf")));
        }
        const wxString where = plan.criterion.empty() ? wxString() : Wx(plan.criterion);
        MessageDialog ask(
            this,
            where.empty()
                // TRANSLATORS: %1$zu scans of %2$s (the document) will be attached
                ? wxString::Format(_("Attach %1$zu signed scan(s) of the %2$s as evidence?"), plan.scans.size(),
                                   Wx(document.name))
                // TRANSLATORS: %1$zu scans of %2$s (the document) will be attached as evidence of %3$s (a criterion)
                : wxString::Format(_("Attach %1$zu signed scan(s) of the %2$s as evidence of %3$s?"), plan.scans.size(),
                                   Wx(document.name), where),
            title, wxYES_NO | wxICON_QUESTION);
        ask.SetName("documents_attach_confirm");
        if (ask.ShowModal() != wxID_YES) {
            return;
        }
        core::AttachSignedScans(m_session.Workspace(), document, plan, core::TodayDate(), m_session.Author());
        m_session.NotifyEvidenceChanged(plan.criterion.empty() ? -1 : m_session.Form().Find(plan.criterion));
        ShowTemplate();
        // TRANSLATORS: status bar: %1$zu scans of %2$s (the document) were attached
        m_frame.SetStatusText(
            wxString::Format(_("%1$zu signed scan(s) of the %2$s attached."), plan.scans.size(), Wx(document.name)));
    });
}

void ShowDocuments(MainFrame& frame) {
    // TRANSLATORS: title of the window of the commitment documents and their signatures
    RunUserAction(&frame, _("Documents and Signatures"), [&] {
        DocumentsDialog dialog(frame, *frame.Session());
        dialog.ShowModal();
    });
}

}  // namespace ziwb::gui
