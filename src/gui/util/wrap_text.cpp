// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/wrap_text.hpp"

#include "util/line_breaks.hpp"

namespace ziwb::gui {

WrapText::WrapText(wxWindow* parent, const wxString& text, const wxString& name, bool sized_by_container)
    : TextLabel(parent, text, sized_by_container ? wxST_NO_AUTORESIZE : 0, name), m_text(text) {}

bool WrapText::SetText(const wxString& text) {
    if (text == m_text) {
        return false;  // measuring and wrapping text is the costly part of a label
    }
    m_text = text;
    const int width = m_width;
    m_width = -1;
    if (width <= 0) {
        SetLabel(EscapeMnemonics(text));  // form text is data and shows as written, '&' too
        InvalidateBestSize();             // not done by the label itself when it does not resize itself
        return true;
    }
    // Compared with the height measured the same way last time: GTK's own measure of a label can
    // differ from the text's by a pixel.
    const int height_before = m_measured_height;
    return ShowAtWidth(width) != height_before || !HasFlag(wxST_NO_AUTORESIZE);
}

void WrapText::Rewrap(int width) {
    if (width > 0 && width != m_width) {
        (void)ShowAtWidth(width);
    }
}

int WrapText::ShowAtWidth(int width) {
    m_width = width;
    const LineBreaks lines = BreakIntoLines(this, m_hasFont ? m_font : wxNullFont, m_text, width);
    // Labels treat '&' as a mnemonic marker; form text is data and shows as written.
    SetLabel(EscapeMnemonics(lines.text));
    InvalidateBestSize();
    // The height as the text was laid out, not as GTK measures the label: asking GTK lays the
    // window out again, and the value under the options changes with every answer.
    m_measured_height = lines.height;
    return m_measured_height;
}

void ScaleFont(wxWindow* window, int step, bool bold) {
    wxFont font = window->GetFont();
    if (step > 0) {
        for (int i = 0; i < step; ++i) {
            font = font.Larger();
        }
    } else {
        for (int i = 0; i < -step; ++i) {
            font = font.Smaller();
        }
    }
    if (bold) {
        font.MakeBold();
    }
    window->SetFont(font);
}

}  // namespace ziwb::gui
