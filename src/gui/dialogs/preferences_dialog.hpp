// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

/// Language (Bahasa Indonesia or English, applied at once) and the evidence size warning. Returns
/// whether the user saved.
bool ShowPreferencesDialog(wxWindow* parent);

}  // namespace ziwb::gui
