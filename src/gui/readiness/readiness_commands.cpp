// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness window: the pre-submission check, the path to WBK/WBBM, the action plan.
#include "commands/command.hpp"
#include "frame/main_frame.hpp"
#include "readiness/readiness_window.hpp"

namespace ziwb::gui {

void AddReadinessCommands(std::vector<Command>& commands) {
    commands.push_back({"go/readiness", [] { return _("&Readiness..."); },
                        [] { return _("The pre-submission check, the cheapest path to WBK/WBBM and the action plan"); },
                        "Ctrl+K", [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) { (void)ShowReadiness(frame, ReadinessPanel::CheckPage); }});
}

}  // namespace ziwb::gui
