// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/revision_notice.hpp"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>

#include "common/error.hpp"
#include "common/utf8.hpp"
#include "review/review_status.hpp"
#include "review/review_text.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

bool HasReviewToShow(WorkspaceSession& session, int node) {
    try {
        const auto review = core::LoadReview(session.Workspace(), session.Role().layer, session.Form().Node(node).code);
        return review.state != core::ReviewState::NotChecked;
    } catch (const core::UserError&) {
        return false;  // a file of an older format, read as it is, has no review
    }
}

RevisionNotice::RevisionNotice(wxWindow* parent, WorkspaceSession& session, int node)
    : wxPanel(parent, wxID_ANY), m_session(session), m_node(node) {
    SetName("revision_notice");
    const int gap = FromDIP(8);
    // TRANSLATORS: box on the unit's criterion page: %s the evaluating body (TPI)
    auto* box = new wxStaticBoxSizer(
        wxVERTICAL, this, wxString::Format(_("Review by the %s"), LayerName(m_session.Form(), m_session.Role().layer)));
    wxWindow* area = box->GetStaticBox();
    const auto wrap = [&](const wxString& name) {
        auto* text = new WrapText(area, wxString(), name);
        m_wraps.push_back(text);
        box->Add(text, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        return text;
    };
    m_status = wrap("revision_status");
    ScaleFont(m_status, 0, true);
    m_reason = wrap("revision_reason");
    m_ready = wrap("revision_ready");
    m_ready->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_note =
        new wxTextCtrl(area, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    m_note->SetName("revision_note");
    // TRANSLATORS: hint: the unit says what it changed before asking for a re-check
    m_note->SetHint(_("What was revised (evidence added, answer corrected)"));
    m_note->SetInitialSize(wxSize(-1, m_note->GetCharHeight() * 2 + FromDIP(10)));
    box->Add(m_note, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    // TRANSLATORS: button: the unit says the revision asked for is done
    m_mark = new wxButton(area, wxID_ANY, _("Ready for re-check"));
    m_mark->SetName("revision_mark_ready");
    m_mark->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { MarkReady(); });
    box->Add(m_mark, wxSizerFlags().Border(wxALL, gap));
    m_problem = wrap("revision_problem");
    m_problem->SetForegroundColour(*wxRED);
    m_problem->Hide();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags().Expand());
    SetSizer(sizer);
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Review && (change.node < 0 || change.node == m_node)) {
            Fill();
        }
    });
    Fill();
}

void RevisionNotice::Fill() {
    const core::Layer& layer = m_session.Role().layer;
    const auto review = core::LoadReview(m_session.Workspace(), layer, m_session.Form().Node(m_node).code);
    const bool waits = review.state == core::ReviewState::NeedsRevision;
    const bool ready = review.state == core::ReviewState::ReadyForRecheck;
    // The evaluator's status stays "needs revision" while the unit's re-check mark waits.
    const core::ReviewState evaluator_state = ready ? core::ReviewState::NeedsRevision : review.state;
    // TRANSLATORS: the evaluator's status of a criterion: %1$s status, %2$s who set it
    m_status->SetText(
        wxString::Format(_("Status: %1$s (%2$s)"), Wx(core::ReviewStateLabel(evaluator_state)), Wx(review.author)));
    wxString reason;
    if (!review.note.empty()) {
        // TRANSLATORS: the evaluator's reason or remark on a criterion
        reason = wxString::Format(_("Reason: %s"), Wx(review.note));
    }
    if (review.revisions > 0) {
        // TRANSLATORS: how many times the evaluator asked the unit to revise this criterion
        reason << (reason.empty() ? L"" : L"   \u00b7   ")
               << wxString::Format(wxPLURAL("%d revision asked", "%d revisions asked", review.revisions),
                                   review.revisions);
    }
    m_reason->SetText(reason);
    m_ready->SetText(ready ? wxString(L"\u21bb ") +
                                 // TRANSLATORS: the unit's mark: %1$s who, %2$s when, %3$s their note
                                 wxString::Format(_("Marked ready for re-check by %1$s (%2$s): %3$s"),
                                                  Wx(review.ready_by), Wx(review.ready_at), Wx(review.ready_note))
                           : wxString());
    m_ready->Show(ready);
    // The unit answers a revision; once marked, a second mark replaces the note.
    m_note->Show(waits || ready);
    m_mark->Show(waits || ready);
    if (ready && m_note->GetValue().empty()) {
        m_note->ChangeValue(Wx(review.ready_note));
    }
    Layout();
}

void RevisionNotice::MarkReady() {
    try {
        core::MarkReadyForRecheck(m_session.Workspace(), m_session.Role().layer, m_session.Form().Node(m_node).code,
                                  Utf8(m_note->GetValue().Strip(wxString::both)), m_session.Author());
        m_problem->SetText(wxString());
        m_session.ReviewChanged(m_node);
    } catch (const core::UserError& error) {
        m_problem->SetText(Wx(core::OneLine(error.what())));
    }
    m_problem->Show(!m_problem->Text().empty());
    if (GetParent() != nullptr) {
        GetParent()->Layout();
    }
}

void RevisionNotice::Rewrap(int width) {
    for (WrapText* text : m_wraps) {
        text->Rewrap(width - FromDIP(30));
    }
    Layout();
}

}  // namespace ziwb::gui
