// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/line_breaks.hpp"

#include <algorithm>
#include <string>
#include <vector>

#if defined(__WXGTK__)
#include <wx/fontutil.h>

// Pango's and GTK's functions (their ABI is stable); their headers are not on the build's include
// path (util/text_label.cpp). The layout and its iterator are only passed by pointer, so they are
// declared under names of our own (Pango's start with an underscore, which C++ reserves).
extern "C" {
struct PangoTextLayout;
struct PangoLineIterator;
void pango_layout_set_font_description(PangoTextLayout* layout, const PangoFontDescription* description);
PangoTextLayout* gtk_widget_create_pango_layout(GtkWidget* widget, const char* text);
void pango_layout_set_width(PangoTextLayout* layout, int width);
void pango_layout_set_wrap(PangoTextLayout* layout, int wrap);
PangoLineIterator* pango_layout_get_iter(PangoTextLayout* layout);
void pango_layout_get_pixel_size(PangoTextLayout* layout, int* width, int* height);
int pango_layout_iter_get_index(PangoLineIterator* iter);
int pango_layout_iter_next_line(PangoLineIterator* iter);
void pango_layout_iter_free(PangoLineIterator* iter);
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

bool EndsALine(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
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
    std::vector<std::size_t> starts;
    PangoLineIterator* line = pango_layout_get_iter(layout);
    do {
        starts.push_back(static_cast<std::size_t>(pango_layout_iter_get_index(line)));
    } while (pango_layout_iter_next_line(line) != 0);
    pango_layout_iter_free(line);
    g_object_unref(layout);
    if (width <= 0) {
        result.text = text;
        return result;
    }
    starts.push_back(whole.size());
    std::string broken;
    broken.reserve(whole.size() + starts.size());
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
        std::size_t end = std::min(starts[i + 1], whole.size());
        const std::size_t begin = std::min(starts[i], end);
        while (end > begin && EndsALine(whole[end - 1])) {
            --end;  // the space (or the line break) the line ended at
        }
        if (i > 0) {
            broken += '\n';
        }
        broken.append(whole, begin, end - begin);
    }
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
    LineBreaks result{width > 0 ? LineCollector().Wrapped(window, text, width) : text, 0};
    wxClientDC dc(window);
    dc.SetFont(font.IsOk() ? font : window->GetFont());
    dc.GetMultiLineTextExtent(result.text, nullptr, &result.height);
    return result;
}
#endif

}  // namespace ziwb::gui
