// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.hpp"

#include <wx/menu.h>
#include <wx/windowid.h>

#include <algorithm>

namespace ziwb::gui {

namespace {

std::vector<Command> MakeCommands() {
    std::vector<Command> commands;
    AddFileCommands(commands);
    AddEditCommands(commands);
    AddGoCommands(commands);
    AddHelpCommands(commands);
    AddReadinessCommands(commands);
    AddTeamCommands(commands);
    AddPortfolioCommands(commands);
    AddReviewCommands(commands);
    AddServicesCommands(commands);
    AddHubCommands(commands);
    for (Command& command : commands) {
        command.id = wxIdManager::ReserveId();
        if (!command.enabled) {
            command.enabled = [](const MainFrame&) { return true; };
        }
    }
    return commands;
}

void Append(wxMenu* menu, const std::string& name) {
    const Command* command = FindCommand(name);
    if (command == nullptr) {
        return;
    }
    wxString text = command->label();
    if (!command->accelerator.empty()) {
        text += "\t" + command->accelerator;
    }
    menu->Append(command->id, text, command->help ? command->help() : wxString());
}

}  // namespace

const std::vector<Command>& AllCommands() {
    static const std::vector<Command> commands = MakeCommands();
    return commands;
}

const Command* FindCommand(const std::string& name) {
    const auto& commands = AllCommands();
    const auto found = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.name == name; });
    return found == commands.end() ? nullptr : &*found;
}

const Command* FindCommand(int id) {
    const auto& commands = AllCommands();
    const auto found = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.id == id; });
    return found == commands.end() ? nullptr : &*found;
}

wxMenuBar* BuildMenuBar(wxMenu*& recent) {
    auto* bar = new wxMenuBar;

    auto* file = new wxMenu;
    Append(file, "file/new");
    Append(file, "file/open");
    recent = new wxMenu;
    // TRANSLATORS: submenu of File listing recently opened workspaces
    file->AppendSubMenu(recent, _("Open &Recent"));
    Append(file, "file/open_demo");
    file->AppendSeparator();
    Append(file, "file/save_copy");
    Append(file, "file/export_workbook");
    Append(file, "file/export_evidence");
    Append(file, "file/verify_evidence");
    file->AppendSeparator();
    Append(file, "file/send_changes");
    Append(file, "file/receive_changes");
    Append(file, "file/merge_copy");
    Append(file, "file/hub_link");
    Append(file, "file/hub_sync");
    Append(file, "file/portfolio");
    file->AppendSeparator();
    Append(file, "file/close");
    Append(file, "file/quit");
    // TRANSLATORS: menu title
    bar->Append(file, _("&File"));

    auto* edit = new wxMenu;
    Append(edit, "edit/undo");
    Append(edit, "edit/redo");
    edit->AppendSeparator();
    Append(edit, "edit/clear_answer");
    Append(edit, "edit/find");
    edit->AppendSeparator();
    Append(edit, "edit/unit_details");
    Append(edit, "edit/prerequisites");
    Append(edit, "edit/preferences");
    // TRANSLATORS: menu title
    bar->Append(edit, _("&Edit"));

    auto* go = new wxMenu;
    Append(go, "go/previous");
    Append(go, "go/next");
    Append(go, "go/next_unanswered");
    go->AppendSeparator();
    Append(go, "go/evidence_next_page");
    Append(go, "go/evidence_previous_page");
    go->AppendSeparator();
    Append(go, "go/navigator");
    Append(go, "go/answer");
    Append(go, "go/score_panel");
    go->AppendSeparator();
    Append(go, "go/readiness");
    // TRANSLATORS: menu title: moving between criteria
    bar->Append(go, _("&Go"));

    auto* team = new wxMenu;
    Append(team, "team/register");
    Append(team, "team/conflicts");
    team->AppendSeparator();
    Append(team, "team/leader");
    Append(team, "team/documents");
    Append(team, "team/signoff");
    team->AppendSeparator();
    Append(team, "team/my_identity");
    // TRANSLATORS: menu title: the integrity team, its register, its changes
    bar->Append(team, _("&Team"));

    auto* services = new wxMenu;
    Append(services, "services/standards");
    Append(services, "services/forums");
    Append(services, "services/surveys");
    // TRANSLATORS: menu title: the unit's public services, their forums and surveys
    bar->Append(services, _("&Services"));

    // Listed for everyone, so the evaluator's keys can be found; enabled for evaluators only.
    auto* review = new wxMenu;
    Append(review, "review/accept_line");
    Append(review, "review/reject_line");
    Append(review, "review/accept_item");
    Append(review, "review/reject_item");
    Append(review, "review/next_unreviewed");
    review->AppendSeparator();
    Append(review, "review/close");
    Append(review, "review/reopen");
    review->AppendSeparator();
    Append(review, "review/report");
    // TRANSLATORS: menu title: the evaluator's review of the LKE
    bar->Append(review, _("Re&view"));

    auto* help = new wxMenu;
    Append(help, "help/guide");
    help->AppendSeparator();
    Append(help, "help/about");
    // TRANSLATORS: menu title
    bar->Append(help, _("&Help"));
    return bar;
}

}  // namespace ziwb::gui
