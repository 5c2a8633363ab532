// SPDX-License-Identifier: GPL-3.0-or-later
// File menu's agency hub: link the workspace to its unit on the hub, and sync now.
#include "commands/command.hpp"

#ifdef ZIWB_HAVE_HUB
#include "frame/main_frame.hpp"
#include "hub/hub_link_dialog.hpp"
#include "hub/hub_syncer.hpp"
#endif

namespace ziwb::gui {

void AddHubCommands(std::vector<Command>& commands) {
#ifdef ZIWB_HAVE_HUB
    const auto writable = [](const MainFrame& frame) {
        return frame.Session() != nullptr && !frame.Session()->Workspace().IsReadOnly();
    };
    commands.push_back({"file/hub_link", [] { return _("&Link to the Agency Hub..."); },
                        [] { return _("Share this workspace with its unit on the agency's PostgreSQL hub"); }, "",
                        writable,
                        [](MainFrame& frame) {
                            if (ShowHubLinkDialog(&frame, *frame.Session())) {
                                frame.RestartHubSync();
                            }
                        }});
    commands.push_back({"file/hub_sync", [] { return _("S&ync with the Hub"); },
                        [] { return _("Send this workspace's changes to the hub and receive everyone else's now"); },
                        "F5",
                        [writable](const MainFrame& frame) {
                            return writable(frame) && frame.Hub() != nullptr && frame.Hub()->Linked();
                        },
                        [](MainFrame& frame) {
                            frame.CommitPending();
                            frame.Hub()->SyncNow();
                        }});
#else
    (void)commands;
#endif
}

}  // namespace ziwb::gui
