// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <functional>
#include <string>
#include <vector>

class wxMenuBar;
class wxMenu;
class wxWindow;

namespace ziwb::gui {

class MainFrame;

/// One user action with a stable name ("edit/undo"), shared by the menus, the keyboard and the GUI
/// tests (Aegisub's command objects). Labels are functions so they follow a language switch.
struct Command {
    std::string name;
    std::function<wxString()> label;  ///< translated menu label with its mnemonic
    std::function<wxString()> help;   ///< translated status-bar help
    wxString accelerator;             ///< "Ctrl+Z"; not translated
    std::function<bool(const MainFrame&)> enabled;
    std::function<void(MainFrame&)> run;
    int id = 0;  ///< the wx id its menu items carry
};

/// Every command of the workbench, in no particular order.
[[nodiscard]] const std::vector<Command>& AllCommands();
[[nodiscard]] const Command* FindCommand(const std::string& name);
[[nodiscard]] const Command* FindCommand(int id);

/// Builds the menu bar in the current language from the commands. The recent-files submenu is
/// returned through `recent` so wxFileHistory can manage it.
[[nodiscard]] wxMenuBar* BuildMenuBar(wxMenu*& recent);

/// When set, commands that save a file (or the evidence bundle's folder) take their path from it
/// instead of asking with a file dialog (GUI tests and scripted runs: GTK's file and folder
/// choosers cannot be answered from outside).
[[nodiscard]] std::function<wxString(const wxString& suggested_name)>& SavePathOverride();

/// When set, commands that open a file (receive changes, merge a copy) take its path from it
/// instead of asking with a file dialog, for the same reason as SavePathOverride.
[[nodiscard]] std::function<wxString()>& OpenPathOverride();

/// A save dialog that starts in the last folder (or SavePathOverride); empty when cancelled.
[[nodiscard]] wxString AskSavePath(MainFrame& frame, const wxString& title, const wxString& name,
                                   const wxString& wildcard);
/// An open dialog for an existing file that starts in the last folder (or OpenPathOverride); empty
/// when cancelled.
[[nodiscard]] wxString AskOpenPath(wxWindow& parent, const wxString& title, const wxString& wildcard);

/// A folder to write documents into: SavePathOverride (given `suggested`), or a folder chooser
/// over `parent` that starts in the last folder. Empty when cancelled.
[[nodiscard]] wxString AskFolder(wxWindow& parent, const wxString& title, const wxString& suggested);
/// An existing folder to read files from (signed scans): OpenPathOverride, or a folder chooser
/// over `parent`. Empty when cancelled.
[[nodiscard]] wxString AskOpenFolder(wxWindow& parent, const wxString& title);

// Each file adds its own commands.
void AddFileCommands(std::vector<Command>& commands);
void AddEditCommands(std::vector<Command>& commands);
void AddGoCommands(std::vector<Command>& commands);
void AddHelpCommands(std::vector<Command>& commands);
void AddReadinessCommands(std::vector<Command>& commands);
void AddTeamCommands(std::vector<Command>& commands);
void AddPortfolioCommands(std::vector<Command>& commands);
void AddReviewCommands(std::vector<Command>& commands);
void AddServicesCommands(std::vector<Command>& commands);
void AddHubCommands(std::vector<Command>& commands);

}  // namespace ziwb::gui
