// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/wrap_text.hpp"

#include <wx/settings.h>
#include <wx/textwrapper.h>

namespace ziwb::gui {

namespace {

class LineCollector final : public wxTextWrapper {
public:
    wxString Wrapped(wxWindow* window, const wxString& text, int width) {
        Wrap(window, text, width);
        return m_out;
    }

protected:
    void OnOutputLine(const wxString& line) override { m_out += line; }
    void OnNewLine() override { m_out += '\n'; }

private:
    wxString m_out;
};

}  // namespace

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
    // Labels treat '&' as a mnemonic marker; form text is data and shows as written.
    SetLabel(EscapeMnemonics(m_text));
    InvalidateBestSize();
    // Wrapping measures word by word, and asking GTK for a label's size lays the window out again:
    // a text of one line that fits is measured once instead (the value under the options changes
    // with every answer). The font is asked of the label only when it has its own; GTK's default
    // is what it draws with otherwise, and asking the label for it costs as much as the drawing.
    const wxFont font = m_hasFont ? m_font : wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    int text_width = 0;
    int text_height = 0;
    GetTextExtent(m_text, &text_width, &text_height, nullptr, nullptr, &font);
    if (!m_text.Contains('\n') && text_width <= width) {
        m_measured_height = text_height;
        return text_height;
    }
    Wrap(width);
    InvalidateBestSize();
    m_measured_height = GetBestSize().y;
    return m_measured_height;
}

wxString WrappedForWidth(wxWindow* window, const wxString& text, int width) {
    if (width <= 0) {
        return text;
    }
    LineCollector collector;
    return collector.Wrapped(window, text, width);
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
