// SPDX-License-Identifier: GPL-3.0-or-later
// zi-workbench: the desktop workbench. Everything but the entry point lives in ziwb_gui.
#include <wx/app.h>

#include "app/app.hpp"

wxIMPLEMENT_APP(ziwb::gui::App);
