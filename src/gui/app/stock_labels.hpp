// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxWindow;

namespace ziwb::gui {

/// Gives the stock buttons (OK, Cancel, Close, Yes, No, ...) of `window` and its children the
/// labels of our catalogs. On GTK a button whose label is wxWidgets' stock label is drawn with
/// GTK's own stock label, which GTK translates only when the system has the Indonesian locale
/// installed (most do not): "Tutup" showed as "Close". Buttons given their own label are left alone.
void LabelStockButtons(wxWindow* window);

}  // namespace ziwb::gui
