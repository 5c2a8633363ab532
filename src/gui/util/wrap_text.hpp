// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/text_label.hpp"

namespace ziwb::gui {

/// A label that wraps its text to the width its container gives it. The container calls
/// Rewrap(width) when its width changes (static text cannot learn its width from a sizer alone).
class WrapText final : public TextLabel {
public:
    /// With `sized_by_container`, a new text never resizes the label by itself (wxStaticText's
    /// default): the container, whose sizer gives it its width, lays it out when SetText says so.
    WrapText(wxWindow* parent, const wxString& text, const wxString& name, bool sized_by_container = false);
    /// Shows `text`; true when the container must lay out again (the label needs another height),
    /// false when it was redrawn in place.
    bool SetText(const wxString& text);
    [[nodiscard]] const wxString& Text() const { return m_text; }
    void Rewrap(int width);

private:
    /// Shows the text wrapped to `width`; the height it needs, as measured (see SetText).
    int ShowAtWidth(int width);

    wxString m_text;
    int m_width = -1;
    int m_measured_height = -1;  ///< what ShowAtWidth measured last
};

/// Makes `window`'s font `step` sizes larger (negative: smaller) and optionally bold.
void ScaleFont(wxWindow* window, int step, bool bold);

}  // namespace ziwb::gui
