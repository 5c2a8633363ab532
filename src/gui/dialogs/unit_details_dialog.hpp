// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// Shows the unit's details: the name, agency and year can be corrected (recorded in the history),
/// and the predicate the unit already holds recorded (WBBM requires WBK first). Returns whether the
/// name, agency or year changed: the caller reads the workspace again to show them.
bool ShowUnitDetailsDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
