// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// The items two copies changed differently (core::ListConflicts), each version with its author,
/// time and value. Choosing a version writes it again through the normal write path (an answer
/// through the session), which replaces every version and so resolves the conflict. Returns
/// whether something was resolved.
bool ShowConflictsDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
