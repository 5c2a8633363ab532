// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/wrap_text.hpp"

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

WrapText::WrapText(wxWindow* parent, const wxString& text, const wxString& name)
    : wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, 0, name), m_text(text) {}

void WrapText::SetText(const wxString& text) {
    if (text == m_text && m_width > 0) {
        return;  // measuring and wrapping text is the costly part of a label
    }
    m_text = text;
    const int width = m_width;
    m_width = -1;
    if (width > 0) {
        Rewrap(width);
    } else {
        SetLabel(text);
    }
}

void WrapText::Rewrap(int width) {
    if (width <= 0 || width == m_width) {
        return;
    }
    m_width = width;
    // Labels treat '&' as a mnemonic marker; form text is data and shows as written.
    wxString escaped = m_text;
    escaped.Replace("&", "&&");
    SetLabel(escaped);
    Wrap(width);
    InvalidateBestSize();
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
