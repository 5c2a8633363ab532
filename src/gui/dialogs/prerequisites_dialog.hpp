// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// The form's prerequisites for proposing the unit (not scored; product rule 7), each with what the
/// team has confirmed: met, not met or not confirmed yet, and a note saying what shows it. What
/// changes is recorded in the workspace, as `ziwb prerequisite` does. Returns whether anything did.
bool ShowPrerequisitesDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
