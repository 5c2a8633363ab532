// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/frame.h>

#include "readiness/readiness_panel.hpp"

namespace ziwb::gui {

class MainFrame;

/// The readiness panel in a window of its own beside the workbench (it belongs to the main frame
/// and closes with it), so the workbench's layout stays as it is.
class ReadinessWindow final : public wxFrame {
public:
    ReadinessWindow(MainFrame& frame, WorkspaceSession& session);
    [[nodiscard]] ReadinessPanel& Panel() { return *m_panel; }

private:
    ReadinessPanel* m_panel = nullptr;
};

/// Shows the readiness window of the open workspace (creating it once), on `page`. Returns it, or
/// null with no workspace open.
ReadinessWindow* ShowReadiness(MainFrame& frame, ReadinessPanel::Page page);

/// On opening a workspace: when the action plan has tasks due this week or overdue, shows the
/// readiness window on the plan, which says what is due.
void ShowDueThisWeek(MainFrame& frame);

}  // namespace ziwb::gui
