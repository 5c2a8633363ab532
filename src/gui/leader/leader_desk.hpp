// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

class MainFrame;
class WorkspaceSession;

/// Asks the leader to sign off the unit's submission as it stands (the total, how much is answered,
/// what a later change means) with a note, and records it with their key. Returns true when signed
/// off; a refusal (no key, not a pimpinan) is said in a message and nothing changes.
bool ShowSignoffDialog(wxWindow* parent, WorkspaceSession& session);

/// The leader's page on screen: the score and verdict, the proposal and its deadline, what is
/// missing, who has not signed, and what waits for the leader's signature, with buttons to sign
/// off and to save the one-page PDF.
void ShowLeaderDesk(MainFrame& frame);

}  // namespace ziwb::gui
