// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/line_breaks.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#if defined(__WXGTK__)
#include <wx/fontutil.h>

// Pango's and GTK's functions (their ABI is stable); their headers are not on the build's include
// path (util/text_label.cpp). The layout and its lines are only passed by pointer, so they are
// declared under names of our own (Pango's start with an underscore, which C++ reserves).
extern "C" {
struct PangoTextLayout;
struct PangoTextLine;
PangoTextLayout* gtk_widget_create_pango_layout(GtkWidget* widget, const char* text);
void pango_layout_set_font_description(PangoTextLayout* layout, const PangoFontDescription* description);
void pango_layout_set_width(PangoTextLayout* layout, int width);
void pango_layout_set_wrap(PangoTextLayout* layout, int wrap);
void pango_layout_get_pixel_size(PangoTextLayout* layout, int* width, int* height);
int pango_layout_get_line_count(PangoTextLayout* layout);
PangoTextLine* pango_layout_get_line_readonly(PangoTextLayout* layout, int line);
int pango_layout_line_get_start_index(PangoTextLine* line);  // Pango 1.50 (Debian 12 has 1.50.12)
int pango_layout_line_get_length(PangoTextLine* line);
void g_object_unref(void* object);
}
#else
#include <wx/dcclient.h>
#include <wx/textwrapper.h>
#endif

namespace ziwb::gui {

#if defined(__WXGTK__)
namespace {

constexpr int kPangoScale = 1024;  // PANGO_SCALE: Pango's units to a pixel
constexpr int kPangoWrapWord = 0;  // PANGO_WRAP_WORD: between words only

/// The length of `line` without the spaces it was broken after, or the line separator (U+2028,
/// U+2029) it ends with: the break itself becomes '\n'.
std::size_t WithoutLineEnd(std::string_view line) {
    while (!line.empty()) {
        if (line.back() == ' ' || line.back() == '\t' || line.back() == '\r' || line.back() == '\n') {
            line.remove_suffix(1);
        } else if (line.ends_with("\u2028") || line.ends_with("\u2029")) {
            line.remove_suffix(3);
        } else {
            break;
        }
    }
    return line.size();
}

}  // namespace

LineBreaks BreakIntoLines(wxWindow* window, const wxFont& font, const wxString& text, int width) {
    if (window == nullptr || window->GetHandle() == nullptr) {
        return {text, 0};
    }
    const wxScopedCharBuffer utf8 = text.utf8_str();
    const std::string whole(utf8.data(), utf8.length());
    // The widget's own Pango context, and the font wxWidgets gives it (GTK's style may not have
    // taken it up yet): the breaks fall where the label will put them.
    PangoTextLayout* layout = gtk_widget_create_pango_layout(window->GetHandle(), whole.c_str());
    if (font.IsOk() && font.GetNativeFontInfo() != nullptr) {
        pango_layout_set_font_description(layout, font.GetNativeFontInfo()->description);
    }
    if (width > 0) {
        pango_layout_set_width(layout, width * kPangoScale);
        pango_layout_set_wrap(layout, kPangoWrapWord);
    }
    LineBreaks result;
    pango_layout_get_pixel_size(layout, nullptr, &result.height);
    if (width <= 0) {
        g_object_unref(layout);
        result.text = text;
        return result;
    }
    // Each line's own start and length: in right-to-left text the first glyph of a line is not its
    // first character.
    std::string broken;
    broken.reserve(whole.size() + 16);
    const int count = pango_layout_get_line_count(layout);
    for (int i = 0; i < count; ++i) {
        PangoTextLine* line = pango_layout_get_line_readonly(layout, i);
        const auto start = std::min(static_cast<std::size_t>(pango_layout_line_get_start_index(line)), whole.size());
        const auto length =
            std::min(static_cast<std::size_t>(pango_layout_line_get_length(line)), whole.size() - start);
        if (i > 0) {
            broken += '\n';
        }
        const std::string_view text_of_line(whole.data() + start, length);
        broken.append(text_of_line.substr(0, WithoutLineEnd(text_of_line)));
    }
    g_object_unref(layout);
    result.text = wxString::FromUTF8(broken.data(), broken.size());
    return result;
}
#else
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

LineBreaks BreakIntoLines(wxWindow* window, const wxFont& font, const wxString& text, int width) {
    if (window == nullptr) {
        return {text, 0};
    }
    LineBreaks result{width > 0 ? LineCollector().Wrapped(window, text, width) : text, 0};
    wxClientDC dc(window);
    dc.SetFont(font.IsOk() ? font : window->GetFont());
    dc.GetMultiLineTextExtent(result.text, nullptr, &result.height);
    return result;
}
#endif

}  // namespace ziwb::gui
