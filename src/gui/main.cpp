// SPDX-License-Identifier: GPL-3.0-or-later
// zi-workbench: the desktop workbench. Everything but the entry point lives in ziwb_gui.
#include <wx/app.h>

#include "app/app.hpp"
#include "app/font_map_warm_up.hpp"
#include "app/startup_heap.hpp"

#ifdef __WXMSW__
// WinMain, which hands wxWidgets the module's instance (the icon and manifest are found through it).
wxIMPLEMENT_APP(ziwb::gui::App);
#else
wxIMPLEMENT_APP_NO_MAIN(ziwb::gui::App);

int main(int argc, char** argv) {
    wxDISABLE_DEBUG_SUPPORT();        // as wxIMPLEMENT_APP's main does: no assertion dialogs in a release build
    ziwb::gui::PrepareStartupHeap();  // before wxWidgets and GTK allocate
    ziwb::gui::StartFontMapEarly();
    return wxEntry(argc, argv);
}
#endif
