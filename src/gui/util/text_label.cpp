// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/text_label.hpp"

#if defined(__WXGTK__)
// GTK 3's own function (its ABI is stable). Its header is not on the build's include path:
// wxWidgets' headers do not need it, and this is the only GTK call the workbench makes.
// It does nothing when the label already does not wrap.
extern "C" void gtk_label_set_line_wrap(GtkWidget* label, int wrap);
#endif

namespace ziwb::gui {

TextLabel::TextLabel(wxWindow* parent, const wxString& text, long style, const wxString& name) {
    // Made here rather than by wxStaticText's constructor, so that the size measured while it is
    // made is this class's measure already.
    Create(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, style, name);
#if defined(__WXGTK__)
    gtk_label_set_line_wrap(m_widget, 0);
#endif
}

wxSize TextLabel::DoGetBestSize() const {
#if defined(__WXGTK__)
    // What wxStaticText measures, without turning wrapping off and on again around it; off here
    // already for the measure made during Create, when wxStaticText has just turned it on.
    gtk_label_set_line_wrap(m_widget, 0);
    return GTKGetPreferredSize(m_widget);
#else
    return wxStaticText::DoGetBestSize();
#endif
}

}  // namespace ziwb::gui
