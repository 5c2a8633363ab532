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
                            wxAboutBox(info, &frame);
                        }});
}

}  // namespace ziwb::gui
