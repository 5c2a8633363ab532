// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "people/identity.hpp"

class wxWindow;

namespace ziwb::gui {

/// "Who are you": the name, NIP and an optional passphrase (asked twice) of the person using this
/// account; creates their signing key and makes it the signer of the workbench's changes. Returns
/// the new identity, or nothing when skipped (the workbench still works on workspaces whose team
/// has no keys).
std::optional<core::Identity> RunWhoAreYouDialog(wxWindow* parent);

/// "Identitas saya": the name, NIP and public key (with a copy button, to send to the koordinator)
/// of the identity on this machine; offers to set one up when there is none.
void ShowMyIdentityDialog(wxWindow* parent);

}  // namespace ziwb::gui
