// SPDX-License-Identifier: GPL-3.0-or-later
// The unit portfolio: an evaluation team's folder of unit workspaces.
#include "commands/command.hpp"
#include "frame/main_frame.hpp"
#include "portfolio/portfolio_window.hpp"

namespace ziwb::gui {

void AddPortfolioCommands(std::vector<Command>& commands) {
    commands.push_back({"file/portfolio", [] { return _("Unit &portfolio..."); },
                        [] { return _("Every unit workspace of a folder: review status, progress, scores, verdict"); },
                        "Ctrl+Shift+P", [](const MainFrame&) { return true; },
                        [](MainFrame& frame) { (void)ShowPortfolio(frame); }});
}

}  // namespace ziwb::gui
