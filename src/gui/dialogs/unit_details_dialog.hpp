#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// Shows the unit's details and lets the user record the predicate the unit already holds (WBBM
/// requires WBK first); the verdicts follow at once.
void ShowUnitDetailsDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
