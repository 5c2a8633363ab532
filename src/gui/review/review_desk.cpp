// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_desk.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/utf8.hpp"
#include "review/review_text.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

const std::vector<core::ReviewState>& SettableReviewStates() {
    // "Ready for re-check" is the unit's word, shown beside the status, never set by the evaluator.
    static const std::vector<core::ReviewState> states = {core::ReviewState::NotChecked, core::ReviewState::Checking,
                                                          core::ReviewState::NeedsRevision, core::ReviewState::Done};
    return states;
}

ReviewDesk::ReviewDesk(wxWindow* parent, WorkspaceSession& session, int node)
    : wxPanel(parent, wxID_ANY), m_session(session), m_node(node) {
    SetName("review_desk");
    const core::Form& form = m_session.Form();
    const core::FormNode& criterion = form.Node(m_node);
    const ReviewRole& role = m_session.Role();
    const auto wrap = [this](wxWindow* parent_window, const wxString& name) {
        auto* text = new WrapText(parent_window, wxString(), name);
        m_wraps.push_back(text);
        return text;
    };
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    m_locked = wrap(this, "review_locked");
    m_locked->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT));
    ScaleFont(m_locked, 0, true);
    sizer->Add(m_locked, wxSizerFlags().Expand().Border(wxBOTTOM, gap));

    // Side by side: what the unit says, and what the evaluator says.
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: box on the evaluator's page: the unit's own answer, read-only
    auto* unit_box = new wxStaticBoxSizer(wxVERTICAL, this, _("The unit's answer"));
    m_unit_answer = wrap(unit_box->GetStaticBox(), "review_unit_answer");
    ScaleFont(m_unit_answer, 1, true);
    unit_box->Add(m_unit_answer, wxSizerFlags().Expand().Border(wxALL, gap));
    m_unit_note = new wxTextCtrl(unit_box->GetStaticBox(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxTE_MULTILINE | wxTE_WORDWRAP | wxTE_READONLY);
    m_unit_note->SetName("review_unit_note");
    m_unit_note->SetInitialSize(wxSize(-1, m_unit_note->GetCharHeight() * 5 + FromDIP(10)));
    unit_box->Add(m_unit_note, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    columns->Add(unit_box, wxSizerFlags(1).Expand().Border(wxRIGHT, gap));

    // TRANSLATORS: box on the evaluator's page: %1$s the layer (TPI), %2$s the evaluator's level
    auto* own_box = new wxStaticBoxSizer(
        wxVERTICAL, this,
        wxString::Format(_("Your answer (%1$s, %2$s)"), ShortLayerName(form, role.layer), LevelName(form, role.level)));
    wxWindow* own = own_box->GetStaticBox();
    if (criterion.answer_kind == core::AnswerKind::Choice) {
        m_answer_choice = new wxChoice(own, wxID_ANY);
        m_answer_choice->SetName("review_answer");
        // TRANSLATORS: the evaluator has not answered this criterion
        m_answer_choice->Append(_("(no answer)"));
        for (const auto& choice : form.ScaleOf(criterion).choices) {
            m_answer_choice->Append(Wx(choice.key));
        }
        own_box->Add(m_answer_choice, wxSizerFlags().Expand().Border(wxALL, gap));
    } else {
        m_answer_text = new wxTextCtrl(own, wxID_ANY);
        m_answer_text->SetName("review_answer_text");
        // TRANSLATORS: hint for an evaluator's answer typed as text, e.g. "agen=5;perubahan=7" or "3.42"
        m_answer_text->SetHint(_("as the command line takes it, e.g. 3.42 or agen=5;perubahan=7"));
        own_box->Add(m_answer_text, wxSizerFlags().Expand().Border(wxALL, gap));
    }
    m_note =
        new wxTextCtrl(own, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    m_note->SetName("review_note");
    // TRANSLATORS: hint in the evaluator's note field
    m_note->SetHint(_("Why your answer differs, what you checked"));
    m_note->SetInitialSize(wxSize(-1, m_note->GetCharHeight() * 3 + FromDIP(10)));
    own_box->Add(m_note, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    m_levels = wrap(own, "review_levels");
    m_levels->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    own_box->Add(m_levels, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    // TRANSLATORS: button: write the evaluator's answer and note
    auto* save_answer = new wxButton(own, wxID_ANY, _("Save my answer"));
    save_answer->SetName("review_save_answer");
    save_answer->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SaveAnswer(); });
    own_box->Add(save_answer, wxSizerFlags().Border(wxALL, gap));
    columns->Add(own_box, wxSizerFlags(1).Expand());
    sizer->Add(columns, wxSizerFlags().Expand());

    // TRANSLATORS: box with the review status of a criterion (belum dicek, perlu revisi, ...)
    auto* status_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Review status"));
    wxWindow* status_area = status_box->GetStaticBox();
    auto* status_row = new wxBoxSizer(wxHORIZONTAL);
    m_status = new wxChoice(status_area, wxID_ANY);
    m_status->SetName("review_status");
    for (const auto state : SettableReviewStates()) {
        m_status->Append(Wx(core::ReviewStateLabel(state)));
    }
    status_row->Add(m_status, wxSizerFlags().CenterVertical().Border(wxRIGHT, gap));
    m_revisions = wrap(status_area, "review_revisions");
    status_row->Add(m_revisions, wxSizerFlags(1).CenterVertical());
    status_box->Add(status_row, wxSizerFlags().Expand().Border(wxALL, gap));
    m_reason = new wxTextCtrl(status_area, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_WORDWRAP);
    m_reason->SetName("review_reason");
    // TRANSLATORS: hint in the reason field of the review status
    m_reason->SetHint(_("What must be revised (required for \"needs revision\")"));
    m_reason->SetInitialSize(wxSize(-1, m_reason->GetCharHeight() * 2 + FromDIP(10)));
    status_box->Add(m_reason, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    m_ready = wrap(status_area, "review_ready_note");
    status_box->Add(m_ready, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    // TRANSLATORS: button: write the review status and its reason
    auto* save_status = new wxButton(status_area, wxID_ANY, _("Save status"));
    save_status->SetName("review_save_status");
    save_status->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SaveStatus(); });
    status_box->Add(save_status, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(status_box, wxSizerFlags().Expand().Border(wxTOP, gap));

    m_problem = wrap(this, "review_problem");
    m_problem->SetForegroundColour(*wxRED);
    m_problem->Hide();
    sizer->Add(m_problem, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    SetSizer(sizer);

    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if ((change.kind == SessionChange::Kind::Review || change.kind == SessionChange::Kind::Answer) &&
            (change.node < 0 || change.node == m_node)) {
            Fill();
        }
    });
    Fill();
}

void ReviewDesk::Fill() {
    core::Workspace& workspace = m_session.Workspace();
    const core::Form& form = m_session.Form();
    const ReviewRole& role = m_session.Role();
    const std::string& code = form.Node(m_node).code;

    const auto closing = core::LoadClosing(workspace, role.layer);
    const bool locked = closing && closing->closed;
    m_locked->SetText(locked ? LockedLine(form, role.layer, *closing) : wxString());
    m_locked->Show(locked);

    const auto unit = workspace.FindAnswer(core::Layer::Unit(), code);
    // TRANSLATORS: the unit's answer on the evaluator's page, e.g. "Answer: Ya"
    m_unit_answer->SetText(wxString::Format(_("Answer: %s"), AnswerText(unit ? unit->value : std::nullopt)));
    // TRANSLATORS: the unit wrote no note for this criterion
    m_unit_note->ChangeValue(unit && !unit->note.empty() ? Wx(unit->note) : _("(no note)"));

    // Each level keeps its own answer; the evaluator edits theirs and sees the others'.
    std::optional<core::StoredAnswer> own;
    wxString others;
    for (const auto& answer : workspace.LevelAnswers(role.layer, code)) {
        if (answer.level == role.level) {
            own = answer;
        } else {
            others << (others.empty() ? L"" : L"   \u00b7   ") << LevelName(form, answer.level) << ": "
                   << AnswerText(answer.value);
        }
    }
    // TRANSLATORS: the answers other levels of the review team gave, e.g. "Other levels: Ketua Tim: B"
    m_levels->SetText(others.empty() ? wxString() : wxString::Format(_("Other levels: %s"), others));
    const std::optional<std::string> own_value = own ? own->value : std::nullopt;
    if (m_answer_choice != nullptr) {
        int selection = 0;
        if (own_value) {
            const int found = m_answer_choice->FindString(Wx(*own_value), true);
            selection = std::max(found, 0);
        }
        m_answer_choice->SetSelection(selection);
    } else {
        m_answer_text->ChangeValue(own_value ? Wx(*own_value) : wxString());
    }
    m_note->ChangeValue(own ? Wx(own->note) : wxString());

    const core::CriterionReview review = core::LoadReview(workspace, role.layer, code);
    // The unit's "ready" leaves the evaluator's "needs revision" standing.
    const core::ReviewState shown =
        review.state == core::ReviewState::ReadyForRecheck ? core::ReviewState::NeedsRevision : review.state;
    const auto& states = SettableReviewStates();
    m_status->SetSelection(static_cast<int>(std::find(states.begin(), states.end(), shown) - states.begin()));
    m_reason->ChangeValue(Wx(review.note));
    // TRANSLATORS: how many times the evaluator asked the unit to revise this criterion
    m_revisions->SetText(
        wxString::Format(wxPLURAL("%d revision asked", "%d revisions asked", review.revisions), review.revisions));
    if (review.state == core::ReviewState::ReadyForRecheck) {
        // TRANSLATORS: the unit's answer to "needs revision": %1$s who, %2$s when, %3$s their note
        m_ready->SetText(wxString(L"\u21bb ") + wxString::Format(_("Ready for re-check, says %1$s (%2$s): %3$s"),
                                                                 Wx(review.ready_by), Wx(review.ready_at),
                                                                 Wx(review.ready_note)));
    } else {
        m_ready->SetText(wxString());
    }
    m_ready->Show(review.state == core::ReviewState::ReadyForRecheck);
    Layout();
}

std::optional<core::Answer> ReviewDesk::ReadAnswer() const {
    const core::Form& form = m_session.Form();
    const core::FormNode& criterion = form.Node(m_node);
    if (m_answer_choice != nullptr) {
        const int selection = m_answer_choice->GetSelection();
        if (selection <= 0) {
            return std::nullopt;
        }
        return core::ParseAnswer(form, criterion, Utf8(m_answer_choice->GetString(selection)));
    }
    const wxString text = m_answer_text->GetValue().Strip(wxString::both);
    if (text.empty()) {
        return std::nullopt;
    }
    return core::ParseAnswer(form, criterion, Utf8(text));
}

void ReviewDesk::Write(const std::function<void()>& write) {
    try {
        write();
        m_problem->SetText(wxString());
        m_session.ReviewChanged(m_node);
    } catch (const core::UserError& error) {
        // One line: the core's reason, never a stack of them.
        m_problem->SetText(Wx(core::OneLine(error.what())));
    }
    m_problem->Show(!m_problem->Text().empty());
    if (GetParent() != nullptr) {
        GetParent()->Layout();
    }
}

void ReviewDesk::SaveAnswer() {
    Write([this] {
        core::AnswerChange change;
        change.code = m_session.Form().Node(m_node).code;
        change.answer = ReadAnswer();
        change.clear = !change.answer;
        change.note = Utf8(m_note->GetValue());
        m_session.Workspace().Apply(m_session.Role().layer, {change}, m_session.Author(), "review");
    });
}

void ReviewDesk::SaveStatus() {
    Write([this] {
        const int selection = m_status->GetSelection();
        const auto& states = SettableReviewStates();
        const core::ReviewState state =
            selection >= 0 ? states[static_cast<std::size_t>(selection)] : core::ReviewState::NotChecked;
        core::SetReviewStatus(m_session.Workspace(), m_session.Role().layer, m_session.Form().Node(m_node).code, state,
                              Utf8(m_reason->GetValue().Strip(wxString::both)), m_session.Author());
    });
}

wxString ReviewDesk::Problem() const {
    return m_problem->Text();
}

void ReviewDesk::FocusAnswer() {
    if (m_answer_choice != nullptr) {
        m_answer_choice->SetFocus();
    } else {
        m_answer_text->SetFocus();
    }
}

void ReviewDesk::Rewrap(int width) {
    for (WrapText* text : m_wraps) {
        // The texts inside the two columns get half the width.
        const bool in_column = text == m_unit_answer || text == m_levels;
        text->Rewrap(in_column ? width / 2 - FromDIP(30) : width - FromDIP(30));
    }
    Layout();
}

}  // namespace ziwb::gui
