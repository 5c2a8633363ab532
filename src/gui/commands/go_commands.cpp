// SPDX-License-Identifier: GPL-3.0-or-later
// Go menu: previous and next criterion, next unanswered, the pages of the evidence previewed, and moving
// the keyboard focus.
#include <algorithm>

#include "commands/command.hpp"
#include "criterion/node_page.hpp"
#include "evidence/evidence_preview_panel.hpp"
#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/navigator_panel.hpp"

namespace ziwb::gui {

namespace {

bool HasView(const MainFrame& frame) {
    return frame.Session() != nullptr;
}

/// The criteria in form order, and where the current node stands among them: a group counts as
/// standing just before its first criterion.
std::ptrdiff_t Position(const MainFrame& frame, const std::vector<int>& criteria) {
    const int node = std::max(frame.CurrentNode(), 0);
    const auto at = std::lower_bound(criteria.begin(), criteria.end(), node);
    return at - criteria.begin();
}

void Step(MainFrame& frame, int direction) {
    const auto& criteria = frame.Session()->Form().Criteria();
    const int node = frame.CurrentNode();
    std::ptrdiff_t position = Position(frame, criteria);
    const bool on_criterion =
        position < static_cast<std::ptrdiff_t>(criteria.size()) && criteria[static_cast<std::size_t>(position)] == node;
    if (direction > 0) {
        position += on_criterion ? 1 : 0;
    } else {
        position -= 1;
    }
    if (position >= 0 && position < static_cast<std::ptrdiff_t>(criteria.size())) {
        frame.SelectNode(criteria[static_cast<std::size_t>(position)]);
    }
}

void NextUnanswered(MainFrame& frame) {
    const auto& criteria = frame.Session()->Form().Criteria();
    const auto& report = frame.Session()->Report();
    const std::size_t count = criteria.size();
    const auto start = static_cast<std::size_t>(Position(frame, criteria));
    // After the current one, wrapping round to the start.
    for (std::size_t step = 1; step <= count; ++step) {
        const int candidate = criteria[(start + step) % count];
        if (!report.nodes[static_cast<std::size_t>(candidate)].value && candidate != frame.CurrentNode()) {
            frame.SelectNode(candidate);
            return;
        }
    }
    frame.SetStatusText(_("Every criterion is answered."));
}

/// Turns the page of the PDF previewed under the evidence list, as its buttons do.
void TurnEvidencePage(MainFrame& frame, int direction) {
    auto* preview =
        frame.View() == nullptr
            ? nullptr
            : dynamic_cast<EvidencePreviewPanel*>(wxWindow::FindWindowByName("evidence_preview", frame.View()));
    if (preview == nullptr || !preview->TurnTo(preview->Page() + direction)) {
        // TRANSLATORS: status bar when Alt+PgDn/Alt+PgUp has no page of a previewed PDF to show
        frame.SetStatusText(_("The evidence shown has no other page to turn to."));
    }
}

}  // namespace

void AddGoCommands(std::vector<Command>& commands) {
    commands.push_back({"go/previous", [] { return _("&Previous Criterion"); },
                        [] { return _("Go to the criterion before this one"); }, "Alt+Up", HasView,
                        [](MainFrame& frame) { Step(frame, -1); }});
    commands.push_back({"go/next", [] { return _("&Next Criterion"); },
                        [] { return _("Go to the criterion after this one"); }, "Alt+Down", HasView,
                        [](MainFrame& frame) { Step(frame, +1); }});
    commands.push_back({"go/next_unanswered", [] { return _("Next &Unanswered"); },
                        [] { return _("Go to the next criterion that has no score yet"); }, "F8", HasView,
                        NextUnanswered});
    commands.push_back({"go/evidence_next_page", [] { return _("Next Page of &Evidence"); },
                        [] { return _("Show the next page of the PDF previewed under the evidence list"); }, "Alt+PgDn",
                        HasView, [](MainFrame& frame) { TurnEvidencePage(frame, +1); }});
    commands.push_back({"go/evidence_previous_page", [] { return _("Previous Page of E&vidence"); },
                        [] { return _("Show the previous page of the PDF previewed under the evidence list"); },
                        "Alt+PgUp", HasView, [](MainFrame& frame) { TurnEvidencePage(frame, -1); }});
    commands.push_back({"go/navigator", [] { return _("Focus the &Tree"); },
                        [] { return _("Move the keyboard focus to the LKE tree"); }, "F6", HasView,
                        [](MainFrame& frame) { frame.View()->Navigator().FocusTree(); }});
    commands.push_back({"go/answer", [] { return _("Focus the &Answer"); },
                        [] { return _("Move the keyboard focus to the answer of this criterion"); }, "F7", HasView,
                        [](MainFrame& frame) { frame.View()->Page().FocusAnswer(); }});
    commands.push_back({"go/score_panel", [] { return _("Show or Hide the &Score Panel"); },
                        [] { return _("Fold the score panel into one line, or show it beside the page"); }, "F9",
                        [](const MainFrame& frame) { return frame.View() != nullptr; },
                        [](MainFrame& frame) { frame.View()->ToggleScorePanel(); }});
}

}  // namespace ziwb::gui
