// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/bmpbndl.h>

namespace ziwb::gui {

/// The program's icon (installer/zi-workbench.svg, embedded), at any size.
[[nodiscard]] wxBitmapBundle AppIcon();

}  // namespace ziwb::gui
