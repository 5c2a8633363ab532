// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/stattext.h>

namespace ziwb::gui {

/// Shows `text` in a value label made with wxST_NO_AUTORESIZE, which a new text does not resize,
/// and says whether the sizer row holding it must be laid out again for the text to show whole.
///
/// Asking GTK for a label's size lays the whole window out again and repaints it, and an answer
/// changes a dozen values: they are measured as text instead, and compared with the old text
/// measured alike (the text's measure and GTK's differ by a few pixels). A right-aligned value no
/// wider than before stays where it is; another keeps its row only while its text takes the same
/// room.
[[nodiscard]] bool SetValueLabel(wxStaticText* label, const wxString& text);

/// Shows `text` in such a label without measuring it, for a caller that lays the window out anyway.
void SetLabelOnly(wxStaticText* label, const wxString& text);

}  // namespace ziwb::gui
