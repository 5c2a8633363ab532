// SPDX-License-Identifier: GPL-3.0-or-later
// Edit menu: undo and redo of answers and notes, clear, find, unit details, preferences.
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "dialogs/preferences_dialog.hpp"
#include "dialogs/prerequisites_dialog.hpp"
#include "dialogs/unit_details_dialog.hpp"
#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/navigator_panel.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

bool IsCriterionShown(const MainFrame& frame) {
    const int node = frame.CurrentNode();
    return frame.Session() != nullptr && node >= 0 && frame.Session()->Form().Node(node).IsCriterion();
}

void Undo(MainFrame& frame) {
    const int node = frame.Session()->Undo();
    if (node >= 0) {
        frame.SelectNode(node);  // show what was undone
    }
}

void Redo(MainFrame& frame) {
    const int node = frame.Session()->Redo();
    if (node >= 0) {
        frame.SelectNode(node);
    }
}

void Preferences(MainFrame& frame) {
    const auto before = core::CurrentLanguage();
    if (ShowPreferencesDialog(&frame) && core::CurrentLanguage() != before) {
        frame.Relabel();
    }
}

}  // namespace

void AddEditCommands(std::vector<Command>& commands) {
    commands.push_back({"edit/undo", [] { return _("&Undo"); },
                        [] { return _("Undo the last change of an answer, a note or evidence"); }, "Ctrl+Z",
                        [](const MainFrame& frame) { return frame.Session() != nullptr && frame.Session()->CanUndo(); },
                        Undo});
    commands.push_back({"edit/redo", [] { return _("&Redo"); }, [] { return _("Redo what was undone"); }, "Ctrl+Y",
                        [](const MainFrame& frame) { return frame.Session() != nullptr && frame.Session()->CanRedo(); },
                        Redo});
    commands.push_back({"edit/clear_answer", [] { return _("C&lear Answer"); },
                        [] { return _("Remove the answer of this criterion (the note stays)"); }, "", IsCriterionShown,
                        [](MainFrame& frame) { frame.Session()->SetAnswer(frame.CurrentNode(), std::nullopt); }});
    commands.push_back({"edit/find", [] { return _("&Find..."); },
                        [] { return _("Search the questions and options of the LKE"); }, "Ctrl+F",
                        [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) { frame.View()->Navigator().FocusSearch(); }});
    commands.push_back({"edit/unit_details", [] { return _("&Unit Details..."); },
                        [] { return _("The unit's name, agency and year, and the predicate it already holds"); }, "",
                        [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) {
                            if (ShowUnitDetailsDialog(&frame, *frame.Session())) {
                                frame.ReloadWorkspace();  // the title and the exports follow the new details
                            }
                        }});
    commands.push_back({"edit/prerequisites", [] { return _("P&rerequisites..."); },
                        [] { return _("What the team confirmed about the prerequisites for the proposal"); }, "",
                        [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) {
                            if (ShowPrerequisitesDialog(&frame, *frame.Session())) {
                                frame.Session()->Refresh();
                            }
                        }});
    commands.push_back({"edit/preferences", [] { return _("&Preferences..."); },
                        [] { return _("Language and evidence size warning"); }, "Ctrl+,", nullptr, Preferences});
}

}  // namespace ziwb::gui
