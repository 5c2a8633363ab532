// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

namespace ziwb::gui {

/// Makes the identity set up on this machine the signer of the workbench's changes. Its key is
/// unlocked the first time a change is signed: a protected key asks its passphrase in a dialog (a
/// wrong one says so and asks again; Cancel refuses the change, so nothing is written). Without an
/// identity no signer is set; a damaged identity is returned as its one line (else empty).
wxString InstallWorkbenchSigner();

}  // namespace ziwb::gui
