// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/font_map_warm_up.hpp"

#if defined(__WXGTK__)
// Pango's function (its ABI is stable); its header is not on the build's include path, as GTK's
// is not (util/text_label.cpp). It returns the thread's default font map, made on the first call:
// the one GTK uses on this, the main, thread.
extern "C" void* pango_cairo_font_map_get_default();
#endif

namespace ziwb::gui {

void StartFontMapEarly() noexcept {
#if defined(__WXGTK__)
    pango_cairo_font_map_get_default();
#endif
}

}  // namespace ziwb::gui
