// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

class wxWindow;

namespace ziwb::gui {

/// Saves what `window` shows on screen (with its frame's decorations left out) as a PNG, for the
/// documentation screenshots. Returns false when the display cannot be read.
bool SaveScreenshot(wxWindow* window, const wxString& path);

}  // namespace ziwb::gui
