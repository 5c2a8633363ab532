// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// Asks for the hub's address and the unit's code and links the open workspace to them (as `ziwb
/// hub link`). The password is not asked: it comes from PGPASSWORD or the PostgreSQL password file,
/// as the IT office set it up (docs/hub-operations.md). Says why in the dialog when the hub refuses
/// and keeps it open. Returns whether the workspace is now linked.
bool ShowHubLinkDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
