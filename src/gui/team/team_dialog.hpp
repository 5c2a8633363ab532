// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// The team register of the open workspace: each person's role, areas, whether their key is in,
/// and the progress of their areas (answered criteria of the unit layer); each change area's
/// progress. People are added, changed, removed or imported from a CSV here; the core's refusal is
/// shown as its one line. Returns whether the register changed.
bool ShowTeamDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
