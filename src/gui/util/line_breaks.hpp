// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/font.h>
#include <wx/string.h>
#include <wx/window.h>

namespace ziwb::gui {

/// `text` broken into lines no wider than a width, and how high those lines are.
struct LineBreaks {
    wxString text;
    int height = 0;  ///< pixels
};

/// `text` with line breaks so that no line is wider than `width` pixels as `window` draws it in
/// `font`, the spaces at the breaks left out; lines already broken stay broken, and words wider
/// than `width` stay whole. A `width` of 0 or less breaks nothing. `font` is the window's own font,
/// or wxNullFont for a window without one, which draws in the toolkit's default: asking wxWidgets
/// for such a window's font makes GTK work out a whole style, as costly as laying the text out.
///
/// On GTK the text is laid out once by Pango, as the label will draw it, and the breaks and the
/// height are read from that layout: wxWidgets' own wrapper measures it again and again (a heading
/// of three lines took 4.8 M instructions, a hundredth of a launch; bench/gui/launch_instructions.py).
/// Elsewhere wxWidgets' wrapper breaks it.
[[nodiscard]] LineBreaks BreakIntoLines(wxWindow* window, const wxFont& font, const wxString& text, int width);

}  // namespace ziwb::gui
