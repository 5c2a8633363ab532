// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// The kop surat every document of the workspace is printed with: its lines (the authority, the
/// unit, then address and contacts) and its logo. Saved in one signed entry on OK; a refusal (too
/// many lines, a logo that is no PNG or JPEG) is said in one line and the dialog stays open.
/// Returns true when the letterhead was changed.
bool ShowLetterheadDialog(wxWindow* parent, WorkspaceSession& session);

}  // namespace ziwb::gui
