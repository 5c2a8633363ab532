// SPDX-License-Identifier: GPL-3.0-or-later
// Review menu: the evaluator's verdicts on checklist lines and evidence items, the next criterion still to review,
// and the team leader's signed closing of the review.
#include <wx/textdlg.h>

#include "app/preferences.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "documents/document_template.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "evidence/checklist_panel.hpp"
#include "evidence/evidence_panel.hpp"
#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "readiness/action_plan.hpp"
#include "review/review_status.hpp"
#include "review/review_text.hpp"
#include "util/program_dir.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

bool IsEvaluator(const MainFrame& frame) {
    return frame.Session() != nullptr && frame.Session()->Role().evaluator;
}

bool MayClose(const MainFrame& frame) {
    return IsEvaluator(frame) && frame.Session()->Role().may_close;
}

/// The checklist of the criterion shown, or null (a group page, no evidence module).
ChecklistPanel* ShownChecklist(MainFrame& frame) {
    if (frame.View() == nullptr) {
        return nullptr;
    }
    return dynamic_cast<ChecklistPanel*>(wxWindow::FindWindowByName("checklist_panel", frame.View()));
}

/// Whether the evaluator still has something to do on a criterion: not looked at, being checked,
/// or revised by the unit. "Needs revision" waits for the unit; "done" is done.
bool AwaitsEvaluator(core::ReviewState state) {
    return state == core::ReviewState::NotChecked || state == core::ReviewState::Checking ||
           state == core::ReviewState::ReadyForRecheck;
}

void NextUnreviewed(MainFrame& frame) {
    WorkspaceSession& session = *frame.Session();
    const auto reviews = core::LoadReviews(session.Workspace(), session.Role().layer);
    const auto& criteria = session.Form().Criteria();
    const std::size_t count = criteria.size();
    std::size_t start = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (criteria[i] <= frame.CurrentNode()) {
            start = i;
        }
    }
    // After the current one, wrapping round to the start. Reviews come in form order, like criteria.
    for (std::size_t step = 1; step <= count; ++step) {
        const std::size_t at = (start + step) % count;
        if (criteria[at] != frame.CurrentNode() && AwaitsEvaluator(reviews[at].state)) {
            frame.SelectNode(criteria[at]);
            return;
        }
    }
    // TRANSLATORS: status bar: the evaluator has reviewed every criterion
    frame.SetStatusText(_("Every criterion is reviewed or waits for the unit's revision."));
}

void ReviewLine(MainFrame& frame, bool accept) {
    ChecklistPanel* checklist = ShownChecklist(frame);
    if (checklist == nullptr) {
        // TRANSLATORS: status bar: accept/reject needs a criterion page with its checklist
        frame.SetStatusText(_("Open a criterion to review its checklist."));
        return;
    }
    if (accept) {
        checklist->AcceptSelected();
    } else {
        checklist->RejectSelected();
    }
}

void ReviewItem(MainFrame& frame, bool accept) {
    auto* evidence = frame.View() == nullptr
                         ? nullptr
                         : dynamic_cast<EvidencePanel*>(wxWindow::FindWindowByName("evidence_panel", frame.View()));
    if (evidence == nullptr) {
        // TRANSLATORS: status bar: accept/reject needs a criterion page with its evidence
        frame.SetStatusText(_("Open a criterion to review its evidence."));
        return;
    }
    if (accept) {
        evidence->AcceptSelected();
    } else {
        evidence->RejectSelected();
    }
}

void CloseTheReview(MainFrame& frame) {
    WorkspaceSession& session = *frame.Session();
    const core::Layer& layer = session.Role().layer;
    const wxString name = LayerName(session.Form(), layer);
    const wxString total = Wx(core::FormatNumber(session.Workspace().Score(layer).Total(), 2));
    wxTextEntryDialog dialog(
        &frame,
        // TRANSLATORS: closing a review: %1$s the layer (TPI), %2$s its total now
        wxString::Format(_("Close the %1$s review at a total of %2$s? It is signed with your key, and the %1$s "
                           "answers, statuses and checklist take no change until it is reopened.\n\nNote (optional):"),
                         name, total),
        // TRANSLATORS: title of the dialog that closes a review
        _("Close the review"));
    dialog.SetName("close_review_dialog");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    core::CloseReview(session.Workspace(), layer, true, Utf8(dialog.GetValue().Strip(wxString::both)),
                      session.Author());
    session.ReviewChanged(-1);
    // TRANSLATORS: status bar after closing a review: %1$s the layer, %2$s the total
    frame.SetStatusText(wxString::Format(_("The %1$s review is closed and signed at a total of %2$s."), name, total));
}

/// The team leader opens a closed review again (to correct it after the closing); the reopening is
/// signed like the closing, and the layer takes changes again.
void ReopenTheReview(MainFrame& frame) {
    WorkspaceSession& session = *frame.Session();
    const core::Layer& layer = session.Role().layer;
    const wxString name = LayerName(session.Form(), layer);
    wxTextEntryDialog dialog(
        &frame,
        // TRANSLATORS: reopening a closed review: %s the layer (TPI)
        wxString::Format(_("Open the closed %s review again? The reopening is signed with your key, and the review "
                           "takes changes until it is closed again.\n\nWhy (optional):"),
                         name),
        // TRANSLATORS: title of the dialog that reopens a review
        _("Reopen the review"));
    dialog.SetName("reopen_review_dialog");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    core::CloseReview(session.Workspace(), layer, false, Utf8(dialog.GetValue().Strip(wxString::both)),
                      session.Author());
    session.ReviewChanged(-1);
    // TRANSLATORS: status bar after reopening a review: %s the layer
    frame.SetStatusText(wxString::Format(_("The %s review is open again."), name));
}

/// The evaluation report (LHE) of the evaluator's layer, or for the unit of the TPI's, as a PDF
/// from the shipped template: where it is signed is asked (and remembered), it is dated today.
void SaveEvaluationReport(MainFrame& frame) {
    WorkspaceSession& session = *frame.Session();
    const core::Layer layer = session.Role().evaluator ? session.Role().layer : core::Layer::Tpi();
    // TRANSLATORS: title of the dialogs that save the evaluation report (LHE)
    const wxString title = _("Save the Evaluation Report");
    RunUserAction(&frame, title, [&] {
        const wxString remembered = Preferences::SigningPlace();
        wxTextEntryDialog place(
            &frame,
            // TRANSLATORS: asked before saving the evaluation report: %s the layer (TPI)
            wxString::Format(_("The Laporan Hasil Evaluasi of the %s review is dated today and signed by the head of "
                               "the evaluators.\n\nPlace of signing (city):"),
                             LayerName(session.Form(), layer)),
            title, remembered);
        place.SetName("lhe_place_dialog");
        if (place.ShowModal() != wxID_OK) {
            return;
        }
        const wxString city = place.GetValue().Strip(wxString::both);
        // TRANSLATORS: suggested file name of the evaluation report
        const wxString target =
            AskSavePath(frame, title, _("evaluation-report") + ".pdf", _("PDF documents (*.pdf)|*.pdf"));
        if (target.empty()) {
            return;
        }
        const core::DocumentTemplate document = core::FindTemplate(ProgramDirectory(), core::kEvaluationTemplate);
        const auto data = core::CollectEvaluation(session.Workspace(), layer);
        core::WriteEvaluationPdf(session.Form(), data, document, {Utf8(city), core::TodayDate()}, ProgramDirectory(),
                                 PathOf(target), true);
        Preferences::SetSigningPlace(city);
        // TRANSLATORS: status bar after saving the evaluation report: %s the file
        frame.SetStatusText(wxString::Format(_("The evaluation report was saved as %s."), target));
    });
}

}  // namespace

void AddReviewCommands(std::vector<Command>& commands) {
    commands.push_back({"review/accept_line", [] { return _("&Accept Checklist Line"); },
                        [] { return _("Accept the evidence of the selected checklist line"); }, "Ctrl+Shift+A",
                        IsEvaluator, [](MainFrame& frame) { ReviewLine(frame, true); }});
    commands.push_back({"review/reject_line", [] { return _("&Reject Checklist Line..."); },
                        [] { return _("Reject the selected checklist line, saying why"); }, "Ctrl+Shift+R", IsEvaluator,
                        [](MainFrame& frame) { ReviewLine(frame, false); }});
    commands.push_back({"review/accept_item", [] { return _("Accept &Evidence Item"); },
                        [] { return _("Accept the selected evidence item itself"); }, "Ctrl+Alt+A", IsEvaluator,
                        [](MainFrame& frame) { ReviewItem(frame, true); }});
    commands.push_back({"review/reject_item", [] { return _("Reject E&vidence Item..."); },
                        [] { return _("Reject the selected evidence item, saying why"); }, "Ctrl+Alt+R", IsEvaluator,
                        [](MainFrame& frame) { ReviewItem(frame, false); }});
    commands.push_back({"review/next_unreviewed", [] { return _("&Next Criterion to Review"); },
                        [] { return _("Go to the next criterion not yet checked, or revised by the unit"); },
                        "Shift+F8", IsEvaluator, NextUnreviewed});
    commands.push_back({"review/close", [] { return _("&Close the Review..."); },
                        [] { return _("Sign the closing of your layer's review: it is locked from then on"); }, "",
                        MayClose, CloseTheReview});
    commands.push_back({"review/reopen", [] { return _("Re&open the Review..."); },
                        [] { return _("Open your layer's closed review again, signed, to correct it"); }, "", MayClose,
                        ReopenTheReview});
    commands.push_back({"review/report", [] { return _("Save Evaluation Re&port (LHE)..."); },
                        [] { return _("Save the evaluation report (Laporan Hasil Evaluasi) of the review as a PDF"); },
                        "", [](const MainFrame& frame) { return frame.Session() != nullptr; }, SaveEvaluationReport});
}

}  // namespace ziwb::gui
