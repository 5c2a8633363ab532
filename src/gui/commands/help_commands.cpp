// Help menu.
#include <wx/aboutdlg.h>

#include "commands/command.hpp"
#include "common/version.hpp"
#include "frame/main_frame.hpp"

namespace ziwb::gui {

void AddHelpCommands(std::vector<Command>& commands) {
    commands.push_back({"help/about", [] { return _("&About ZI Workbench"); }, [] { return _("Version and purpose"); },
                        "", nullptr,
                        [](MainFrame& frame) {
                            wxAboutDialogInfo info;
                            info.SetName("ZI Workbench");
                            info.SetVersion(core::kAppVersion);
                            // TRANSLATORS: the About box's description
                            info.SetDescription(
                                _("Prepares the Zona Integritas self-assessment towards WBK and WBBM: "
                                  "the LKE of PermenPANRB 90/2021, scored exactly as the official "
                                  "workbook, with the evidence behind every answer."));
                            // TRANSLATORS: the About box's licence line
                            info.SetCopyright(
                                _("Free software under the GNU General Public License, version 3 "
                                  "or (at your option) any later version (GPL-3.0-or-later)."));
                            info.SetLicence(
                                _("ZI Workbench is free software: you may use, study, share and improve it under "
                                  "the terms of the GNU General Public License as published by the Free Software "
                                  "Foundation, version 3 or any later version. It comes with NO WARRANTY. The full "
                                  "text (LICENSE) and the licences of the libraries it uses come with the program."));
                            wxAboutBox(info, &frame);
                        }});
}

}  // namespace ziwb::gui
